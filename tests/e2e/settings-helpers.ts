// Shared by the options and "this page" tests: pages to serve, a tab's id as the extension
// sees it, and whether Steady left anything on a page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness/paths';
import type { ExtensionSession } from './harness/extension';
import { detectorState } from './harness/detector-state';

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
  tabs: { query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]> };
};

export { tabIdOf } from './harness/detector-state';

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

/** How many checks the detector has finished in the page. */
export async function detectorRuns(session: ExtensionSession, page: Page): Promise<number> {
  return (await detectorState(session, page)).checks;
}

/** Whether the background injected the detector into the page. */
export async function detectorLoaded(session: ExtensionSession, page: Page): Promise<boolean> {
  return (await detectorState(session, page)).detector;
}

/** Steady's element in the page, if it added one. */
export function steadyUiCount(page: Page): Promise<number> {
  return page.locator('steady-ui').count();
}

/**
 * What the detector's settings gate decided in the tab ('check', 'checks-off', 'quiet-site',
 * 'snoozed', 'site-snoozed'), or null before it has decided.
 */
export async function gateOf(session: ExtensionSession, page: Page): Promise<string | null> {
  return (await detectorState(session, page)).gate;
}
