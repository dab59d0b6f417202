// What the detector leaves in the extension's isolated world of a tab (never in the page): its
// settings gate's decision and how many checks it has finished. The page's own scripts cannot
// see either; a test reads them through the scripting API, from the service worker, and waits
// for them instead of for a fixed time.
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './extension';

type ChromeInWorker = {
  tabs: { query(q: { url?: string }): Promise<{ id?: number }[]> };
  scripting: { executeScript(i: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]> };
};

export type DetectorState = { gate: string | null; checks: number };

/** The id the extension knows the tab showing `page` by. */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const id = await session.worker.evaluate(async (url) => {
    const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    const [tab] = await chrome.tabs.query({ url });
    return tab?.id ?? -1;
  }, page.url());
  if (id < 0) throw new Error(`no tab for ${page.url()}`);
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
        const world = globalThis as { __steadyGate?: string; __steadyChecks?: number };
        return { gate: world.__steadyGate ?? null, checks: world.__steadyChecks ?? 0 };
      },
    ];
    const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, func: read });
    return (frame?.result as DetectorState | undefined) ?? { gate: null, checks: 0 };
  }, tabId);
}

/**
 * Waits until the detector has finished at least `count` checks in the page (verdict shown or
 * not). A plain loop rather than expect.poll, so that set-up hooks can use it too.
 */
export async function waitForChecks(session: ExtensionSession, page: Page, count = 1, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let checks = 0;
  while ((checks = (await detectorState(session, page)).checks) < count) {
    if (Date.now() > end) throw new Error(`the detector finished ${checks} checks in ${page.url()}, not ${count}, within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
