// How the background gives a page the detector. The every-page look (components/page/look.ts)
// found a word that could name shaking: it asks for the settings' gate (`content:look`, answered
// by settings-gate.ts; nothing of the page goes with it), and where Steady may read on it sends
// the title and the body's text it read (`content:raw-text`). Only if that raw text could be
// about a body shaking (classify.ts, rawTextMayMatch: the classifier's quick bound, made an upper
// bound of the careful read; it rules out about three in four of the labelled pages that have
// such a word and are not about it, and no page that matches) is the detector injected, and it
// takes the gate from the look's answer instead of asking again. Its reader's one read of the
// main content is the careful look as well. A later check of the page (a new route, grown
// content) that finds such a word asks for the settings' decision again (`content:gate`).
import { browser, type Browser } from 'wxt/browser';
import signals from 'virtual:steady-detector-signals';
import { rawTextMayMatch } from '@/knowledge/detect/classify';
import { rawTextInput } from '@/knowledge/detect/raw-text';
import { gateForSender } from './settings-gate';
import { DETECTOR_SCRIPT } from './check-on-demand';

type Sender = Browser.runtime.MessageSender;

/**
 * The look's raw text, where the settings let Steady read on at the sender's site (asked again:
 * each message stands on its own): if it could be about a body shaking (or is too long to judge
 * raw), the detector is injected into the sender's frame (a tab's top frame only) and the answer
 * is true; else nothing more runs in the page, and the look watches on.
 */
export async function detectorForRawText(title: string, text: string | null, sender: Sender): Promise<boolean> {
  const gate = await gateForSender(sender);
  if (gate.decision !== 'check') return true;
  if (text !== null && !rawTextMayMatch(rawTextInput(title, text), signals)) return false;
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return true;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [DETECTOR_SCRIPT] });
  } catch {
    // The tab navigated away or closed meanwhile: its new page runs its own look.
  }
  return true;
}
