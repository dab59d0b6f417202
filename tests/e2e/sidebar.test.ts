// The sidebar in real Chromium with the built extension: opened from the offer on a stretching
// article it explains the causes that fit (warm-up and flexibility near the top), shows where
// the article says so without changing the page, lists every red flag, cites its sources, and
// behaves as a side panel should: Escape and its close button return focus to the offer, the
// keyboard reaches everything, axe finds nothing, and nothing goes over the network.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import type { PageServer } from './harness/server';
import { axeSteady } from './harness/axe';
import { clearStorage, writeStorage } from './harness/storage';
import {
  causeIds,
  escapeFromSidebar,
  FAVICON,
  fixture,
  focused,
  focusOutline,
  offerButton,
  openChecked,
  settled,
  shadowBox,
  sidebar,
  sidebarClosed,
  sidebarFrameNow,
  STRETCHING,
} from './sidebar-helpers';
import { kb } from '../../knowledge/index';
import { RED_FLAGS, type CauseId } from '../../knowledge/vocabulary';
import { questionsFor } from '../../knowledge/questions';

const PAGES = ['/stretch.html', '/squats.html'];
const test = e2eTest({
  routes: { ...FAVICON, '/stretch.html': fixture(STRETCHING), '/squats.html': fixture('demo/legs-shaking-after-squats.html') },
});
let session: ExtensionSession;
let server: PageServer;
test.beforeAll(({ session: s, server: v }) => {
  [session, server] = [s, v];
});
// Nothing but the pages themselves: no request caused by the extension.
test.afterAll(({ server: v }) => {
  expect(new Set(v.requests)).toEqual(new Set(v.requests.filter((p) => PAGES.includes(p) || p === '/favicon.ico')));
});

async function openSidebar(path = '/stretch.html'): Promise<Page> {
  const page = await openChecked(session, server.url(path));
  await offerButton(page).click();
  await settled(page);
  return page;
}

describe('opened from the offer on a stretching article', () => {
  test('says what the article is about and shows at least three fitting causes, warm-up or flexibility first', async () => {
    const page = await openSidebar();
    expect((await (await sidebar(page)).locator('p').first().textContent())?.trim()).toBe(
      'This article is about muscles shaking during stretching.',
    );
    const ids = await causeIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids.slice(0, 3).some((id) => id === 'insufficient-warm-up' || id === 'poor-flexibility')).toBe(true);
    expect(ids).not.toContain('kidney-disease');
    await page.close();
  });

  test('each card has a summary, how it makes muscles shake, two or three tips and when to see a doctor', async () => {
    const page = await openSidebar();
    const cards = (await sidebar(page)).locator('[data-cause-id]');
    for (let i = 0; i < (await cards.count()); i++) {
      const card = cards.nth(i);
      expect(await card.getByRole('heading', { level: 4 }).count()).toBe(1);
      expect(await card.getByRole('heading', { level: 5 }).allTextContents()).toEqual([
        'How it makes muscles shake',
        'What may help',
        'When to see a doctor',
      ]);
      const tips = await card.locator('.tips li').count();
      expect(tips).toBeGreaterThanOrEqual(2);
      expect(tips).toBeLessThanOrEqual(3);
    }
    await page.close();
  });

  test('"When to get help" lists every red flag, emergency first, never folded away; first aid under its sign', async () => {
    const page = await openSidebar();
    const help = (await sidebar(page)).locator('#steady-help');
    expect(await help.getByRole('heading', { level: 3 }).textContent()).toBe('When to get help');
    const signs = help.locator('[data-flag-id]');
    expect(await signs.evaluateAll((li) => li.map((x) => x.getAttribute('data-flag-id')))).toEqual(RED_FLAGS);
    const groups = await help.locator('.flags').evaluateAll((g) => g.map((x) => x.classList[1]));
    expect(groups).toEqual(['emergency', 'emergency-department', 'urgent', 'doctor']);
    // The signs and what to do are never hidden; only each sign's first-aid steps fold.
    expect(await help.locator('[hidden]').count()).toBe(0);
    for (const item of await signs.all()) {
      expect(await item.isVisible()).toBe(true);
      expect(await item.locator(':scope > strong').isVisible()).toBe(true);
    }
    const faint = help.locator('[data-flag-id="fainted-exercising"]');
    expect(await faint.textContent()).toContain('Call your local emergency number now');
    await faint.getByText('First aid: After a faint').click();
    await faint.locator('[data-first-aid="after-a-faint"] li').first().waitFor();
    expect(await faint.locator('[data-first-aid="after-a-faint"] li').first().textContent()).toMatch(/raise their legs/);
    await page.close();
  });

  test('the signs that need an ambulance come first, before any cause or tip', async () => {
    const page = await openSidebar();
    const urgent = (await sidebar(page)).locator('.urgent-signs');
    expect(await urgent.getByRole('heading', { level: 3 }).textContent()).toMatch(/emergency number now/);
    // Every emergency sign in a few words, not its whole description.
    const shorts = await urgent.locator('li').allTextContents();
    expect(shorts).toEqual(kb.redFlags.filter((f) => f.level === 'emergency').map((f) => f.short));
    expect(shorts).toContain('Fainted during exercise');
    const order = await (
      await sidebar(page)
    )
      .locator('.urgent-signs, [data-cause-id]')
      .evaluateAll((els) => els.map((e) => (e.classList.contains('urgent-signs') ? 'urgent' : 'cause')));
    expect(order[0]).toBe('urgent');
    expect(await urgent.isVisible()).toBe(true);
    await page.close();
  });

  test('common questions about the causes shown, each one tap away, with its sources', async () => {
    const page = await openSidebar();
    const questions = (await sidebar(page)).getByRole('region', { name: 'Common questions' });
    const shown = await questions.locator('[data-faq-id]').evaluateAll((q) => q.map((x) => x.getAttribute('data-faq-id')));
    const causes = await causeIds(page);
    expect(shown).toEqual(questionsFor(causes as CauseId[], kb.faq).map((q) => q.id));
    expect(shown.at(-1)).toBe('when-to-see-a-doctor');
    const first = kb.faq.find((q) => q.id === shown[0])!;
    await questions.getByText(first.question).click();
    await expect.poll(() => questions.getByText(first.answer).isVisible()).toBe(true);
    await page.close();
  });

  test('cites seed articles and outside sources, says it does not diagnose, and links the full self-check', async () => {
    const page = await openSidebar();
    const sources = (await sidebar(page)).getByRole('region', { name: 'Sources' });
    expect(await sources.getByText(/^Article: /).count()).toBeGreaterThanOrEqual(1);
    const links = sources.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(1);
    for (const href of await links.evaluateAll((a) => a.map((x) => (x as HTMLAnchorElement).href))) expect(href).toMatch(/^https:\/\//);
    expect(await (await sidebar(page)).getByText('Steady gives information, not a diagnosis.').count()).toBe(1);

    const opened = session.context.waitForEvent('page');
    await (await sidebar(page)).getByRole('button', { name: 'Open the full self-check in a new tab' }).click();
    const selfCheck = await opened;
    expect(selfCheck.url()).toBe(session.extensionUrl('popup.html'));
    await selfCheck.close();
    await page.close();
  });

  test('is a 400 px landmark on the right, full height, scrollable, with 15 px type', async () => {
    const page = await openSidebar();
    // The frame's box in the page, and the sidebar filling it.
    const box = (await shadowBox(page, 'iframe.sbf'))!;
    const viewport = page.viewportSize()!;
    expect(box.width).toBeGreaterThanOrEqual(360);
    expect(box.width).toBeLessThanOrEqual(420);
    expect(box.left + box.width).toBe(viewport.width);
    expect(box.top).toBe(0);
    expect(box.height).toBe(viewport.height);
    const aside = (await (await sidebar(page)).boundingBox())!;
    expect(aside).toEqual({ x: box.left, y: box.top, width: box.width, height: box.height });
    const frame = sidebarFrameNow(page)!;
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('aside')!).fontSize)).toBe('15px');
    const scroll = await frame.evaluate(() => {
      const body = document.querySelector('.body')!;
      return { scrollable: body.scrollHeight > body.clientHeight, overflow: getComputedStyle(body).overflowY };
    });
    expect(scroll).toEqual({ scrollable: true, overflow: 'auto' });
    await page.close();
  });
});

describe('closing', () => {
  test('Escape closes it and focus returns to the offer', async () => {
    const page = await openSidebar();
    await expect.poll(() => focused(page)).toBe('sidebar > H2: Steady');
    await page.keyboard.press('Tab');
    await escapeFromSidebar(page);
    expect(await focused(page)).toMatch(/^steady-ui > BUTTON: Steady/);
    await page.close();
  });

  test('the close button does too; opening again shows the loaded sidebar, once', async () => {
    const page = await openSidebar();
    await (await sidebar(page)).getByRole('button', { name: 'Close Steady' }).click();
    await sidebarClosed(page);
    expect(await focused(page)).toMatch(/^steady-ui > BUTTON: Steady/);
    await offerButton(page).click();
    await sidebar(page);
    expect(await page.locator('steady-ui').count()).toBe(1);
    await expect.poll(() => page.frames().filter((f) => f.url().includes('/sidebar-frame.html')).length).toBe(1);
    await page.close();
  });
});

describe('the keyboard shortcut', () => {
  // Synthetic key presses reach the page, not the browser's shortcut handling, so the test
  // fires the registered command the way the browser does when the keys are pressed.
  const pressShortcut = (page: Page) =>
    session.worker.evaluate(async (url) => {
      type Chrome = {
        tabs: { query(q: { url: string }): Promise<unknown[]> };
        commands: { getAll(): Promise<{ name: string; shortcut: string }[]>; onCommand: { dispatch(name: string, tab: unknown): void } };
      };
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await chrome.tabs.query({ url });
      chrome.commands.onCommand.dispatch('open-sidebar', tab);
      return (await chrome.commands.getAll()).find((c) => c.name === 'open-sidebar')?.shortcut;
    }, page.url());

  test('Alt+Shift+Y opens the sidebar and closes it again; Escape returns focus to where it was', async () => {
    await writeStorage(session, 'sync', { offerStyle: 'badge' });
    const page = await openChecked(session, server.url('/stretch.html'));
    expect(await offerButton(page).count()).toBe(0);
    await page.locator('a').first().focus();
    expect(await pressShortcut(page)).toBe('Alt+Shift+Y');
    await sidebar(page);
    await expect.poll(() => focused(page)).toBe('sidebar > H2: Steady');
    expect((await causeIds(page)).length).toBeGreaterThanOrEqual(3);
    await pressShortcut(page);
    await sidebarClosed(page);
    await pressShortcut(page);
    await sidebar(page);
    await expect.poll(() => focused(page)).toBe('sidebar > H2: Steady');
    await escapeFromSidebar(page);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('a'))).toBe(true);
    await clearStorage(session, 'sync');
    await page.close();
  });
});

describe('where the article says this', () => {
  test('a quote scrolls to its place and highlights it with CSS.highlights, without changing the page', async () => {
    const page = await openSidebar();
    const quotes = (await sidebar(page)).getByRole('region', { name: 'Where the article says this' }).getByRole('button');
    expect(await quotes.count()).toBeGreaterThanOrEqual(1);
    const before = await page.evaluate(() => document.body.outerHTML);
    const quoteText = (await quotes.first().locator('.q').textContent())!.replace(/^“|”$/g, '');
    await quotes.first().click();
    // One highlight, under a name chosen at random for the page (a fixed one would tell the page).
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(1);
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names[0]).toMatch(/^h[0-9a-f]{16}$/);
    const marked = await page.evaluate(() => {
      const range = [...([...CSS.highlights.values()][0] as Highlight)][0] as Range;
      const r = range.getBoundingClientRect();
      return { text: range.toString(), top: r.top, bottom: r.bottom, height: innerHeight };
    });
    expect(marked.text.replace(/\s+/g, ' ').toLowerCase()).toBe(quoteText.replace(/\s+/g, ' ').toLowerCase().slice(0, marked.text.length));
    expect(marked.text.length).toBeGreaterThan(10);
    expect(marked.top).toBeGreaterThanOrEqual(0);
    expect(marked.bottom).toBeLessThanOrEqual(marked.height);
    await expect.poll(async () => (await sidebar(page)).getByRole('status').textContent()).toMatch(/^Highlighted in the article/);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    // Brief: it goes away by itself.
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 8000 }).toBe(0);
    await page.close();
  });
});

describe('with a saved self-check', () => {
  test('says openly that it ranked the causes with it, and it moves the person’s causes up', async () => {
    await writeStorage(session, 'local', {
      selfCheck: {
        answers: { when: ['stretching'], duration: 'days', factors: ['no-warm-up'], flags: [] },
        savedAt: '2025-05-03T09:30:00.000Z',
      },
    });
    const page = await openSidebar('/squats.html');
    expect(await (await sidebar(page)).getByText(/^Ranked using your self-check from .*2025\.$/).count()).toBe(1);
    expect((await causeIds(page)).slice(0, 3)).toContain('insufficient-warm-up');
    await clearStorage(session, 'local');
    await page.close();
  });
});

describe('accessibility', () => {
  test('axe finds no WCAG A/AA violations in the offer and sidebar, light and dark', async () => {
    const page = await openSidebar();
    expect(await axeSteady(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    const frame = sidebarFrameNow(page)!;
    await expect
      .poll(() => frame.evaluate(() => getComputedStyle(document.querySelector('aside')!).backgroundColor))
      .toBe('rgb(22, 25, 29)');
    expect(await axeSteady(page)).toEqual([]);
    await page.close();
  });

  test('keyboard only: offer, sidebar, the help link, a quote and back, with visible focus and no trap', async () => {
    const page = await openChecked(session, server.url('/stretch.html'));
    await offerButton(page).waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^steady-ui > BUTTON: Steady/);
    await page.keyboard.press('Enter');
    await sidebar(page);
    await expect.poll(() => focused(page)).toBe('sidebar > H2: Steady');
    // Opened from the keyboard: the title shows where focus went.
    expect(await focusOutline(page)).toBe('solid');
    const outline = () => focusOutline(page);

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('sidebar > BUTTON: ×');
    expect(await outline()).toBe('solid');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^sidebar > A: All the signs, what to do and first aid/);
    expect(await outline()).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('sidebar > H3: When to get help');

    // Back up to a quote and use it.
    for (let i = 0; i < 20 && !(await focused(page)).startsWith('sidebar > BUTTON: “'); i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^sidebar > BUTTON: “/);
    expect(await outline()).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(1);

    // Not a trap: Tab leaves the sidebar for the browser and the page again.
    let left = false;
    for (let i = 0; i < 120 && !left; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (stop.startsWith('sidebar >') && stop !== 'sidebar > BODY') expect(await outline()).toBe('solid');
      left = !stop.startsWith('sidebar >') && !stop.startsWith('steady-ui');
    }
    expect(left).toBe(true);
    // And back in: Shift+Tab from the page's start reaches the sidebar's last control. Focus
    // enters the sidebar's frame, another process, after the key press has returned: wait for it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toBe('sidebar > BUTTON: Open the full self-check in a new tab');
    await escapeFromSidebar(page);
    expect(await focused(page)).toMatch(/^steady-ui > BUTTON: Steady/);
    await page.close();
  });

  test('a page element that gets focus under the sidebar is not hidden: the sidebar folds to a bar', async () => {
    const page = await openSidebar();
    // A link in the page, placed where the sidebar is.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '#x';
      a.textContent = 'right-edge link';
      a.style.cssText = 'position:fixed;right:100px;top:300px';
      document.body.append(a);
    });
    await page.getByText('right-edge link').focus();
    await expect.poll(() => shadowBox(page, 'iframe.sbf').then((b) => b!.width)).toBeLessThan(300);
    const link = await page.getByText('right-edge link').boundingBox();
    const bar = (await shadowBox(page, 'iframe.sbf'))!;
    const overlaps =
      link!.x < bar.left + bar.width &&
      link!.x + link!.width > bar.left &&
      link!.y < bar.top + bar.height &&
      link!.y + link!.height > bar.top;
    expect(overlaps).toBe(false);
    // The bar is the sidebar's own head, whole: its title, "Show Steady" and close.
    const showButton = (await sidebar(page)).getByRole('button', { name: 'Show Steady' });
    const shown = (await showButton.boundingBox())!;
    expect(shown.x).toBeGreaterThanOrEqual(bar.left);
    expect(shown.x + shown.width).toBeLessThanOrEqual(bar.left + bar.width);
    expect(shown.height).toBeGreaterThanOrEqual(24);
    await showButton.click();
    await expect.poll(() => shadowBox(page, 'iframe.sbf').then((b) => b!.width)).toBe(400);
    await expect.poll(() => focused(page)).toBe('sidebar > H2: Steady');
    await page.close();
  });
});

describe('reduced motion', () => {
  test('the sidebar opens without animation when the person asks for less motion', async () => {
    const page = await session.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.url('/stretch.html'));
    await offerButton(page).click();
    await sidebar(page);
    expect(await sidebarFrameNow(page)!.evaluate(() => getComputedStyle(document.querySelector('aside')!).animationName)).toBe('none');
    await page.close();
  });
});
