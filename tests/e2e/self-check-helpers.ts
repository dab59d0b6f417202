// Driving the popup's self-check with the keyboard alone, as a person without a mouse would:
// Tab to a control by its visible name, then Space or Enter. Written once for both browsers:
// a Playwright page (Chromium) and a Puppeteer page (Firefox) both fit `Page` here.
import { expect } from 'vitest';
import { kb } from '../../knowledge/index';
import type { Context, Duration, Factor, RedFlagId } from '../../knowledge/vocabulary';

/** What these helpers use of a page: evaluating in it and pressing keys. */
export type Page = {
  evaluate<R>(fn: () => R): Promise<R>;
  keyboard: { press(key: 'Tab' | 'Space' | 'Enter' | 'ArrowDown'): Promise<unknown> };
};

export type Focused = { tag: string; type: string | null; name: string; checked: boolean | null };

/** The focused element: tag, input type, its visible name (label or text) and checked state. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', type: null, name: '', checked: null };
    const input = el instanceof HTMLInputElement ? el : null;
    const label = input?.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return {
      tag: el.tagName,
      type: input?.type ?? null,
      name: label.replace(/\s+/g, ' ').trim(),
      checked: input && (input.type === 'checkbox' || input.type === 'radio') ? input.checked : null,
    };
  });
}

/** Presses Tab until the focused control's name equals `name`; fails after `max` presses. */
export async function tabTo(page: Page, name: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).name === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Tabs to a checkbox or radio and presses Space to tick it. */
export async function tick(page: Page, name: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press('Space');
  expect((await focused(page)).checked).toBe(true);
}

/** Tabs into a radio group, then moves with the arrow keys to the choice (arrows select). */
export async function choose(page: Page, name: string, max = 10): Promise<void> {
  for (let i = 0; (await focused(page)).type !== 'radio'; i++) {
    if (i > 40) throw new Error('Tab never reached a radio group');
    await page.keyboard.press('Tab');
  }
  if ((await focused(page)).name === name) await page.keyboard.press('Space');
  for (let i = 0; (await focused(page)).name !== name; i++) {
    if (i > max) throw new Error(`The arrow keys never reached "${name}"`);
    await page.keyboard.press('ArrowDown');
  }
  expect((await focused(page)).checked).toBe(true);
}

/** Tabs to a button (or summary) and presses Enter. */
export async function activate(page: Page, name: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}

/** Waits until focus is on the heading with this text (focus moves to each new step's heading). */
export async function expectFocusOnHeading(page: Page, text: string | RegExp): Promise<void> {
  await expect
    .poll(async () => {
      const f = await focused(page);
      return /^H[1-3]$/.test(f.tag) ? f.name : `(focus on ${f.tag} "${f.name}")`;
    })
    .toMatch(typeof text === 'string' ? new RegExp(`^${escape(text)}$`) : text);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const label = {
  context: (id: Context) => kb.vocabulary.contexts.find((c) => c.id === id)!.label,
  factor: (id: Factor) => kb.vocabulary.factors.find((f) => f.id === id)!.label,
  duration: (id: Duration) => kb.vocabulary.durations.find((d) => d.id === id)!.label,
  sign: (id: RedFlagId) => kb.redFlags.find((f) => f.id === id)!.notice,
};

export type KeyboardAnswers = { when: Context[]; duration: Duration; factors: Factor[]; signs: RedFlagId[] };

export const STEP_TITLES = [
  'Now or recently, have you had any of these?',
  'When does the shaking happen?',
  'How long has it been going on?',
  'What else is going on?',
  'Anything else you noticed?',
];

/** Steps 1 to 5 by keyboard, from a popup showing step 1, ending on the result. */
export async function completeByKeyboard(page: Page, answers: KeyboardAnswers): Promise<void> {
  await activate(page, 'Next');
  await answerStepsTwoToFive(page, answers);
}

/** Steps 2 to 5 by keyboard, once step 2 is showing, ending on the result. */
export async function answerStepsTwoToFive(page: Page, answers: KeyboardAnswers): Promise<void> {
  await expectFocusOnHeading(page, STEP_TITLES[1]!);
  for (const id of answers.when) await tick(page, label.context(id));
  await activate(page, 'Next');
  await expectFocusOnHeading(page, STEP_TITLES[2]!);
  await choose(page, label.duration(answers.duration));
  await activate(page, 'Next');
  await expectFocusOnHeading(page, STEP_TITLES[3]!);
  for (const id of answers.factors) await tick(page, label.factor(id));
  await activate(page, 'Next');
  await expectFocusOnHeading(page, STEP_TITLES[4]!);
  for (const id of answers.signs) await tick(page, label.sign(id));
  await activate(page, 'See my result');
}
