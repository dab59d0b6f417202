// The popup's self-check in a real Firefox, opened as the extension page in a tab (a toolbar
// popup cannot be scripted), by keyboard alone with the same helpers as the Chromium tests: a
// self-care case reaches its result, and a faint during exercise reaches "call now" with first
// aid in view.
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { TRIAGE_WORDS } from '../../knowledge/assess/wording';
import { firstAidById } from '../../knowledge/index';
import { activate, completeByKeyboard, expectFocusOnHeading, label, tick } from '../e2e/self-check-helpers';
import { forKeyboardHelpers, launchFirefox, type FirefoxSession } from './harness/firefox';
import { openExtensionPage } from './harness/steady-ui';

let session: FirefoxSession;
const pages: Page[] = [];

beforeAll(async () => {
  session = await launchFirefox();
});
// Each test starts on step 1: the popup reopens on a saved check, so the saved one goes.
afterEach(async () => {
  const [page] = pages;
  await page?.evaluate(() =>
    (globalThis as unknown as { browser: { storage: { local: { clear(): Promise<void> } } } }).browser.storage.local.clear(),
  );
  await Promise.all(pages.splice(0).map((p) => p.close()));
});
afterAll(async () => {
  expect(session?.errors.filter((e) => /steady|moz-extension/i.test(e))).toEqual([]);
  await session?.close();
});

/** The popup's page in a tab of popup size, once its first step is ready. */
async function popup(): Promise<Page> {
  const page = await openExtensionPage(session, 'popup.html', '.self-check[aria-busy="false"]');
  pages.push(page);
  await page.setViewport({ width: 400, height: 600 });
  // Keys go to the selected tab: a tab opened after another was closed may not be it.
  await page.bringToFront();
  return page;
}

test('a self-care case by keyboard alone: the result says what to do, and lists causes', async () => {
  const page = await popup();
  const keys = forKeyboardHelpers(page);
  await completeByKeyboard(keys, { when: ['after-exercise'], duration: 'first-time', factors: ['hard-workout', 'new-routine'], signs: [] });
  const words = TRIAGE_WORDS['self-care'];
  await expectFocusOnHeading(keys, words.title);
  expect(await page.$eval('.banner', (b) => b.textContent)).toContain(words.action);
  expect(await page.$$eval('.result .cause h3', (h) => h.length)).toBeGreaterThanOrEqual(3);
});

test('a faint during exercise by keyboard alone: call now, with what to do after a faint in view', async () => {
  const page = await popup();
  const keys = forKeyboardHelpers(page);
  await tick(keys, label.sign('fainted-exercising'));
  await activate(keys, 'Next');
  await expectFocusOnHeading(keys, /^Call \d+ now$/);
  const aid = await page.$eval('[data-first-aid="after-a-faint"]', (el) => {
    const first = el.querySelector('li')!.getBoundingClientRect();
    return { title: el.querySelector('h2, h3')?.textContent, inView: first.bottom <= innerHeight && scrollY === 0 };
  });
  expect(aid).toEqual({ title: firstAidById('after-a-faint')!.title, inView: true });
});
