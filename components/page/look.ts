// The one script the manifest runs on every http(s) page, at idle: the look, and nothing else
// until it finds something. One textContent of the body and one pattern of the shaking words'
// beginnings over it and the title, which is all a naive keyword scan does; no context object,
// no extension binding, no careful read. Nearly every page stops here. On a page with such a
// word it asks the background (`content:look`), which reads the settings for the site and, if
// Steady may read on, injects the detector (entrypoints/detector.content.ts): the careful look,
// the main-content read, the verdict, its own watcher. Until then this script looks again when
// a single-page site changes route and, a few times, when the page grows a lot (an article
// rendered late), so those pages are not missed.
import { gate } from 'virtual:steady-detector-signals';
import { sendToBackground } from '@/components/shared/messages';
import { CHECKS_KEY, DETECTOR_KEY, GATE_DECISION_KEY } from '@/components/shared/world-keys';
// The detector's watcher's timings. Not the watcher itself: it needs a context object and sets
// up more than a page that may never have a shaking word should pay for; this one counts the
// elements from the first look only and stops for good once the detector has the page.
import { GROWTH_CHECKS_MS, GROWTH_MIN_ELEMENTS, GROWTH_RATIO, POLL_MS, ROUTE_SETTLE_MS } from '@/components/page/page-changes';

const world = globalThis as { [CHECKS_KEY]?: number; [DETECTOR_KEY]?: boolean; [GATE_DECISION_KEY]?: string };

export function startLook(): void {
  const words = new RegExp(gate, 'i');
  // Ends once the detector has the page (it watches for itself) or the settings keep Steady off.
  let done = false;
  const look = () => {
    if (done || world[DETECTOR_KEY]) return;
    let found = false;
    const start = performance.now();
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
    // The settings' decision for this site, kept where the detector keeps it: the browser tests
    // read it to know that a page Steady stays off has decided.
    void sendToBackground({ type: 'content:look' }).then((decision) => {
      if (typeof decision === 'string' && decision !== 'check') world[GATE_DECISION_KEY] = decision;
    });
  };
  look();
  if (done) return;

  const elements = document.getElementsByTagName('*');
  let baseline = elements.length;
  let step = 0;
  const grew = () => {
    if (done) return;
    const count = elements.length;
    if (count >= baseline * GROWTH_RATIO && count - baseline >= GROWTH_MIN_ELEMENTS) {
      baseline = count;
      look();
    }
    const next = GROWTH_CHECKS_MS[++step];
    if (next !== undefined) setTimeout(grew, next - GROWTH_CHECKS_MS[step - 1]!);
  };
  setTimeout(grew, GROWTH_CHECKS_MS[0]);

  // A route change without a new document: the Navigation API's event where there is one (no
  // URL objects, unlike WXT's location watcher), else a look at the address once a second.
  let href = location.href;
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('navigate', (event) => {
      const url = (event as Event & { destination?: { url?: string } }).destination?.url;
      if (done || !url || url === href) return;
      href = url;
      setTimeout(look, ROUTE_SETTLE_MS);
    });
    return;
  }
  const poll = setInterval(() => {
    if (done) return clearInterval(poll);
    if (location.href === href) return;
    href = location.href;
    setTimeout(look, ROUTE_SETTLE_MS);
  }, POLL_MS);
}
