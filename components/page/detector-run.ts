// The detector's work in a page, started by entrypoints/detector.content.ts: the cheap look
// and, on the few pages that pass it, the settings gate, the main-content read and the
// background's verdict, again on route changes and late content; the verdict goes on to the
// offer. Nothing here runs Zod, Preact or the knowledge base: the bundle must stay under 10 KB.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { body, gate } from 'virtual:steady-detector-signals';
import { readPage } from '@/knowledge/detect/index';
import { gatePatterns, type GatePatterns } from '@/knowledge/detect/gate';
import { toPageText, type PageText } from '@/knowledge/detect/page-text';
import { NO_MATCH, type Verdict } from '@/knowledge/detect/verdict';
import { sendToBackground } from '@/components/shared/messages';
import { watchPageChanges } from '@/components/page/page-changes';
import { presentVerdict } from '@/components/page/offer/index';
import { readSettingsGate, type Gate } from '@/components/page/settings-gate';
import { CHECKS_KEY, FORCE_CHECK_FLAG, GATE_DECISION_KEY } from '@/components/shared/world-keys';
import type { GateDecision } from '@/components/shared/settings-model';

/** Set on the isolated world's globalThis by the first copy of this script in the page. */
const INJECTED = '__steadyDetector';

/** The extension's isolated world of this page: shared with Steady's other scripts, unseen by the page's. */
const world = globalThis as {
  [INJECTED]?: boolean;
  [FORCE_CHECK_FLAG]?: boolean;
  [GATE_DECISION_KEY]?: GateDecision;
  [CHECKS_KEY]?: number;
};

/** The detector's start in a page: once per injection of its content script. */
export function startDetector(ctx: ContentScriptContext): void {
  // Injected again, or injected with the background's flag (the popup's "Check this page"):
  // the context has already retired a previous copy's listeners and timers, so this copy takes over,
  // skips the settings gate (the person asked) and answers even when nothing matches.
  const asked = world[INJECTED] === true || world[FORCE_CHECK_FLAG] === true;
  world[INJECTED] = true;
  delete world[FORCE_CHECK_FLAG];
  run(ctx, asked);
}

/**
 * Checks now, and again when a single-page site changes route or its content grows. The cheap
 * look comes before anything of the extension is touched: on a page with no word that could
 * name shaking (nearly every page) no `chrome.*` binding wakes, nothing is read from storage and
 * nothing is sent. Only a hit reads the settings; automatic checks off, a quiet site or a pause
 * then end the detector on that page before anything of it is sent.
 */
function run(ctx: ContentScriptContext, asked: boolean): void {
  const patterns = gatePatterns({ gate, body });
  let last: Verdict | null = null;
  let settings: Promise<Gate> | undefined;
  const gateOnce = () =>
    (settings ??= readSettingsGate(location.hostname).then((read) => {
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
      // What the page pays for: the reading and the message made of it. Measured only in the
      // benchmark build: a page's PerformanceObserver would see the measure on every page.
      const start = performance.now();
      const reading = readNow(patterns);
      if (import.meta.env.STEADY_MEASURES) performance.measure('steady:detect', { start, end: performance.now() });
      // The background must hear a no-match too when it was asked, or still shows a match.
      const report = asked || last?.match === true;
      if (reading?.page == null && !report) return;
      const { decision, offerStyle } = await gateOnce();
      if (!asked && decision !== 'check') {
        counted = false;
        ctx.abort();
        return;
      }
      const verdict = await verdictFor(reading, report);
      if (verdict && !ctx.isInvalid) {
        const previous = last;
        last = verdict;
        // The sidebar reads the verdict from the shared isolated world; the offer shows on a
        // match (unless the person chose the badge only) and goes when a page stops matching.
        if (verdict.match || previous?.match || asked) {
          presentVerdict(ctx, verdict, { showButton: offerStyle !== 'badge', send: sendToBackground });
        }
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
  // The first check reads the page before this line (up to its first await); then the
  // watcher for route changes and late content is set up, timed as steady:watch.
  void check();
  const watchStart = performance.now();
  watchPageChanges(ctx, () => void check());
  if (import.meta.env.STEADY_MEASURES) performance.measure('steady:watch', { start: watchStart, end: performance.now() });
}

/** What was read: no page (no word could name shaking), or the main content as a message. */
type Reading = { page: PageText | null } | null;

/** The in-page part. Never throws into the page. */
function readNow(patterns: GatePatterns): Reading {
  try {
    const { page } = readPage(document, patterns);
    return { page: page && toPageText(page) };
  } catch {
    return null;
  }
}

/**
 * The verdict for what was read: the background's (it also sets the badge), or no match
 * without asking anyone when no word could name shaking. `report` says whether the background
 * must hear a no-match too (it was asked, or it still shows an earlier match).
 */
async function verdictFor(reading: Reading, report: boolean): Promise<Verdict | null> {
  if (!reading) return null;
  if (reading.page) {
    const answer = await sendToBackground({ type: 'content:classify', page: reading.page });
    return isVerdict(answer) ? answer : null;
  }
  if (report) await sendToBackground({ type: 'content:verdict', verdict: NO_MATCH });
  return NO_MATCH;
}

function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'object' && value !== null && typeof (value as Verdict).match === 'boolean';
}
