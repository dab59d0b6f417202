// The popup's "This page" in real Chromium with the built extension. A script cannot open the
// toolbar popup, so popup.html is opened in a tab of its own with `?tabId=` naming the page's
// tab. That does not grant activeTab the way a toolbar click does; "Check this page" still runs
// the real path (popup → background message → scripting.executeScript into the tab), which
// works here because the extension has host access to http pages. Nothing is mocked.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import type { PageServer } from './harness/server';
import { axeViolations } from './harness/axe';
import { badgeOf } from './harness/badge';
import { writeStorage } from './harness/storage';
import { waitForChecks } from './harness/detector-state';
import { FAVICON, NEGATIVE, POSITIVE, detectorRuns, frontTabIdOf, gateOf, steadyUiCount, tabIdOf } from './settings-helpers';
import { sidebar } from './harness/steady-ui';

const test = e2eTest({
  routes: { ...FAVICON, '/stretching': POSITIVE, '/shake-recipe': NEGATIVE },
  reset: { storage: ['sync'], closeTabs: true },
});
let session: ExtensionSession;
let server: PageServer;
test.beforeAll(({ session: s, server: v }) => {
  [session, server] = [s, v];
});

/** Opens a page; waits until the detector has run (or, with `ran: false`, had its chance). */
async function openPage(path: string, { ran = true } = {}): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  if (ran) await waitForChecks(session, page);
  else await page.waitForLoadState('load');
  return page;
}

async function popupFor(page: Page, tabId?: number): Promise<Page> {
  const popup = await session.openPopup(`?tabId=${tabId ?? (await tabIdOf(session, page))}`);
  await popup.locator('.this-page:not([data-state="loading"])').waitFor();
  return popup;
}
const thisPage = (popup: Page) => popup.getByRole('region', { name: 'This page' });
const statusText = (popup: Page) => thisPage(popup).getByRole('status').textContent();

describe('"This page" in the popup', () => {
  test('on a matching article: says what it is about and opens the sidebar in that tab', async () => {
    const page = await openPage('/stretching');
    const popup = await popupFor(page);
    expect(await statusText(popup)).toBe('This article is about muscles shaking during stretching.');
    // Above the self-check: the first heading after the masthead.
    expect(await popup.locator('h2').first().textContent()).toBe('This page');
    await thisPage(popup).getByRole('button', { name: 'Open the sidebar' }).click();
    await sidebar(page);
    expect(await thisPage(popup).getByRole('alert').count()).toBe(0);
  });

  test('on a page about something else: found nothing; checking again says it checked', async () => {
    const page = await openPage('/shake-recipe');
    const popup = await popupFor(page);
    expect(await statusText(popup)).toBe('Steady found nothing on this page.');
    await thisPage(popup).getByRole('button', { name: 'Check this page' }).click();
    await expect.poll(() => statusText(popup)).toBe('Steady checked this page and found nothing about shaking muscles.');
    expect(await detectorRuns(session, page)).toBeGreaterThanOrEqual(2);
    expect(await steadyUiCount(page)).toBe(0);
    expect((await badgeOf(session, page)).text).toBe('');
  });

  test('automatic checks off: the page shows nothing, and "Check this page" finds the article', async () => {
    await writeStorage(session, 'sync', { autoChecks: false });
    const page = await openPage('/stretching', { ran: false });
    // The gate stopped the detector before it read anything.
    await expect.poll(() => gateOf(session, page)).toBe('checks-off');
    expect(await detectorRuns(session, page)).toBe(0);
    expect(await steadyUiCount(page)).toBe(0);
    expect((await badgeOf(session, page)).text).toBe('');

    const popup = await popupFor(page);
    expect(await statusText(popup)).toBe('Automatic checks are off, so Steady has not read this page.');
    await thisPage(popup).getByRole('button', { name: 'Check this page' }).click();
    await expect.poll(() => statusText(popup)).toBe('This article is about muscles shaking during stretching.');
    // The answer's control takes focus, so the keyboard follows the result.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Open the sidebar');
    expect(await detectorRuns(session, page)).toBe(1);
    expect((await badgeOf(session, page)).text).not.toBe('');
    await thisPage(popup).getByRole('button', { name: 'Open the sidebar' }).click();
    await sidebar(page);
  });

  test('"Settings" opens the options page, where the reason can be changed', async () => {
    await writeStorage(session, 'sync', { autoChecks: false });
    const page = await openPage('/stretching', { ran: false });
    const popup = await popupFor(page);
    const [options] = await Promise.all([
      session.context.waitForEvent('page'),
      thisPage(popup).getByRole('button', { name: 'Settings' }).click(),
    ]);
    await options.waitForURL(session.extensionUrl('options.html'));
    await expect.poll(() => options.getByLabel('Check pages automatically as they load').isChecked()).toBe(false);
  });

  test('a quiet site and a running pause are named as the reason', async () => {
    await writeStorage(session, 'sync', { quietSites: ['127.0.0.1'] });
    let page = await openPage('/stretching', { ran: false });
    let popup = await popupFor(page);
    expect(await statusText(popup)).toBe('Steady stays quiet on 127.0.0.1, so it has not read this page.');
    await page.close();
    await popup.close();

    await writeStorage(session, 'sync', { quietSites: [], snoozedUntil: Date.now() + 60 * 60 * 1000 });
    page = await openPage('/stretching', { ran: false });
    popup = await popupFor(page);
    expect(await statusText(popup)).toMatch(/^Automatic checks are paused until .+, so Steady has not read this page\.$/);
  });

  test('pages no extension may read say so plainly, with no check to offer', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://version');
    const popup = await popupFor(page, await frontTabIdOf(session, page));
    expect(await statusText(popup)).toContain('Steady cannot read this page.');
    expect(await thisPage(popup).getByRole('button', { name: 'Check this page' }).count()).toBe(0);
    expect(await thisPage(popup).getByRole('button', { name: 'Open the sidebar' }).count()).toBe(0);
  });

  test('no axe violations in the section, light and dark, in each state', async () => {
    const found = await popupFor(await openPage('/stretching'));
    const nothing = await popupFor(await openPage('/shake-recipe'));
    for (const popup of [found, nothing]) {
      expect(await axeViolations(popup, '.this-page')).toEqual([]);
      await popup.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(popup, '.this-page')).toEqual([]);
    }
  });

  test('keyboard only: Tab reaches "Check this page" and Enter runs it', async () => {
    await writeStorage(session, 'sync', { autoChecks: false });
    const page = await openPage('/stretching', { ran: false });
    const popup = await popupFor(page);
    for (let i = 0; i < 10; i++) {
      await popup.keyboard.press('Tab');
      if ((await popup.evaluate(() => document.activeElement?.textContent)) === 'Check this page') break;
    }
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Check this page');
    await popup.keyboard.press('Enter');
    await expect.poll(() => statusText(popup)).toBe('This article is about muscles shaking during stretching.');
    // The answer's first control takes focus once the answer is drawn (an effect after the
    // paint that shows the text): wait for it, or Enter may land before it does.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Open the sidebar');
    await popup.keyboard.press('Enter');
    await sidebar(page);
  });
});
