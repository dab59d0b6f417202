// What the detector leaves in the extension's isolated world of a tab (never in the page): its
// settings gate's decision and how many checks it has finished. The page's own scripts cannot
// see either; a test reads them through the scripting API, from the service worker, and waits
// for them instead of for a fixed time.
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './extension';
import { until } from './until';

type ChromeInWorker = {
  tabs: { query(q: { url?: string }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript(i: {
      target: { tabId: number };
      func: (...args: string[]) => unknown;
      args?: string[];
      world?: 'MAIN';
    }): Promise<{ result?: unknown }[]>;
  };
};

const tabIds = new WeakMap<Page, number>();

/** The gate's decision once the settings were asked for, the checks finished, and whether the
 *  background injected the detector (the look's checks count too). */
export type DetectorState = { gate: string | null; checks: number; detector: boolean };

/**
 * The id the extension knows the tab showing `page` by. Several tabs may show the same address,
 * so the test marks its page (in the page's sessionStorage, the test's doing, not Steady's) and
 * asks each candidate tab for the mark; a tab keeps its id across reloads, so it is kept too.
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const known = tabIds.get(page);
  if (known !== undefined) return known;
  const mark = `tab-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((m) => sessionStorage.setItem('steady-test-tab', m), mark);
  const id = await session.worker.evaluate(
    async ({ url, mark }) => {
      const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
      const [read] = [(key: string) => sessionStorage.getItem(key)];
      for (const tab of await chrome.tabs.query({ url })) {
        if (tab.id === undefined) continue;
        const [frame] = await chrome.scripting.executeScript({
          target: { tabId: tab.id },
          func: read,
          args: ['steady-test-tab'],
          world: 'MAIN',
        });
        if (frame?.result === mark) return tab.id;
      }
      return -1;
    },
    { url: page.url(), mark },
  );
  if (id < 0) throw new Error(`no tab for ${page.url()}`);
  tabIds.set(page, id);
  return id;
}

export async function detectorState(session: ExtensionSession, page: Page): Promise<DetectorState> {
  const tabId = await tabIdOf(session, page);
  return session.worker.evaluate(async (id) => {
    const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    // From an array, not `func: () => …`: an arrow in a property or a const is named, and
    // tsx (the command-line tools) wraps named functions in a helper the tab does not have.
    const [read] = [
      () => {
        const world = globalThis as { __steadyGate?: string; __steadyChecks?: number; __steadyDetector?: boolean };
        return { gate: world.__steadyGate ?? null, checks: world.__steadyChecks ?? 0, detector: world.__steadyDetector === true };
      },
    ];
    const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, func: read });
    return (frame?.result as DetectorState | undefined) ?? { gate: null, checks: 0, detector: false };
  }, tabId);
}

/** Waits until the detector has finished at least `count` checks in the page (verdict shown or not). */
export async function waitForChecks(session: ExtensionSession, page: Page, count = 1, timeoutMs = 10_000): Promise<void> {
  const what = `the detector to finish ${count} checks in ${page.url()}`;
  await until(
    what,
    async () => (await detectorState(session, page)).checks,
    (checks) => checks >= count,
    timeoutMs,
  );
}
