// The detector's work in a page, started by entrypoints/detector.content.ts, which the
// background injects where the every-page look (components/page/look.ts) found a word that
// could name shaking (with the settings' gate as the look's answer), and for "Check this page":
// on its first check the reader's (components/page/reader.ts) one read of the main content, looked
// over for a shaking word near a body word; on later checks (route changes, late content) and
// asked checks the careful look and, on the pages that pass it, the settings gate (asked of the
// background) and the read; then the background's verdict, which goes on to the offer. Nothing
// here runs Zod, Preact or the knowledge base: the bundle must stay under 10 KB.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { body, gate } from 'virtual:steady-detector-signals';
import { gatePatterns, readGate, type GatePatterns, type GateReading } from '@/knowledge/detect/gate';
import { NO_MATCH, type Verdict } from '@/knowledge/detect/verdict';
import { sendToBackground } from '@/components/shared/messages';
import { watchPageChanges } from '@/components/page/page-changes';
import { classifyPage, presentOnPage } from '@/components/page/reader';
import {
  CHECKS_KEY,
  DETECTOR_KEY as INJECTED,
  FORCE_CHECK_FLAG,
  GATE_DECISION_KEY,
  LOOK_HANDOFF_KEY,
  type LookHandoff,
} from '@/components/shared/world-keys';
import type { GateDecision, OfferStyle } from '@/components/shared/settings-model';

/** The extension's isolated world of this page: shared with Steady's other scripts, unseen by the page's. */
const world = globalThis as {
  [INJECTED]?: boolean;
  [FORCE_CHECK_FLAG]?: boolean;
  [GATE_DECISION_KEY]?: GateDecision;
  [CHECKS_KEY]?: number;
  [LOOK_HANDOFF_KEY]?: LookHandoff;
};

/** The detector's start in a page: once per injection of its content script. */
export function startDetector(ctx: ContentScriptContext): void {
  // Injected again, or injected with the background's flag (the popup's "Check this page"):
  // the context has already retired a previous copy's listeners and timers, so this copy takes over,
  // skips the settings gate (the person asked) and answers even when nothing matches.
  const asked = world[INJECTED] === true || world[FORCE_CHECK_FLAG] === true;
  world[INJECTED] = true;
  delete world[FORCE_CHECK_FLAG];
  // What the look handed over once the background had injected this copy: the settings' gate
  // it was answered with, and whether the background holds the page's raw text.
  const handoff = asked ? undefined : world[LOOK_HANDOFF_KEY];
  delete world[LOOK_HANDOFF_KEY];
  run(ctx, asked, handoff);
}

/** The background's answer to `content:gate` (components/background/settings-gate.ts). */
type Gate = { decision: GateDecision; offerStyle: OfferStyle };
/** What to do when the background cannot answer (the extension went away): as on a fresh install. */
const NO_GATE: Gate = { decision: 'check', offerStyle: 'button' };

/**
 * Checks now, and again when a single-page site changes route or its content grows. The
 * settings' decision for this site (nothing of the page goes with the question) comes with the
 * look's answer when the look injected this copy, else it is asked for on the first check that
 * finds a word that could name shaking near a body word; automatic checks off, a quiet site or
 * a pause then end the detector on that page before anything of it is sent. Nothing of the page
 * is sent unless such a word is in what the reader read, or the look has sent the background the
 * page's raw text, of which the first read is a part (`handoff.rawTextSent`).
 */
function run(ctx: ContentScriptContext, asked: boolean, handoff: LookHandoff | undefined): void {
  // Made for the first check that looks for itself, or for the reader's look over its read.
  let made: GatePatterns | undefined;
  const patterns = () => (made ??= gatePatterns({ gate, body }));
  let last: Verdict | null = null;
  let firstAfterLook = !asked;
  let settings: Promise<Gate> | undefined;
  // Asked once per copy, on the first look that needs it, unless the look's answer has it already.
  const gateOnce = () =>
    (settings ??= (handoff?.gate ?? sendToBackground({ type: 'content:gate' })).then((answer) => {
      const read = isGate(answer) ? answer : NO_GATE;
      world[GATE_DECISION_KEY] = read.decision;
      return read;
    }));
  // One check at a time; a request that arrives meanwhile runs once the current one is done.
  let busy = false;
  let queued = false;
  const check = async () => {
    if (busy) {
      queued = true;
      return;
    }
    busy = true;
    let counted = true;
    try {
      // What a later check pays for the careful look (on the first one the reader measures its
      // read). Measured only in the benchmark build: a page's PerformanceObserver would see it.
      const start = import.meta.env.STEADY_MEASURES ? performance.now() : 0;
      // The first check of a copy the look had injected need not look for a shaking word again:
      // the look has just found one, and the reader's one read of the main content is the
      // careful look too (readMainIfNear): on nearly every such page the careful look would say
      // yes and the reader then read the same content again. Later checks (a new route, grown
      // content) and asked ones look afresh.
      const look = firstAfterLook ? READ_ONCE : lookNow(patterns());
      firstAfterLook = false;
      if (import.meta.env.STEADY_MEASURES) performance.measure('steady:detect', { start, end: performance.now() });
      // The background must hear a no-match too when it was asked, or still shows a match.
      const report = asked || last?.match === true;
      if (!look?.hit && !report) return;
      // An extension reloaded or updated since this copy started: a newer copy takes the page.
      if (ctx.isInvalid) return;
      const { decision, offerStyle } = await gateOnce();
      if (!asked && decision !== 'check') {
        counted = false;
        ctx.abort();
        return;
      }
      // On the first check after a look that sent the raw text, the read goes without a look.
      const verdict = await verdictFor(look, report, look === READ_ONCE && handoff?.rawTextSent ? null : patterns);
      if (verdict && !ctx.isInvalid) {
        const previous = last;
        last = verdict;
        // The sidebar reads the verdict from the shared isolated world; the offer shows on a
        // match (unless the person chose the badge only) and goes when a page stops matching.
        if (verdict.match || previous?.match || asked) presentOnPage(ctx, verdict, offerStyle !== 'badge');
      }
    } finally {
      // Counted in the isolated world, which the page cannot see: tests wait for it. A page
      // the settings keep Steady off counts no check.
      if (counted) world[CHECKS_KEY] = (world[CHECKS_KEY] ?? 0) + 1;
      busy = false;
      if (queued && !ctx.signal.aborted) {
        queued = false;
        void check();
      }
    }
  };
  // The first check looks at the page before this line (up to its first await); then the
  // watcher for route changes and late content is set up, timed as steady:watch.
  void check();
  const watchStart = import.meta.env.STEADY_MEASURES ? performance.now() : 0;
  watchPageChanges(ctx, () => void check());
  if (import.meta.env.STEADY_MEASURES) performance.measure('steady:watch', { start: watchStart, end: performance.now() });
}

/** What the first check after the look hands the reader: the look found a word, the reader looks for the rest. */
const READ_ONCE: GateReading = { hit: true, chars: 0, root: null };

/** The look. Never throws into the page: a page it cannot read is left alone (null). */
function lookNow(patterns: GatePatterns): GateReading | null {
  try {
    return readGate(document, patterns);
  } catch {
    return null;
  }
}

/**
 * The verdict for what the look found: on a hit, the reader's (the background classifies the
 * main content and sets the badge); with no word that could name shaking, no match without
 * asking anyone, unless `report` says the background must hear it (it was asked, or it still
 * shows an earlier match). READ_ONCE: the reader chooses the root and looks over its own read,
 * unless `patterns` is null (the background holds the raw text: the read goes as it is).
 */
async function verdictFor(look: GateReading | null, report: boolean, patterns: (() => GatePatterns) | null): Promise<Verdict | null> {
  if (!look) return null;
  if (look.hit) return classifyPage(look === READ_ONCE ? undefined : look.root, patterns);
  if (report) await sendToBackground({ type: 'content:verdict', verdict: NO_MATCH });
  return NO_MATCH;
}

function isGate(value: unknown): value is Gate {
  return typeof value === 'object' && value !== null && typeof (value as Gate).decision === 'string';
}
