// The detector's reading of a page and its offer: the main-content read (on the detector's
// first check, looking over what it read for a shaking word near a body word before anything is
// sent), the background's verdict on it, and the offer shown or removed. Part of the detector's
// bundle (components/page/detector-run.ts), which the background injects only into a page whose
// look found a word that could name shaking and whose raw text could be about a body shaking.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readMain, readMainIfNear } from '@/knowledge/detect/index';
import type { GateElement, GatePatterns } from '@/knowledge/detect/gate';
import { toPageText } from '@/knowledge/detect/page-text';
import { NO_MATCH, type Verdict } from '@/knowledge/detect/verdict';
import { sendToBackground } from '@/components/shared/messages';
import { presentVerdict } from '@/components/page/offer/index';

/**
 * The background's verdict on the page's main content (read from `root`, or the body when null),
 * which also sets the badge; null when it could not be read or there was no answer. `undefined`:
 * the detector's first check after the look, which took no careful look of its own; the reader
 * chooses the root and looks over what it read, and a page with no shaking word near a body word
 * there is no match, with nothing sent; `patterns` are the detector's, for that look, or null
 * when the look sent the background the page's raw text, so the read goes as it is
 * (readMainIfNear says why).
 */
export async function classifyPage(root: GateElement | null | undefined, patterns: (() => GatePatterns) | null): Promise<Verdict | null> {
  let page;
  try {
    // Measured only in the benchmark build, beside the look's own steady:detect.
    const start = import.meta.env.STEADY_MEASURES ? performance.now() : 0;
    const read = root === undefined ? readMainIfNear(document, patterns && patterns()) : readMain(document, root);
    if (import.meta.env.STEADY_MEASURES) performance.measure('steady:detect', { start, end: performance.now() });
    if (!read) return NO_MATCH;
    page = toPageText(read);
  } catch {
    // Never throws into the page; a page that cannot be read is left alone.
    return null;
  }
  const answer = await sendToBackground({ type: 'content:classify', page });
  return isVerdict(answer) ? answer : null;
}

/** Shows the offer on a match (unless the person chose the badge only), removes it otherwise. */
export function presentOnPage(ctx: ContentScriptContext, verdict: Verdict, showButton: boolean): void {
  presentVerdict(ctx, verdict, { showButton, send: sendToBackground });
}

function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'object' && value !== null && typeof (value as Verdict).match === 'boolean';
}
