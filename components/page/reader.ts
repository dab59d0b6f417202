// The detector's second half: the code a page needs only once its look has found a word that
// could name shaking and the settings let Steady read on there. The background injects it then
// (entrypoints/reader.content.ts, components/background/reader-injection.ts), so the every-page
// script (detector-run.ts) carries only the look and compiles a third of what it did. It reads
// the main content, has the background classify it, and shows or removes the offer; it leaves
// itself on the isolated world, where the detector finds it and the page's scripts cannot.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readMain } from '@/knowledge/detect/index';
import type { GateElement } from '@/knowledge/detect/gate';
import { toPageText } from '@/knowledge/detect/page-text';
import type { Verdict } from '@/knowledge/detect/verdict';
import { sendToBackground } from '@/components/shared/messages';
import { presentVerdict } from '@/components/page/offer/index';
import { READER_KEY } from '@/components/shared/world-keys';

export type Reader = {
  /** The background's verdict on the page's main content (read from `root`, or the body when
   *  null), which also sets the badge; null when it could not be read or there was no answer. */
  classify(root: GateElement | null): Promise<Verdict | null>;
  /** Shows the offer on a match (unless the person chose the badge only), removes it otherwise. */
  present(ctx: ContentScriptContext, verdict: Verdict, showButton: boolean): void;
};

const world = globalThis as { [READER_KEY]?: Reader };

export function installReader(): void {
  world[READER_KEY] = { classify, present };
}

async function classify(root: GateElement | null): Promise<Verdict | null> {
  let page;
  try {
    // Measured only in the benchmark build, beside the look's own steady:detect.
    const start = performance.now();
    page = toPageText(readMain(document, root));
    if (import.meta.env.STEADY_MEASURES) performance.measure('steady:detect', { start, end: performance.now() });
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
