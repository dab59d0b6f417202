// The in-page offer in real Chromium with the built extension: it appears on a matching article
// (and nowhere else) at the edge of the viewport, says what it offers, never takes focus, can
// be reached by keyboard, and can be dismissed for the page, for the site (which survives a
// reload) or for 24 hours.
import { describe, expect } from 'vitest';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import type { PageServer } from './harness/server';
import { badgeOf } from './harness/badge';
import { readStorage, writeStorage } from './harness/storage';
import { FAVICON, fixture, focused, inSteady, offerButton, openChecked, shadowBox, sidebar, STRETCHING } from './sidebar-helpers';
import { gateOf } from './settings-helpers';

const test = e2eTest({
  routes: {
    ...FAVICON,
    '/squats.html': fixture('demo/legs-shaking-after-squats.html'),
    '/recipe.html': fixture('demo/plain-recipe.html'),
    '/stretch.html': fixture(STRETCHING),
  },
  reset: { storage: ['sync'], closeTabs: true },
});
let session: ExtensionSession;
let server: PageServer;
test.beforeAll(({ session: s, server: v }) => {
  [session, server] = [s, v];
});

describe('on a matching article', () => {
  test('a small button at the bottom right says what it offers, beside the text column', async () => {
    const page = await openChecked(session, server.url('/squats.html'));
    const offer = offerButton(page);
    await offer.waitFor();
    expect(await offer.getAttribute('aria-label')).toBe('Steady: muscles shaking during exercise — causes and tips');
    expect(await offer.textContent()).toBe('Steadycauses and tips');
    expect(await page.locator('steady-ui').count()).toBe(1);
    // On <html>, not in the page's <body>.
    expect(await page.evaluate(() => document.querySelector('steady-ui')?.parentElement?.localName)).toBe('html');

    const box = (await shadowBox(page, '.o'))!;
    const viewport = page.viewportSize()!;
    expect(box.left + box.width).toBeLessThanOrEqual(viewport.width - 8);
    expect(box.top + box.height).toBeLessThanOrEqual(viewport.height - 8);
    expect(box.top).toBeGreaterThan(viewport.height / 2);
    expect(box.fontSize).toBe('15px');
    const button = (await shadowBox(page, 'button.go'))!;
    expect(button.height).toBeGreaterThanOrEqual(24);
    const hide = (await shadowBox(page, 'button.x'))!;
    expect(Math.min(hide.width, hide.height)).toBeGreaterThanOrEqual(24);
    // The article's text column is left alone at a common desktop width.
    const columnRight = await page.locator('article p').evaluateAll((ps) => Math.max(...ps.map((p) => p.getBoundingClientRect().right)));
    expect(box.left).toBeGreaterThanOrEqual(columnRight);
    expect((await badgeOf(session, page)).text).not.toBe('');
  });

  test('it does not take focus, and the keyboard reaches it at the end of the page’s tab order', async () => {
    const page = await openChecked(session, server.url('/squats.html'));
    await offerButton(page).waitFor();
    expect(await focused(page)).toBe('BODY');
    // Shift+Tab from the start of the document goes to the last stop: the offer's "Hide" button.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('steady-ui > BUTTON: ×');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^steady-ui > BUTTON: Steady/);
    await page.keyboard.press('Enter');
    await sidebar(page);
  });

  test('the page sees only an empty element: a closed root, no attribute, no text', async () => {
    const page = await openChecked(session, server.url('/squats.html'));
    await offerButton(page).waitFor();
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('steady-ui')!;
        return { root: host.shadowRoot, attributes: host.getAttributeNames(), text: host.textContent, children: host.childElementCount };
      }),
    ).toEqual({ root: null, attributes: [], text: '', children: 0 });
  });
});

describe('dismissing it', () => {
  const openMenu = async (page: Awaited<ReturnType<typeof openChecked>>) => {
    const toggle = inSteady(page, 'button.x', 'Hide Steady');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    return {
      isVisible: () => inSteady(page, '[role=group]', 'Hide Steady').isVisible(),
      choice: (name: string) => inSteady(page, '[role=group] button', name),
    };
  };
  const status = (page: Awaited<ReturnType<typeof openChecked>>) => inSteady(page, '[role=status]').textContent();

  test('the menu closes with Escape and focus goes back to its button', async () => {
    const page = await openChecked(session, server.url('/squats.html'));
    await offerButton(page).waitFor();
    const menu = await openMenu(page);
    await menu.choice('Not on this page').focus();
    await page.keyboard.press('Escape');
    expect(await menu.isVisible()).toBe(false);
    expect(await focused(page)).toBe('steady-ui > BUTTON: ×');
  });

  test('a press elsewhere on the page closes the menu, and it opens again with its four choices', async () => {
    // The choices and the press that closes them are set up on the first opening only.
    const page = await openChecked(session, server.url('/squats.html'));
    await offerButton(page).waitFor();
    const menu = await openMenu(page);
    await page.mouse.click(5, 5);
    expect(await menu.isVisible()).toBe(false);
    expect(await inSteady(page, 'button.x', 'Hide Steady').getAttribute('aria-expanded')).toBe('false');
    const reopened = await openMenu(page);
    expect(await reopened.isVisible()).toBe(true);
    expect(await inSteady(page, '[role=group] button').count()).toBe(4);
  });

  test('"Not on this page" removes it until the page is loaded again', async () => {
    const page = await openChecked(session, server.url('/squats.html'));
    await offerButton(page).waitFor();
    await (await openMenu(page)).choice('Not on this page').click();
    expect(await offerButton(page).count()).toBe(0);
    expect(await status(page)).toBe('Steady is hidden on this page.');
    await page.reload();
    await offerButton(page).waitFor();
  });

  test('"Never on this site" is stored and survives a reload: no offer, no badge', async () => {
    const page = await openChecked(session, server.url('/squats.html'));
    await offerButton(page).waitFor();
    await (await openMenu(page)).choice('Never on this site').click();
    expect(await offerButton(page).count()).toBe(0);
    // Said once the background has stored it, not before.
    await expect.poll(() => status(page)).toBe('Steady will stay quiet on this site.');
    expect(await readStorage(session, 'sync')).toMatchObject({ quietSites: ['127.0.0.1'] });
    await page.reload();
    // The gate's decision is final: a quiet site gets no check, no element, no badge.
    await expect.poll(() => gateOf(session, page)).toBe('quiet-site');
    expect(await page.locator('steady-ui').count()).toBe(0);
    expect((await badgeOf(session, page)).text).toBe('');
    // Another page of the same site stays quiet too.
    const other = await session.context.newPage();
    await other.goto(server.url('/stretch.html'));
    await expect.poll(() => gateOf(session, other)).toBe('quiet-site');
    expect(await other.locator('steady-ui').count()).toBe(0);
  });

  test('"Pause on this site for 24 hours" pauses this site only, and the options page can resume it', async () => {
    const page = await openChecked(session, server.url('/squats.html'));
    await offerButton(page).waitFor();
    const before = Date.now();
    await (await openMenu(page)).choice('Pause on this site for 24 hours').click();
    await expect.poll(() => status(page)).toBe('Steady is paused on this site for 24 hours.');
    const { siteSnoozes } = (await readStorage(session, 'sync')) as { siteSnoozes: Record<string, number> };
    expect(Object.keys(siteSnoozes)).toEqual(['127.0.0.1']);
    expect(siteSnoozes['127.0.0.1']! - before).toBeGreaterThanOrEqual(24 * 3600_000 - 5_000);
    await page.reload();
    await expect.poll(() => gateOf(session, page)).toBe('site-snoozed');
    expect(await page.locator('steady-ui').count()).toBe(0);
    // The options page names the pause and resumes it.
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Resume 127.0.0.1' }).click();
    await expect.poll(async () => (await readStorage(session, 'sync')).siteSnoozes).toEqual({});
    await options.close();
    await page.reload();
    await offerButton(page).waitFor();
  });

  test('"Snooze everywhere for 24 hours" pauses it; an ended snooze brings it back', async () => {
    const page = await openChecked(session, server.url('/squats.html'));
    await offerButton(page).waitFor();
    const before = Date.now();
    await (await openMenu(page)).choice('Snooze everywhere for 24 hours').click();
    await expect.poll(async () => (await readStorage(session, 'sync')).snoozedUntil).toBeGreaterThan(before);
    const until = (await readStorage(session, 'sync')).snoozedUntil as number;
    expect(until - before).toBeGreaterThanOrEqual(24 * 3600_000 - 5_000);
    expect(until - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
    await page.reload();
    await expect.poll(() => gateOf(session, page)).toBe('snoozed');
    expect(await page.locator('steady-ui').count()).toBe(0);

    await writeStorage(session, 'sync', { snoozedUntil: Date.now() - 1000 });
    await page.reload();
    await offerButton(page).waitFor();
  });

  test('with "only the toolbar badge" chosen there is a badge and no button', async () => {
    await writeStorage(session, 'sync', { offerStyle: 'badge' });
    const page = await openChecked(session, server.url('/squats.html'));
    await expect.poll(async () => (await badgeOf(session, page)).text).not.toBe('');
    // openChecked waited for the check to finish, verdict handled: no button came with it.
    expect(await offerButton(page).count()).toBe(0);
  });
});

describe('on a page that does not match', () => {
  test('nothing is added to the page and there is no badge', async () => {
    const page = await openChecked(session, server.url('/recipe.html'));
    expect(await page.locator('steady-ui').count()).toBe(0);
    expect((await badgeOf(session, page)).text).toBe('');
  });
});
