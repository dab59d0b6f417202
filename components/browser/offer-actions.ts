// What the background does when the offer or the sidebar asks (see OfferMessage in
// messages.ts). The site comes from the sender's URL as the browser reports it, never from the
// message, so a page cannot quiet Steady on some other site.
import { browser, type Browser } from 'wxt/browser';
import { addQuietSite, snoozeEverywhere } from './settings';
import { siteOf } from './site-rules';
import { openSidebarInTab } from './sidebar-injection';

type Sender = Browser.runtime.MessageSender;

/** The top frame's tab, or undefined for anything else (frames, extension pages). */
function senderTab(sender: Sender): number | undefined {
  return (sender.frameId ?? 0) === 0 ? sender.tab?.id : undefined;
}

export async function openSidebarFor(sender: Sender): Promise<void> {
  const tabId = senderTab(sender);
  if (tabId !== undefined) await openSidebarInTab(tabId, 'open');
}

/**
 * In-page actions that write settings (which sync to the person's other devices) are taken at
 * most once in this long per kind: a person chooses once; a page that found a way to repeat
 * the choice gets one write, not a flood.
 */
export const IN_PAGE_WRITE_INTERVAL_MS = 5_000;
const lastWrite = new Map<string, number>();

function throttled(kind: string, now = Date.now()): boolean {
  const last = lastWrite.get(kind);
  if (last !== undefined && now - last < IN_PAGE_WRITE_INTERVAL_MS) return true;
  lastWrite.set(kind, now);
  return false;
}

export async function quietSenderSite(sender: Sender): Promise<void> {
  const url = sender.url ?? sender.tab?.url;
  if (senderTab(sender) === undefined || !url || throttled('quiet-site')) return;
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') return;
  await addQuietSite(siteOf(hostname));
}

export async function snoozeFromOffer(sender: Sender): Promise<void> {
  if (senderTab(sender) === undefined || throttled('snooze')) return;
  await snoozeEverywhere();
}

/** The full self-check: the popup's page, in a tab of its own, reused if it is already open. */
export async function openSelfCheckTab(sender: Sender): Promise<void> {
  const url = browser.runtime.getURL('/popup.html');
  const [open] = await browser.tabs.query({ url });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(() => {});
    return;
  }
  const tab = sender.tab;
  await browser.tabs.create({ url, ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
}

/** The keyboard shortcut (manifest `commands`): opens the sidebar, or closes it if open. */
export const OPEN_SIDEBAR_COMMAND = 'open-sidebar';

export async function onCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (command !== OPEN_SIDEBAR_COMMAND || tab?.id === undefined) return;
  await openSidebarInTab(tab.id, 'toggle').catch(() => {
    // A page Steady cannot enter (the browser's own pages, web stores): nothing to open there.
  });
}
