// The quick self-check in the built extension's popup, in real Chromium, by keyboard alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { extensionDir } from './harness/paths';
import { e2eTest } from './harness/fixture';
import { causeById, kb } from '../../knowledge/index';
import { assess } from '../../knowledge/assess/assess';
import { TRIAGE_WORDS } from '../../knowledge/assess/wording';
import { questionsFor } from '../../knowledge/questions';
import {
  activate,
  completeByKeyboard,
  expectFocusOnHeading,
  focused,
  label,
  STEP_TITLES,
  tabTo,
  tick,
  type KeyboardAnswers,
} from './self-check-helpers';
import { readStorage, writeStorage } from './harness/storage';

const test = e2eTest({
  reset: { storage: ['local'], closeTabs: true },
  prepare: (session) => session.context.grantPermissions(['clipboard-read', 'clipboard-write']),
});
let session: ExtensionSession;

async function popup(query = ''): Promise<Page> {
  const page = await session.openPopup(query);
  await page.waitForSelector('.self-check[aria-busy="false"]');
  return page;
}

/** What `local:selfCheck` holds, undefined when nothing is saved. */
async function storedCheck(): Promise<unknown> {
  return (await readStorage(session, 'local')).selfCheck;
}

test.beforeAll(({ session: s }) => {
  session = s;
});

const SELF_CARE: KeyboardAnswers = {
  when: ['after-exercise'],
  duration: 'first-time',
  factors: ['hard-workout', 'new-routine'],
  signs: [],
};

describe('a self-care case, by keyboard alone', () => {
  test('five steps with progress, then a calm result with causes, tips, signs and a summary', async () => {
    const page = await popup();
    expect(await page.locator('h2').first().textContent()).toBe(STEP_TITLES[0]);
    expect(await page.locator('#step-progress').textContent()).toBe('Step 1 of 5');
    expect(await page.locator('progress').getAttribute('value')).toBe('1');
    // The popup opens without moving focus (anything above the check comes first in Tab order).
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await tabTo(page, label.sign('face-arm-speech'));
    expect((await focused(page)).type).toBe('checkbox');

    await completeByKeyboard(page, SELF_CARE);

    const words = TRIAGE_WORDS['self-care'];
    await expectFocusOnHeading(page, words.title);
    await expect.poll(() => page.locator('.banner').textContent()).toContain(words.action);
    const expected = assess({ when: SELF_CARE.when, duration: SELF_CARE.duration, factors: SELF_CARE.factors, flags: [] });
    const shown = await page.locator('.result > section .causes').first().locator(':scope > .cause h3').allTextContents();
    expect(shown).toEqual(expected.causes.slice(0, 3).map((c) => causeById(c.id)!.name));
    // Each cause: a fit bar with words, and why it may fit in the person's own terms.
    const first = page.locator('.cause').first();
    expect(Number(await first.locator('meter').getAttribute('value'))).toBe(expected.causes[0]!.score);
    expect(await first.locator('.fit span').textContent()).toMatch(/^Fits (well|in part|a little)$/);
    expect(await first.locator('.reasons').textContent()).toContain('it happens after you finish a workout');
    // No medical condition among the first three for a plain hard session.
    for (const c of expected.causes.slice(0, 3)) expect(causeById(c.id)!.kind).not.toBe('medical-condition');

    // The rest is one keypress away.
    const more = page.locator('details.more');
    expect(await more.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await activate(page, `${expected.causes.length - 3} more possible causes`);
    expect(await more.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await expect.poll(() => more.locator('.cause').count()).toBe(expected.causes.length - 3);

    const tips = await page.locator('.tips li').allTextContents();
    expect(tips).toEqual(expected.tips.map((id) => kb.tips.find((t) => t.id === id)!.action));
    // Common questions about the leading causes, the general one last.
    const questions = await page.locator('.questions [data-faq-id]').evaluateAll((q) => q.map((x) => x.getAttribute('data-faq-id')));
    expect(questions).toEqual(
      questionsFor(
        expected.causes.slice(0, 3).map((c) => c.id),
        kb.faq,
      ).map((q) => q.id),
    );
    expect(questions.length).toBeGreaterThanOrEqual(2);
    const signs = await page.locator('.watch li').allTextContents();
    expect(signs).toEqual(expected.redFlags.map((id) => label.sign(id)));
    expect(await page.locator('.disclaimer').textContent()).toMatch(/information, not a diagnosis/);

    const summary = (await page.locator('#doctor-summary').textContent()) ?? '';
    expect(summary).toContain(`When it happens: ${label.context('after-exercise')}`);
    expect(summary).toContain(`How long: ${label.duration('first-time')}`);
    expect(summary).toContain(`What else is going on: ${label.factor('hard-workout')}; ${label.factor('new-routine')}`);

    // Copy, by keyboard: the summary lands on the clipboard.
    await activate(page, 'Copy');
    await expect.poll(() => page.locator('.doctor .status').textContent()).toMatch(/^Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(summary);
  });

  test('Back returns to the previous step with the answers kept; a step asks for what it needs', async () => {
    const page = await popup();
    await activate(page, 'Next');
    await expectFocusOnHeading(page, STEP_TITLES[1]!);
    await activate(page, 'Next');
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toMatch(/Tick at least one/);
    expect(await page.locator('fieldset.question').getAttribute('aria-invalid')).toBe('true');
    await tick(page, label.context('stretching'));
    await activate(page, 'Next');
    await expectFocusOnHeading(page, STEP_TITLES[2]!);
    await activate(page, 'Next');
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toMatch(/Choose one/);
    await activate(page, 'Back');
    await expectFocusOnHeading(page, STEP_TITLES[1]!);
    expect(await page.getByLabel(label.context('stretching')).isChecked()).toBe(true);
    expect(await page.locator('#step-progress').textContent()).toBe('Step 2 of 5');
  });
});

describe('an emergency case, by keyboard alone', () => {
  test('an emergency sign ends the check on a screen with the number to call and nothing else', async () => {
    const page = await popup();
    await tick(page, label.sign('chest-pain'));
    await activate(page, 'Next');
    await expectFocusOnHeading(page, 'Call 911 now');
    const screen = page.locator('main');
    expect(await screen.textContent()).toContain('or your local emergency number');
    // The sign with what it means, and its first aid.
    const sign = (await page.locator('.emergency .signs li').allTextContents())[0];
    expect(sign).toBe(`${label.sign('chest-pain')}. ${kb.redFlags.find((f) => f.id === 'chest-pain')!.action}`);
    expect(await page.locator('.emergency [data-first-aid="stop-and-rest"] h2').textContent()).toBe('Stop and rest');
    // Nothing else: no masthead, no steps, no causes, one heading level 1, one button.
    expect(await page.locator('h1').allTextContents()).toEqual(['Call 911 now']);
    expect(await page.locator('progress, .cause, .tips, .masthead, form').count()).toBe(0);
    expect(await page.locator('main button').allTextContents()).toEqual(['Back: I ticked this by mistake']);
    // Nothing is saved for an emergency.
    expect(await storedCheck()).toBeUndefined();

    await activate(page, 'Back: I ticked this by mistake');
    await expectFocusOnHeading(page, STEP_TITLES[0]!);
    expect(await page.getByLabel(label.sign('chest-pain')).isChecked()).toBe(true);
  });

  test('the number follows the browser’s languages; unknown, it is 112 and 911 together', async () => {
    for (const [locale, number] of [
      ['en-GB', '999 or 112'],
      ['en-AU', '000 or 112'],
      ['de-DE', '112'],
      ['ja-JP', '119'],
      ['es-419', '112 or 911'],
    ] as const) {
      const other = await launchExtension({ locale });
      try {
        const page = await other.openPopup();
        await page.waitForSelector('form.step');
        await tick(page, label.sign('face-arm-speech'));
        await activate(page, 'Next');
        await expectFocusOnHeading(page, `Call ${number} now`);
        expect(other.errors).toEqual([]);
      } finally {
        await other.close();
      }
    }
  });
});

describe('what the popup loads', () => {
  /** A popup page, and the text of every script the extension served while it was open: its entry, chunks, lazy parts. */
  async function watchedPopup(): Promise<{ page: Page; scripts: () => string }> {
    const files: string[] = [];
    const served = (req: Request) => {
      const { protocol, pathname } = new URL(req.url());
      if (protocol === 'chrome-extension:' && pathname.endsWith('.js')) files.push(pathname);
    };
    session.context.on('request', served);
    const page = await popup();
    page.once('close', () => session.context.off('request', served));
    return { page, scripts: () => files.map((f) => readFileSync(path.join(extensionDir(), f), 'utf8')).join('\n') };
  }
  const hasProse = (text: string) => kb.causes.some((c) => text.includes(c.summary)) || kb.tips.some((t) => text.includes(t.why));
  // Zod's own messages: the validator of a saved check, which a popup with nothing saved skips.
  const hasZod = (text: string) => text.includes('Invalid input');

  test('the questions and the emergency screen come without the knowledge prose or Zod; a result brings the prose', async () => {
    const { page, scripts } = await watchedPopup();
    expect(scripts()).toContain(kb.redFlags[0]!.notice);
    expect(hasProse(scripts())).toBe(false);
    expect(hasZod(scripts())).toBe(false);
    await completeByKeyboard(page, SELF_CARE);
    await expectFocusOnHeading(page, TRIAGE_WORDS['self-care'].title);
    expect(hasProse(scripts())).toBe(true);
  });

  test('a popup that reopens on a saved result loads the validator and the prose with it', async () => {
    await writeStorage(session, 'local', {
      selfCheck: { answers: { when: ['stretching'], duration: 'days', factors: [], flags: [] }, savedAt: new Date().toISOString() },
    });
    const { page, scripts } = await watchedPopup();
    await page.waitForSelector('.result');
    expect(hasZod(scripts())).toBe(true);
    expect(hasProse(scripts())).toBe(true);
  });
});

describe('the saved result', () => {
  test('the popup reopens on it with its date; Start over keeps it, Forget this removes it', async () => {
    const first = await popup();
    await completeByKeyboard(first, { when: ['night', 'at-rest'], duration: 'months', factors: [], signs: ['urge-to-move'] });
    await expectFocusOnHeading(first, TRIAGE_WORDS.doctor.title);
    const summary = await first.locator('#doctor-summary').textContent();
    await first.close();

    const again = await popup();
    expect(await again.locator('.banner h2').textContent()).toBe(TRIAGE_WORDS.doctor.title);
    expect(await again.locator('.saved').textContent()).toMatch(/Saved in this browser only, on .*\d{4}/);
    expect(await again.locator('#doctor-summary').textContent()).toBe(summary);
    expect(await again.locator('.cause h3').first().textContent()).toBe(causeById('restless-legs-syndrome')!.name);

    // Start over: a fresh step 1, while the saved check stays for next time.
    await activate(again, 'Start over');
    await expectFocusOnHeading(again, STEP_TITLES[0]!);
    expect(await again.locator('input:checked').count()).toBe(0);
    const third = await popup();
    expect(await third.locator('.banner h2').textContent()).toBe(TRIAGE_WORDS.doctor.title);

    // Forget this: one click, and it is gone from storage and from the next popup.
    await activate(third, 'Forget this');
    await expectFocusOnHeading(third, STEP_TITLES[0]!);
    expect(await third.locator('.notice').textContent()).toMatch(/forgotten/);
    expect(await storedCheck()).toBeUndefined();
    const fourth = await popup();
    expect(await fourth.locator('h2').first().textContent()).toBe(STEP_TITLES[0]);
  });

  test('the stored value holds the answers and the date, for the sidebar', async () => {
    const page = await popup();
    await completeByKeyboard(page, SELF_CARE);
    await expectFocusOnHeading(page, TRIAGE_WORDS['self-care'].title);
    expect(await storedCheck()).toEqual({
      answers: { when: ['after-exercise'], duration: 'first-time', factors: ['hard-workout', 'new-routine'], flags: [] },
      savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  test('damaged stored data is ignored: the popup starts a new check without errors', async () => {
    for (const value of ['not a check', { answers: { when: ['moon'] }, savedAt: 5 }, [1, 2, 3]]) {
      await writeStorage(session, 'local', { selfCheck: value });
      const page = await popup();
      expect(await page.locator('h2').first().textContent()).toBe(STEP_TITLES[0]);
    }
  });
});

describe('layout', () => {
  test('the popup is at most 400 px wide, with no sideways scrolling, on every screen', async () => {
    const page = await popup();
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(400);
    await completeByKeyboard(page, { when: ['stretching'], duration: 'days', factors: ['tight-muscles'], signs: ['fever'] });
    await expectFocusOnHeading(page, TRIAGE_WORDS.urgent.title);
    expect(await width()).toBeLessThanOrEqual(400);
  });

  test('opened in a full tab, the same page works, in a centred column of at most 400 px', async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('popup.html'));
    await page.waitForSelector('form.step');
    const box = await page.evaluate(() => {
      const r = document.body.getBoundingClientRect();
      return { width: r.width, left: r.left, right: innerWidth - r.right };
    });
    expect(box.width).toBeLessThanOrEqual(400);
    expect(Math.abs(box.left - box.right)).toBeLessThan(2);
    await completeByKeyboard(page, SELF_CARE);
    await expectFocusOnHeading(page, TRIAGE_WORDS['self-care'].title);
  });

  test('Print prints the summary for a doctor alone', async () => {
    const page = await popup();
    await completeByKeyboard(page, SELF_CARE);
    await expectFocusOnHeading(page, TRIAGE_WORDS['self-care'].title);
    // A headless browser cannot show a print dialog: record the call and what was marked.
    await page.evaluate(() => {
      const w = window as unknown as { printedWith: string | undefined };
      window.print = () => {
        w.printedWith = document.documentElement.dataset.print;
      };
    });
    await activate(page, 'Print');
    expect(await page.evaluate(() => (window as unknown as { printedWith?: string }).printedWith)).toBe('summary');
    // And the print style shows the summary and hides everything else.
    await page.evaluate(() => (document.documentElement.dataset.print = 'summary'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#doctor-summary').isVisible()).toBe(true);
    for (const hidden of ['.banner', '.cause >> nth=0', '.masthead', '.saved', '.disclaimer', 'text=Copy']) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    await page.emulateMedia({ media: 'screen' });
  });
});
