// Shared by the options and "this page" tests: pages to serve, a tab's id as the extension
// sees it, and whether Steady left anything on a page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness/paths';
import type { ExtensionSession } from './harness/extension';

export function fixturePage(relative: string): string {
  return readFileSync(path.join(ROOT, 'tests/fixtures/pages', relative), 'utf8');
}

/** The detector's own stretching fixture: a page Steady must match. */
export const POSITIVE = fixturePage('positive/physio-clinic-shaking-during-hamstring-stretch.html');
/** A protein-shake recipe: a page Steady must not match. */
export const NEGATIVE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Banana protein shake</title></head>
<body><main><article><h1>A banana protein shake for after the gym</h1>
<p>Blend a banana, a scoop of protein powder, oats and milk until smooth. Shake well before pouring.</p>
<p>It keeps in the fridge for a day. Add ice for a thicker shake.</p></article></main></body></html>`;
/** A browser asks every origin for /favicon.ico; a 404 there would be a console error. */
export const FAVICON = { '/favicon.ico': { body: '', type: 'image/x-icon' } };

type TabsInWorker = {
  tabs: { query(q: { url?: string; active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript(i: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]>;
  };
};

/** The id the extension knows the tab showing `page` by. */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const id = await session.worker.evaluate(async (url) => {
    const chrome = (globalThis as unknown as { chrome: TabsInWorker }).chrome;
    const [tab] = await chrome.tabs.query({ url });
    return tab?.id ?? -1;
  }, page.url());
  if (id < 0) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** The id of the tab showing `page`, for pages the extension may not see the URL of
 *  (chrome://…): the page is brought to the front and the active tab is asked for. */
export async function frontTabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: TabsInWorker }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** How many times the detector has run in the page (its measure in the page's timeline). */
export function detectorRuns(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('steady:detect').length);
}

/** Steady's element in the page, if it added one. */
export function steadyUiCount(page: Page): Promise<number> {
  return page.locator('steady-ui').count();
}

/**
 * What the detector's settings gate decided in the tab ('check', 'checks-off', 'quiet-site',
 * 'snoozed', 'site-snoozed'), or null before it has decided. The gate keeps its decision in
 * the extension's isolated world, where the page cannot see it; the service worker reads it
 * through the scripting API.
 */
export async function gateOf(session: ExtensionSession, page: Page): Promise<string | null> {
  const tabId = await tabIdOf(session, page);
  return session.worker.evaluate(async (id) => {
    const chrome = (globalThis as unknown as { chrome: TabsInWorker }).chrome;
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => (globalThis as { __steadyGate?: string }).__steadyGate ?? null,
    });
    return (frame?.result as string | null | undefined) ?? null;
  }, tabId);
}
