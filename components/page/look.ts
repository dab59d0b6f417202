// The one script the manifest runs on every http(s) page, at idle: the look, and nothing else
// until it finds something. One textContent of the body and one pattern of the shaking words'
// beginnings over it and the title, which is all a naive keyword scan does; no context object,
// no extension binding, no careful read. Nearly every page stops here. On a page with such a
// word it asks the background for the settings' gate (`content:look`) and, where Steady may read
// on, sends the title and that text (`content:raw-text`): the background judges the raw text and
// only if it could be about a body shaking injects the detector
// (entrypoints/detector.content.ts): the main-content read, the verdict, its own watcher. Until
// then this script looks again when a single-page site changes route and, a few times, when the
// page grows a lot (an article rendered late), so those pages are not missed: the detector's
// watcher (page-changes.ts), on timers of its own.
import { gate } from 'virtual:steady-detector-signals';
import type { browser } from 'wxt/browser';
import type { MessageOf } from '@/components/shared/messages';
import { CHECKS_KEY, DETECTOR_KEY, GATE_DECISION_KEY, LOOK_HANDOFF_KEY, type LookHandoff } from '@/components/shared/world-keys';
import { GROWTH_CHECKS_MS, watchPageChanges } from '@/components/page/page-changes';
import { stoppingTimers } from '@/components/page/stopping-timers';
import { RAW_TEXT_MAX_CHARS, RAW_TITLE_MAX_CHARS } from '@/knowledge/detect/raw-text-limits';

const world = globalThis as {
  [CHECKS_KEY]?: number;
  [DETECTOR_KEY]?: boolean;
  [GATE_DECISION_KEY]?: string;
  [LOOK_HANDOFF_KEY]?: LookHandoff;
};

export function startLook(): void {
  const words = new RegExp(gate, 'i');
  // Ends once the detector has the page (it watches for itself) or the settings keep Steady off.
  let done = false;
  // While the background judges a hit; a look due meanwhile is skipped, the watcher goes on.
  let asking = false;
  let watching = false;
  const look = () => {
    if (done || asking || world[DETECTOR_KEY]) return;
    let title = '';
    let text = '';
    let found = false;
    // The clock too only in the benchmark build: production has no use for it.
    const start = import.meta.env.STEADY_MEASURES ? performance.now() : 0;
    try {
      title = document.title;
      text = document.body?.textContent ?? '';
      found = words.test(title) || words.test(text);
    } catch {
      // A page that cannot be read is left alone.
    }
    // Only in the benchmark build (scripts/bench.ts): a page's PerformanceObserver would see it.
    if (import.meta.env.STEADY_MEASURES) performance.measure('steady:detect', { start, end: performance.now() });
    if (!found) return notFound();
    asking = true;
    void readOn(title, text).then((over) => {
      asking = false;
      if (over) done = true;
      else notFound();
    });
  };
  // After a look that found nothing, or whose raw text the background ruled out: the detector's
  // watcher, on timers that stop once the detector has the page (it watches for itself) or the
  // settings keep Steady off. At the check it takes only the element count and the address,
  // inline, and sets one timer; the watcher itself is set up a second later, at its first count.
  // Set up at the check, the watcher added 0.36 ms to a small page with no shaking word (median
  // of 40 paired loads, scripts/bench-script-time.ts), while its count, its address and its timer
  // made inline added under 0.05 ms each: most likely the compiling of the functions a fresh
  // isolated world calls for the first time, which now happens a second later, after the load.
  const notFound = () => {
    // Counted in the isolated world, which the page cannot see: the browser tests wait for it.
    world[CHECKS_KEY] = (world[CHECKS_KEY] ?? 0) + 1;
    if (watching) return;
    watching = true;
    const since = { elements: document.getElementsByTagName('*').length, href: document.URL, ago: GROWTH_CHECKS_MS[0]! };
    window.setTimeout(() => {
      const stopped = () => done || world[DETECTOR_KEY] === true;
      if (stopped()) return;
      // Nothing to undo: a route listener left behind only meets a stopped timer.
      watchPageChanges({ ...stoppingTimers(stopped), onInvalidated: () => () => undefined }, look, since);
    }, since.ago);
  };
  look();
}

/**
 * What follows a look that found a word: the settings' gate for this site (nothing of the page
 * goes with the question), then, where Steady may read on, the title and the text the look read
 * go to the background, which judges the raw text (components/background/detector-injection.ts)
 * and injects the detector only on a page that could be about a body shaking.
 * True when it did (the detector watches the page from then on), or when the settings keep
 * Steady off here; false when the raw text ruled the page out, and the look watches on.
 */
async function readOn(title: string, text: string): Promise<boolean> {
  // The answer is for the detector the background injects; the decision is kept where the
  // detector keeps it: the browser tests read it to know that the settings were read.
  const answer = send({ type: 'content:look' });
  const handoff: LookHandoff = { gate: answer, rawTextSent: false };
  world[LOOK_HANDOFF_KEY] = handoff;
  const decision = ((await answer) as { decision?: unknown } | undefined)?.decision;
  if (typeof decision === 'string') world[GATE_DECISION_KEY] = decision;
  if (decision !== 'check') return true;
  const long = text.length > RAW_TEXT_MAX_CHARS;
  // Set before the message: the background injects the detector before it answers.
  handoff.rawTextSent = !long;
  const read = await send({ type: 'content:raw-text', title: title.slice(0, RAW_TITLE_MAX_CHARS), text: long ? null : text });
  // Ruled out: no detector comes for the answer.
  if (read === false) delete world[LOOK_HANDOFF_KEY];
  return read !== false;
}

/**
 * The look's messages, on a hit. The extension's API object is looked up here and nowhere
 * earlier: the first touch of `chrome` or `browser` in a page's isolated world sets up the
 * extension's bindings, which cost a page with no shaking word 0.75 ms (median of the paired
 * corpus loads, scripts/bench-script-time.ts) before this lookup was moved in here. So the look
 * imports nothing that touches them as it loads, as `wxt/browser` does (and sendToBackground
 * with it). Never rejects, as sendToBackground does not: a reloaded extension has nobody to ask.
 */
async function send(message: MessageOf<'content:look' | 'content:raw-text'>): Promise<unknown> {
  const scope = globalThis as { browser?: typeof browser; chrome?: typeof browser };
  try {
    // Firefox's `browser`, else Chromium's `chrome`, as wxt/browser chooses.
    return await (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
