// Messages between Steady's scripts: one discriminated union on `type`, named for the
// direction (`content:…` goes from a content script to the background, `popup:…` from the
// popup). Types and tiny senders only: this file is imported by the detector's content script,
// which must stay small; the Zod schema that the background checks every message against is in
// message-schema.ts. To add a message: add its type here, its schema there (a compile-time
// check keeps the two in step) and its handler in entrypoints/background.ts.
import { browser } from 'wxt/browser';
import type { PageText } from '@/knowledge/detect/page-text';
import type { Verdict } from '@/knowledge/detect/verdict';

/** The detector found no word that could name shaking (sent when asked, or to clear a match). */
export type ContentVerdictMessage = { type: 'content:verdict'; verdict: Verdict };
/** The detector's reading of a page that may be about shaking: the background classifies it,
 *  records the verdict as for `content:verdict`, and answers with the Verdict. */
export type ContentClassifyMessage = { type: 'content:classify'; page: PageText };

/** The offer and the sidebar (components/offer, components/sidebar): open the sidebar in the
 *  sender's tab, quiet the sender's site for good, pause it for 24 hours, snooze everywhere for
 *  24 hours, open the full self-check in a tab. The background takes the tab and the site from
 *  the sender; the settings writes answer true once stored. */
export type OfferMessage =
  | { type: 'content:open-sidebar' }
  | { type: 'content:quiet-site' }
  | { type: 'content:pause-site' }
  | { type: 'content:snooze' }
  | { type: 'content:open-self-check' };

/** The popup's "This page" (components/popup/ThisPage.tsx), for the tab it names: run the
 *  detector now whatever the settings say (answers a CheckTabResult), or open the sidebar
 *  (answers true once it is open). Only extension pages may send these. */
export type PopupMessage = { type: 'popup:check-tab'; tabId: number } | { type: 'popup:open-sidebar'; tabId: number };

export type ExtensionMessage = ContentVerdictMessage | ContentClassifyMessage | OfferMessage | PopupMessage;
export type MessageType = ExtensionMessage['type'];
export type MessageOf<T extends MessageType> = Extract<ExtensionMessage, { type: T }>;

/**
 * Sends a message to the background. Never rejects: a content script whose extension was
 * reloaded or updated has nobody to talk to, and must stay silent in the page's console.
 */
export async function sendToBackground(message: ExtensionMessage): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
