// Messages between Steady's scripts: one discriminated union on `type`, named for the
// sender (`content:…` comes from a content script, `sidebar:…` from the sidebar's frame,
// `popup:…` from the popup). Types and a tiny sender only: this file is imported by the
// detector's content script, which must stay small. The types come from the Zod schema the
// background checks every message against (message-schema.ts), through `import type`, which
// the build erases: the detector ships no Zod. To add a message: add its schema there and its handler in
// entrypoints/background.ts.
//
// The messages: `content:look` (the every-page look found a word that could name shaking: the
// background answers with the settings' gate for the sender's site); `content:raw-text` (where
// the settings let Steady read on, the look's title and text: the background injects the
// detector if the raw text could be about a body shaking, and answers false if not);
// `content:gate` (the detector's careful look found a word that could name shaking: may
// it read on? The background answers with the settings' decision for the sender's host and the
// offer style); `content:verdict`
// (the detector found no word that could name shaking: sent when asked, or to clear a match);
// `content:classify` (the reader's reading of a page that may be about shaking: the background
// classifies it, records the verdict and answers with it);
// the offer's `content:open-sidebar`, `content:quiet-site`, `content:pause-site` and
// `content:snooze` (the background takes the tab and the site from the sender; the settings
// writes answer true once stored); the sidebar frame's requests, which the background relays to
// the page's sidebar script (SidebarRequest, components/background/sidebar-relay.ts), and its
// `sidebar:open-self-check`; and the popup's `popup:check-tab` and `popup:open-sidebar` for the
// tab it names (only extension pages may send these).
import { browser } from 'wxt/browser';
import type { output } from 'zod/mini';
import type { ExtensionMessageSchema } from './message-schema';

export type ExtensionMessage = output<typeof ExtensionMessageSchema>;
/** What the offer (components/page/offer) sends. */
export type OfferMessage = Extract<
  ExtensionMessage,
  { type: 'content:open-sidebar' | 'content:quiet-site' | 'content:pause-site' | 'content:snooze' }
>;
/** What the sidebar's frame asks of the page's sidebar script, through the background. */
export type SidebarRequest = Extract<
  ExtensionMessage,
  { type: 'sidebar:verdict' | 'sidebar:quote' | 'sidebar:ready' | 'sidebar:close' | 'sidebar:unfold' }
>;
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
