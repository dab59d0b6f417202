// The background's message router: every message is validated against the shared schema, then
// handed to the module that owns it, with the sender as the browser reports it (each handler
// applies its own sender rule: top frame of a tab, the sidebar's frame, or the popup).
import type { Browser } from 'wxt/browser';
import signals from 'virtual:steady-detector-signals';
import { classify } from '@/knowledge/detect/classify';
import { fromPageText } from '@/knowledge/detect/page-text';
import type { Verdict } from '@/knowledge/detect/verdict';
import { clearBadge, showVerdictBadge } from './badge';
import { parseMessage } from '@/components/shared/message-schema';
import type { MessageOf, MessageType } from '@/components/shared/messages';
import { tabVerdicts } from './tab-verdicts';
import { openSelfCheckFromSidebar, openSidebarFor, pauseSenderSite, quietSenderSite, snoozeFromOffer } from './offer-actions';
import { verdictArrived } from './check-on-demand';
import { checkTabForPopup, openSidebarForPopup } from './popup-actions';
import { relayToPage } from './sidebar-relay';
import { detectorForRawText } from './detector-injection';
import { gateForSender } from './settings-gate';

type Sender = Browser.runtime.MessageSender;
type Handlers = { [T in MessageType]: (message: MessageOf<T>, sender: Sender) => Promise<unknown> };

const handlers: Handlers = {
  'content:look': (_message, sender) => gateForSender(sender),
  'content:raw-text': ({ title, text }, sender) => detectorForRawText(title, text, sender),
  'content:gate': (_message, sender) => gateForSender(sender),
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

export async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([tabVerdicts.clear(tabId), clearBadge(tabId).catch(() => {})]);
}

/** The answer for one message, or undefined for one that is not Steady's (with a warning). */
export function handleMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  const message = parseMessage(raw);
  if (!message) return undefined;
  const handle = handlers[message.type] as (m: typeof message, s: Sender) => Promise<unknown>;
  return handle(message, sender).catch((error: unknown) => {
    console.warn(`Steady could not handle ${message.type}:`, error);
    return undefined;
  });
}
