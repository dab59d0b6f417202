// The detector's second half: the code a page needs only once its look has found a word that
// could name shaking and the settings let Steady read on there. The background injects it then,
// with the detector (entrypoints/reader.content.ts, components/background/reader-injection.ts).
// It reads the main content (on the detector's first check, looking over what it read for a
// shaking word near a body word before anything is sent), has the background classify it, and
// shows or removes the offer; it leaves itself on the isolated world, where the detector finds
// it and the page's scripts cannot.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { body, gate } from 'virtual:steady-detector-signals';
import { readMain, readMainIfNear } from '@/knowledge/detect/index';
import { gatePatterns, type GateElement, type GatePatterns } from '@/knowledge/detect/gate';
import { toPageText } from '@/knowledge/detect/page-text';
import { NO_MATCH, type Verdict } from '@/knowledge/detect/verdict';
import { sendToBackground } from '@/components/shared/messages';
import { presentVerdict } from '@/components/page/offer/index';
import { READER_KEY } from '@/components/shared/world-keys';

export type Reader = {
  /** The background's verdict on the page's main content (read from `root`, or the body when
   *  null), which also sets the badge; null when it could not be read or there was no answer.
   *  `undefined`: the detector's first check after the look, which took no careful look of its
   *  own; the reader chooses the root and looks over what it read, and a page with no shaking
   *  word near a body word there is no match, with nothing sent. */
  classify(root: GateElement | null | undefined): Promise<Verdict | null>;
  /** Shows the offer on a match (unless the person chose the badge only), removes it otherwise. */
  present(ctx: ContentScriptContext, verdict: Verdict, showButton: boolean): void;
};

const world = globalThis as { [READER_KEY]?: Reader };

export function installReader(): void {
  world[READER_KEY] = { classify, present };
}

let patterns: GatePatterns | undefined;

async function classify(root: GateElement | null | undefined): Promise<Verdict | null> {
  let page;
  try {
    // Measured only in the benchmark build, beside the look's own steady:detect.
    const start = import.meta.env.STEADY_MEASURES ? performance.now() : 0;
    const read = root === undefined ? readMainIfNear(document, (patterns ??= gatePatterns({ gate, body }))) : readMain(document, root);
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

function present(ctx: ContentScriptContext, verdict: Verdict, showButton: boolean): void {
  presentVerdict(ctx, verdict, { showButton, send: sendToBackground });
}

function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'object' && value !== null && typeof (value as Verdict).match === 'boolean';
}
