// The background is a router: every message is validated against the shared schema, then
// handed to the module that owns it. Logic lives in components/browser/.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import signals from 'virtual:steady-detector-signals';
import { classify } from '@/knowledge/detect/classify';
import { fromPageText } from '@/knowledge/detect/page-text';
import type { Verdict } from '@/knowledge/detect/verdict';
import { clearBadge, showVerdictBadge } from '@/components/browser/badge';
import { parseMessage } from '@/components/browser/message-schema';
import type { MessageOf, MessageType } from '@/components/browser/messages';
import { tabVerdicts } from '@/components/browser/tab-verdicts';
import {
  onCommand,
  openSelfCheckFromSidebar,
  openSidebarFor,
  pauseSenderSite,
  quietSenderSite,
  snoozeFromOffer,
} from '@/components/browser/offer-actions';
import { verdictArrived } from '@/components/browser/check-on-demand';
import { checkTabForPopup, openSidebarForPopup } from '@/components/browser/popup-actions';
import { relayToPage } from '@/components/browser/sidebar-relay';

type Sender = Browser.runtime.MessageSender;
type Handlers = { [T in MessageType]: (message: MessageOf<T>, sender: Sender) => Promise<unknown> };

const handlers: Handlers = {
  'content:verdict': ({ verdict }, sender) => recordVerdict(verdict, sender),
  async 'content:classify'({ page }, sender) {
    const { verdict } = classify(fromPageText(page), signals);
    await recordVerdict(verdict, sender);
    return verdict;
  },
  'content:open-sidebar': ({ byPointer }, sender) => openSidebarFor(sender, byPointer),
  'content:quiet-site': (_message, sender) => quietSenderSite(sender),
  'content:pause-site': (_message, sender) => pauseSenderSite(sender),
  'content:snooze': (_message, sender) => snoozeFromOffer(sender),
  'sidebar:verdict': relayToPage,
  'sidebar:quote': relayToPage,
  'sidebar:ready': relayToPage,
  'sidebar:close': relayToPage,
  'sidebar:unfold': relayToPage,
  'sidebar:open-self-check': (_message, sender) => openSelfCheckFromSidebar(sender),
  'popup:check-tab': ({ tabId }, sender) => checkTabForPopup(tabId, sender),
  'popup:open-sidebar': ({ tabId }, sender) => openSidebarForPopup(tabId, sender),
};

/** A tab's verdict: kept for the popup and shown on the toolbar button, or cleared. */
async function recordVerdict(verdict: Verdict, sender: Sender): Promise<void> {
  const tabId = sender.tab?.id;
  // Only a tab's top frame speaks for the tab.
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
  verdictArrived(tabId, verdict);
  if (verdict.match) {
    await tabVerdicts.set(tabId, { verdict, url: sender.url ?? sender.tab?.url ?? '', at: Date.now() });
    await showVerdictBadge(tabId, verdict);
  } else {
    await forgetTab(tabId);
  }
}

async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([tabVerdicts.clear(tabId), clearBadge(tabId).catch(() => {})]);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    const handle = handlers[message.type] as (m: typeof message, s: Sender) => Promise<unknown>;
    return handle(message, sender).catch((error: unknown) => {
      console.warn(`Steady could not handle ${message.type}:`, error);
      return undefined;
    });
  });
  // A verdict belongs to the page it was made for: drop it when the tab loads another page
  // (the detector there reports again) or closes.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabVerdicts.clear(tabId));
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab));
});
