// What the background does when the offer or the sidebar asks (see OfferMessage in
// messages.ts). The site comes from the sender's URL as the browser reports it, never from the
// message, so a page cannot quiet Steady on some other site.
import { browser, type Browser } from 'wxt/browser';
import { addQuietSite, snoozeEverywhere, snoozeSite } from '@/components/shared/settings';
import { siteOf } from '@/components/shared/site-rules';
import { openSidebarInTab } from './sidebar-injection';
import { sidebarFrameTab } from './sidebar-relay';

type Sender = Browser.runtime.MessageSender;

/** The site of the sender's page (http and https only, top frame only), or undefined. */
function senderSite(sender: Sender): string | undefined {
  const url = sender.url ?? sender.tab?.url;
  if (senderTab(sender) === undefined || !url) return undefined;
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? siteOf(hostname) : undefined;
}

/** The top frame's tab, or undefined for anything else (frames, extension pages). */
function senderTab(sender: Sender): number | undefined {
  return (sender.frameId ?? 0) === 0 ? sender.tab?.id : undefined;
}

export async function openSidebarFor(sender: Sender, byPointer = false): Promise<void> {
  const tabId = senderTab(sender);
  if (tabId !== undefined) await openSidebarInTab(tabId, 'open', byPointer);
}

/**
 * In-page actions that write settings (which sync to the person's other devices) are taken at
 * most once in this long per kind: a person chooses once; a page that found a way to repeat
 * the choice gets one write, not a flood.
 */
const IN_PAGE_WRITE_INTERVAL_MS = 5_000;
const lastWrite = new Map<string, { at: number; result: Promise<boolean> }>();

/** The write, or within the interval the answer of the one already made for the same key. */
function throttled(key: string, write: () => Promise<boolean>, now = Date.now()): Promise<boolean> {
  const last = lastWrite.get(key);
  if (last !== undefined && now - last.at < IN_PAGE_WRITE_INTERVAL_MS) return last.result;
  const result = write().catch(() => false);
  lastWrite.set(key, { at: now, result });
  return result;
}

/**
 * The answer the offer shows: true once the choice is stored (or already was: the site is
 * covered already), false when it could not be (storage failed, the list is full), so the
 * offer never claims what did not happen. Throttled per site, the sender's own.
 */
export async function quietSenderSite(sender: Sender): Promise<boolean> {
  const site = senderSite(sender);
  if (site === undefined) return false;
  return throttled(`quiet-site:${site}`, async () => {
    const result = await addQuietSite(site);
    return result.added || result.coveredBy !== undefined;
  });
}

/** "Pause on this site for 24 hours": the sender's site, as for quietSenderSite. */
export async function pauseSenderSite(sender: Sender): Promise<boolean> {
  const site = senderSite(sender);
  if (site === undefined) return false;
  return throttled(`pause-site:${site}`, () => snoozeSite(site).then(() => true));
}

export async function snoozeFromOffer(sender: Sender): Promise<boolean> {
  if (senderTab(sender) === undefined) return false;
  return throttled('snooze', () => snoozeEverywhere().then(() => true));
}

/** The sidebar's "Open the full self-check": only Steady's own sidebar frame may ask. */
export async function openSelfCheckFromSidebar(sender: Sender): Promise<void> {
  if (sidebarFrameTab(sender) !== undefined) await openSelfCheckTab(sender);
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
