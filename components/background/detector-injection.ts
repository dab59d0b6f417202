// How the background gives a page the detector and its second half. The every-page look
// (components/page/look.ts) found a word that could name shaking: it asks for the settings' gate
// (`content:look`, answered by settings-gate.ts; nothing of the page goes with it), and where
// Steady may read on it sends the title and the body's text it read (`content:raw-text`). Only
// if that raw text could be about a body shaking (classify.ts, rawTextMayMatch: the classifier's
// quick bound, made an upper bound of the careful read; it rules out about three in four of the
// labelled pages that have such a word and are not about it, and no page that matches) are the
// reader and the detector injected together, and the detector takes the gate from the look's
// answer instead of asking again. The reader's one read of the main content is the careful look
// as well. A later check of the page (a new route, grown content) asks for the settings'
// decision (`content:gate`) and, with it, for the reader if it has none yet; the reader is
// injected before the answer goes back, so the detector finds it on its isolated world. A page
// the settings keep Steady off gets the decision and no reader. `content:load-reader` is for the
// one page that reads on without the settings' leave: one the person asked to check from the
// popup.
import { browser, type Browser } from 'wxt/browser';
import signals from 'virtual:steady-detector-signals';
import { rawTextMayMatch } from '@/knowledge/detect/classify';
import { rawTextInput } from '@/knowledge/detect/raw-text';
import { gateForSender, type Gate } from './settings-gate';
import { DETECTOR_SCRIPT } from './check-on-demand';

/** WXT's output for entrypoints/reader.content.ts (registration: 'runtime'). */
export const READER_SCRIPT = '/content-scripts/reader.js';

type Sender = Browser.runtime.MessageSender;
type ScriptFile = typeof READER_SCRIPT | typeof DETECTOR_SCRIPT;

/** Injects the reader into the sender's frame (a tab's top frame only); false if it could not be. */
export function injectReader(sender: Sender): Promise<boolean> {
  return injectInto(sender, [READER_SCRIPT]);
}

/**
 * The look's raw text, where the settings let Steady read on at the sender's site (asked again:
 * each message stands on its own): if it could be about a body shaking (or is too long to judge
 * raw), the reader and the detector are injected together (the reader first, so the detector
 * finds it) and the answer is true; else nothing more runs in the page, and the look watches on.
 */
export async function readerForRawText(title: string, text: string | null, sender: Sender): Promise<boolean> {
  const gate = await gateForSender(sender);
  if (gate.decision !== 'check') return true;
  if (text !== null && !rawTextMayMatch(rawTextInput(title, text), signals)) return false;
  await injectInto(sender, [READER_SCRIPT, DETECTOR_SCRIPT]);
  return true;
}

async function injectInto(sender: Sender, files: ScriptFile[]): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files });
    return true;
  } catch {
    // The tab navigated away or closed meanwhile: its new page runs its own look.
    return false;
  }
}

/** The settings' decision for the sender's site, with the reader injected first if it may read on and wants it. */
export async function gateAndReader(load: boolean, sender: Sender): Promise<Gate> {
  const gate = await gateForSender(sender);
  if (load && gate.decision === 'check') await injectReader(sender);
  return gate;
}
