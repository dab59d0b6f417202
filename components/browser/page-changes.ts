// When the detector should look at a page again: after a single-page site moves to another
// route (`wxt:locationchange`), and when the page's content grows substantially after a check
// (an article rendered late by script). Never a polling loop: a MutationObserver notes that
// something changed, and at most one look per second follows, at most a few times per route,
// and only for a while after each route change.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Looks per route, after the first check. */
const MAX_RECHECKS = 3;
/** Never look more often than this. */
const MIN_INTERVAL_MS = 1000;
/** A route change fires before the new route renders; give it this long. */
const ROUTE_SETTLE_MS = 500;
/** Stop watching for growth this long after the route's last check. */
const WATCH_FOR_MS = 30_000;

/** Grown "substantially": half as many elements again, and at least this many more. */
const GROWTH_RATIO = 1.5;
const GROWTH_MIN_ELEMENTS = 100;

export function watchPageChanges(ctx: ContentScriptContext, recheck: () => void): void {
  const elements = document.getElementsByTagName('*');
  let baseline = elements.length;
  let left = MAX_RECHECKS;
  let routeChanged = false;
  let pending = false;
  let lastCheck = performance.now();

  const look = () => {
    lastCheck = performance.now();
    baseline = elements.length;
    recheck();
  };

  const observer = new MutationObserver(() => {
    if (pending) return;
    if (left <= 0 || performance.now() - lastCheck > WATCH_FOR_MS) {
      observer.disconnect();
      return;
    }
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      const count = elements.length;
      const grown = count >= baseline * GROWTH_RATIO && count - baseline >= GROWTH_MIN_ELEMENTS;
      if (left > 0 && (routeChanged || grown)) {
        left--;
        routeChanged = false;
        look();
      }
    }, MIN_INTERVAL_MS);
  });
  const observe = () => observer.observe(document.documentElement, { childList: true, subtree: true });
  observe();
  ctx.onInvalidated(() => observer.disconnect());

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    left = MAX_RECHECKS;
    // The first burst of changes after the route change is the new route rendering.
    routeChanged = true;
    lastCheck = performance.now();
    observe();
    ctx.setTimeout(look, ROUTE_SETTLE_MS);
  });
}
