// What the background does when the popup's "This page" asks: check a tab now, or open the
// sidebar in it. Only Steady's own pages may ask (a content script could otherwise name any
// tab); the tab comes from the message because the popup is not in the tab it speaks for.
import { browser, type Browser } from 'wxt/browser';
import { checkTabNow, type CheckTabResult } from './check-on-demand';
import { openSidebarInTab } from './sidebar-injection';

type Sender = Browser.runtime.MessageSender;

/** The popup's page, in the toolbar or in a tab; not the sidebar's frame, which sits in a web page. */
function fromPopup(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/popup.html'));
}

export async function checkTabForPopup(tabId: number, sender: Sender): Promise<CheckTabResult | undefined> {
  if (!fromPopup(sender)) return undefined;
  return checkTabNow(tabId);
}

/** True once the sidebar is open in the tab. */
export async function openSidebarForPopup(tabId: number, sender: Sender): Promise<boolean> {
  if (!fromPopup(sender)) return false;
  return openSidebarInTab(tabId, 'open').then(
    () => true,
    () => false,
  );
}
