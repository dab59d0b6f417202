// How the background gives a page the detector and its second half. The every-page look
// (components/page/look.ts) found a word that could name shaking (`content:look`): if the
// settings let Steady read on at the sender's site, the detector is injected (its careful look,
// its watcher), else nothing is. After its careful look found a word near a body word, the
// detector asks for the settings' decision
// (`content:gate`) and, with it, for the reader if it has none yet; the reader is injected before
// the answer goes back, so the detector finds it on its isolated world. A page the settings keep
// Steady off gets the decision and no reader. `content:load-reader` is for the one page that
// reads on without the settings' leave: one the person asked to check from the popup.
import { browser, type Browser } from 'wxt/browser';
import { gateForSender, type Gate } from './settings-gate';
import { DETECTOR_SCRIPT } from './check-on-demand';

/** WXT's output for entrypoints/reader.content.ts (registration: 'runtime'). */
export const READER_SCRIPT = '/content-scripts/reader.js';

type Sender = Browser.runtime.MessageSender;
type ScriptFile = typeof READER_SCRIPT | typeof DETECTOR_SCRIPT;

/** Injects the reader into the sender's frame (a tab's top frame only); false if it could not be. */
export function injectReader(sender: Sender): Promise<boolean> {
  return injectInto(sender, READER_SCRIPT);
}

/**
 * The detector for a page whose look found a word, if the settings let Steady read on there;
 * the answer is the settings' decision, which the look leaves on the page's isolated world.
 */
export async function gateAndDetector(sender: Sender): Promise<Gate['decision']> {
  const { decision } = await gateForSender(sender);
  if (decision === 'check') await injectInto(sender, DETECTOR_SCRIPT);
  return decision;
}

async function injectInto(sender: Sender, file: ScriptFile): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
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
