// How the background gives a page the detector and its second half. The every-page look
// (components/page/look.ts) found a word that could name shaking (`content:look`): if the
// settings let Steady read on at the sender's site, the reader and the detector are injected
// together, and the answer to the look is the settings' gate (decision and offer style), which
// the detector takes from the look instead of asking again; else nothing is injected. Nearly
// every page that passes the look would pass the careful look too (512 of the 530 corpus and
// labelled pages with such a word have a body word near it), so the reader comes with the
// detector, and its one read of the main content is the careful look as well. A later check of
// the page (a new route, grown content) asks for the settings' decision (`content:gate`) and,
// with it, for the reader if it has none yet; the reader is injected before the answer goes
// back, so the detector finds it on its isolated world. A page the settings keep Steady off gets
// the decision and no reader. `content:load-reader` is for the one page that reads on without
// the settings' leave: one the person asked to check from the popup.
import { browser, type Browser } from 'wxt/browser';
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
 * The reader and the detector for a page whose look found a word, if the settings let Steady
 * read on there (the reader first, so the detector finds it); the answer is the settings' gate,
 * which the detector takes from the look (and the look keeps the decision where the browser
 * tests read it).
 */
export async function gateAndDetector(sender: Sender): Promise<Gate> {
  const gate = await gateForSender(sender);
  if (gate.decision === 'check') await injectInto(sender, [READER_SCRIPT, DETECTOR_SCRIPT]);
  return gate;
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
