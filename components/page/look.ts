// The one script the manifest runs on every http(s) page, at idle: the look, and nothing else
// until it finds something. One textContent of the body and one pattern of the shaking words'
// beginnings over it and the title, which is all a naive keyword scan does; no context object,
// no extension binding, no careful read. Nearly every page stops here. On a page with such a
// word it asks the background (`content:look`), which reads the settings for the site and, if
// Steady may read on, injects the reader and the detector (entrypoints/detector.content.ts): the
// main-content read and the look over it, the verdict, their own watcher. Until then this script looks again when
// a single-page site changes route and, a few times, when the page grows a lot (an article
// rendered late), so those pages are not missed: the detector's watcher (page-changes.ts), on
// timers of its own.
import { gate } from 'virtual:steady-detector-signals';
import type { browser } from 'wxt/browser';
import type { MessageOf } from '@/components/shared/messages';
import { CHECKS_KEY, DETECTOR_KEY, GATE_DECISION_KEY, LOOK_ANSWER_KEY } from '@/components/shared/world-keys';
import { watchPageChanges } from '@/components/page/page-changes';
import { stoppingTimers } from '@/components/page/stopping-timers';

const world = globalThis as {
  [CHECKS_KEY]?: number;
  [DETECTOR_KEY]?: boolean;
  [GATE_DECISION_KEY]?: string;
  [LOOK_ANSWER_KEY]?: Promise<unknown>;
};

export function startLook(): void {
  const words = new RegExp(gate, 'i');
  // Ends once the detector has the page (it watches for itself) or the settings keep Steady off.
  let done = false;
  const look = () => {
    if (done || world[DETECTOR_KEY]) return;
    let found = false;
    // The clock too only in the benchmark build: production has no use for it.
    const start = import.meta.env.STEADY_MEASURES ? performance.now() : 0;
    try {
      found = words.test(document.title) || words.test(document.body?.textContent ?? '');
    } catch {
      // A page that cannot be read is left alone.
    }
    // Only in the benchmark build (scripts/bench.ts): a page's PerformanceObserver would see it.
    if (import.meta.env.STEADY_MEASURES) performance.measure('steady:detect', { start, end: performance.now() });
    if (!found) {
      // Counted in the isolated world, which the page cannot see: the browser tests wait for it.
      world[CHECKS_KEY] = (world[CHECKS_KEY] ?? 0) + 1;
      return;
    }
    done = true;
    // The answer, the settings' gate for this site, is for the detector the background injects
    // before it answers; the decision is kept where the detector keeps it: the browser tests read
    // it to know that a page Steady stays off has decided.
    const answer = sendLook();
    world[LOOK_ANSWER_KEY] = answer;
    void answer.then((gate) => {
      const decision = (gate as { decision?: unknown } | undefined)?.decision;
      if (typeof decision === 'string' && decision !== 'check') world[GATE_DECISION_KEY] = decision;
    });
  };
  look();
  if (done) return;
  // The detector's watcher, on timers that stop once the detector has the page (it watches for
  // itself) or a look found a word. At load it takes only the element count and the address.
  watchPageChanges(
    {
      ...stoppingTimers(() => done || world[DETECTOR_KEY] === true),
      // Nothing to undo: a route listener left behind only meets a stopped timer.
      onInvalidated: () => () => undefined,
    },
    look,
  );
}

/**
 * The look's one message, on a hit. The extension's API object is looked up here and nowhere
 * earlier: the first touch of `chrome` or `browser` in a page's isolated world sets up the
 * extension's bindings, which cost a page with no shaking word 0.75 ms (median of the paired
 * corpus loads, scripts/bench-script-time.ts) before this lookup was moved in here. So the look
 * imports nothing that touches them as it loads, as `wxt/browser` does (and sendToBackground
 * with it). Never rejects, as sendToBackground does not: a reloaded extension has nobody to ask.
 */
async function sendLook(): Promise<unknown> {
  const scope = globalThis as { browser?: typeof browser; chrome?: typeof browser };
  const message: MessageOf<'content:look'> = { type: 'content:look' };
  try {
    // Firefox's `browser`, else Chromium's `chrome`, as wxt/browser chooses.
    return await (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}
