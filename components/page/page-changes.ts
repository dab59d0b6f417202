// When the detector should look at a page again: after a single-page site moves to another
// route, and when the page's content grows substantially after a check (an article rendered
// late by script). The detector sets this up on the pages it is injected into (the every-page
// look, components/page/look.ts, watches the others in the same way), so it is made of the
// cheapest parts: one listener for the Navigation API's `navigate` event (no URL
// objects, unlike WXT's `wxt:locationchange`), or where there is no Navigation API a look at
// `location.href` once a second, as WXT does there; and for growth, an element count at a few
// fixed times after each route's check instead of a MutationObserver that every change of a
// busy page would wake.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Shared with the every-page look's own, smaller watcher (components/page/look.ts).
/** When to count the elements after a route's check, in ms from it: at most this many looks follow. */
export const GROWTH_CHECKS_MS = [1_000, 3_000, 10_000, 30_000];
/** Grown "substantially": half as many elements again, and at least this many more. */
export const GROWTH_RATIO = 1.5;
export const GROWTH_MIN_ELEMENTS = 30;
/** A route change is announced before the new route renders; give it this long. */
export const ROUTE_SETTLE_MS = 500;
/** Without the Navigation API: how often to compare the address. */
export const POLL_MS = 1_000;

export function watchPageChanges(ctx: ContentScriptContext, recheck: () => void): void {
  const elements = document.getElementsByTagName('*');
  // Timers of a route that has since changed do nothing.
  let route = 0;
  // One timer at a time, each setting the next: every page sets up one, not four.
  const watchGrowth = () => {
    const mine = route;
    let baseline = elements.length;
    const countAt = (i: number) => {
      const delay = GROWTH_CHECKS_MS[i];
      if (delay === undefined) return;
      ctx.setTimeout(
        () => {
          if (mine !== route) return;
          const count = elements.length;
          if (count >= baseline * GROWTH_RATIO && count - baseline >= GROWTH_MIN_ELEMENTS) {
            baseline = count;
            recheck();
          }
          countAt(i + 1);
        },
        delay - (GROWTH_CHECKS_MS[i - 1] ?? 0),
      );
    };
    countAt(0);
  };
  watchRoute(ctx, () => {
    const mine = ++route;
    ctx.setTimeout(() => {
      if (mine !== route) return;
      recheck();
      watchGrowth();
    }, ROUTE_SETTLE_MS);
  });
  watchGrowth();
}

type NavigateEvent = Event & { destination?: { url?: string } };

/** Calls `changed` when the page's address changes without a new document. */
function watchRoute(ctx: ContentScriptContext, changed: () => void): void {
  let href = location.href;
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    const onNavigate = (event: Event) => {
      const url = (event as NavigateEvent).destination?.url;
      if (!url || url === href) return;
      href = url;
      changed();
    };
    navigation.addEventListener('navigate', onNavigate);
    ctx.onInvalidated(() => navigation.removeEventListener('navigate', onNavigate));
    return;
  }
  ctx.setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    changed();
  }, POLL_MS);
}
