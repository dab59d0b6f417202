import type { Page } from 'playwright-core';
import type { ExtensionSession } from './extension';

// The service worker's `chrome` global, as much of it as these helpers use. Code passed to
// worker.evaluate runs in the browser, where it exists; Node's type checker does not know it.
type ChromeInWorker = {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
};

/** The toolbar badge text and title the extension set for the tab showing `page`. */
export async function badgeOf(session: ExtensionSession, page: Page): Promise<{ text: string; title: string }> {
  return session.worker.evaluate(async (url) => {
    const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    const [tab] = await chrome.tabs.query({ url });
    if (tab?.id === undefined) return { text: '', title: '' };
    return {
      text: await chrome.action.getBadgeText({ tabId: tab.id }),
      title: await chrome.action.getTitle({ tabId: tab.id }),
    };
  }, page.url());
}
