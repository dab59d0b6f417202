// When the detector should look at a page again: after a single-page site moves to another
// route, and when the page's content grows substantially after a check (an article rendered
// late by script). The every-page look (components/page/look.ts) sets it up on every page it
// finds no word on, and the detector on the pages it is injected into, so it is made of the
// cheapest parts: one listener for the Navigation API's `navigate` event (no URL
// objects, unlike WXT's `wxt:locationchange`), or where there is no Navigation API a look at
// the address once a second, as WXT does there; and for growth, an element count at a few
// fixed times after each route's check instead of a MutationObserver that every change of a
// busy page would wake.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** When to count the elements after a route's check, in ms from it: at most this many looks follow. */
export const GROWTH_CHECKS_MS = [1_000, 3_000, 10_000, 30_000];
/** Grown "substantially": half as many elements again, and at least this many more. */
export const GROWTH_RATIO = 1.5;
export const GROWTH_MIN_ELEMENTS = 30;
/** A route change is announced before the new route renders; give it this long. */
export const ROUTE_SETTLE_MS = 500;
/** Without the Navigation API: how often to compare the address. */
export const POLL_MS = 1_000;

/** What the watcher needs of a script's lifetime: the detector's context, or the look's few lines. */
export type PageTimers = Pick<ContentScriptContext, 'setTimeout' | 'setInterval' | 'onInvalidated'>;

/**
 * The page at a check, for a watcher set up later than it (the every-page look's, a second
 * later): the element count and the address then, and how long ago that was, in ms.
 */
export type PageAtCheck = { elements: number; href: string; ago: number };

export function watchPageChanges(ctx: PageTimers, recheck: () => void, since?: PageAtCheck): void {
  const elements = document.getElementsByTagName('*');
  // Timers of a route that has since changed do nothing.
  let route = 0;
  // document.URL follows pushState as location.href does, on an object the detector already has.
  let href = since?.href ?? document.URL;
  const routeChanged = (url: string) => {
    if (url === href) return;
    href = url;
    const mine = ++route;
    ctx.setTimeout(() => {
      if (mine !== route) return;
      recheck();
      watchGrowth();
    }, ROUTE_SETTLE_MS);
  };
  // The route listener is set up by the first count, a second after the check, not with it: in
  // a fresh isolated world the Navigation API's objects (or Location's) cost their own set-up,
  // which the page's load need not pay. That count looks at the address too, so a change in the
  // first second is seen then.
  let routesWatched = false;
  // One timer at a time, each setting the next: every page sets up one, not four. A count whose
  // time has come by the time the watcher is set up (the look's first) is made at once.
  const watchGrowth = (at?: PageAtCheck) => {
    const mine = route;
    let baseline = at?.elements ?? elements.length;
    const ago = at?.ago ?? 0;
    const countAt = (i: number) => {
      const delay = GROWTH_CHECKS_MS[i];
      if (delay === undefined) return;
      const count = () => {
        if (mine !== route) return;
        if (!routesWatched) {
          routesWatched = true;
          watchRoute(ctx, routeChanged);
          routeChanged(document.URL);
          if (mine !== route) return;
        }
        const now = elements.length;
        if (now >= baseline * GROWTH_RATIO && now - baseline >= GROWTH_MIN_ELEMENTS) {
          baseline = now;
          recheck();
        }
        countAt(i + 1);
      };
      const wait = delay - Math.max(ago, GROWTH_CHECKS_MS[i - 1] ?? 0);
      if (wait > 0) ctx.setTimeout(count, wait);
      else count();
    };
    countAt(0);
  };
  watchGrowth(since);
}

type NavigateEvent = Event & { destination?: { url?: string } };

/** Calls `changed` with the page's address when it may have changed without a new document. */
function watchRoute(ctx: PageTimers, changed: (url: string) => void): void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    const onNavigate = (event: Event) => {
      const url = (event as NavigateEvent).destination?.url;
      if (url) changed(url);
    };
    navigation.addEventListener('navigate', onNavigate);
    ctx.onInvalidated(() => navigation.removeEventListener('navigate', onNavigate));
    return;
  }
  ctx.setInterval(() => changed(document.URL), POLL_MS);
}
