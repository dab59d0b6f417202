// When the detector looks at a page again, with fake timers and a stand-in page: content that
// grows by half again (and by 30 elements or more) after a check gets one more look at the fixed
// times; a route change gets a look once the new route has had 500 ms to render, and the older
// route's timers do nothing; the route listener is set up by the first count, which also sees a
// change made before it; without the Navigation API the address is compared once a second; a
// watcher set up a second after its check (the every-page look's) counts against the check's
// figures on the same schedule; and nothing fires once the script's context has ended.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from '@/components/page/context';
import { watchPageChanges, type PageAtCheck } from '@/components/page/page-changes';

/** The page as watchPageChanges sees it: a live element list, an address and, maybe, the Navigation API. */
function standInPage(withNavigation: boolean) {
  const elements: unknown[] = Array.from({ length: 100 });
  const doc = { URL: 'https://site.example/a', getElementsByTagName: () => elements };
  const navigation = withNavigation ? new EventTarget() : undefined;
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('document', doc);
  vi.stubGlobal('navigation', navigation);
  return {
    grow: (n: number) => elements.push(...Array.from({ length: n })),
    navigate(url: string) {
      if (navigation) navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
      doc.URL = url;
    },
  };
}

let ctx: ContentScriptContext;
/** Steady's own context, which the build puts where WXT's type is named (wxt.config.ts). */
const watch = (recheck: () => void, since?: PageAtCheck) =>
  watchPageChanges(ctx as unknown as Parameters<typeof watchPageChanges>[0], recheck, since);
beforeEach(() => {
  vi.useFakeTimers();
  ctx = new ContentScriptContext('page-changes-test');
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('content that grows after a check', () => {
  test('by half again and 30 elements or more: one more look at the next fixed time', () => {
    const page = standInPage(true);
    const recheck = vi.fn();
    watch(recheck);
    page.grow(60);
    vi.advanceTimersByTime(999);
    expect(recheck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(recheck).toHaveBeenCalledTimes(1);
    // The new count is the baseline: the same size again is no reason to look.
    vi.advanceTimersByTime(60_000);
    expect(recheck).toHaveBeenCalledTimes(1);
  });

  test('by less than that: no look, at any of the fixed times', () => {
    const page = standInPage(true);
    const recheck = vi.fn();
    watch(recheck);
    page.grow(40);
    vi.advanceTimersByTime(60_000);
    expect(recheck).not.toHaveBeenCalled();
  });

  test('late growth is caught at 3, 10 or 30 s, and nothing is counted after that', () => {
    const page = standInPage(true);
    const recheck = vi.fn();
    watch(recheck);
    vi.advanceTimersByTime(5_000);
    page.grow(100);
    vi.advanceTimersByTime(5_000);
    expect(recheck).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(30_000);
    page.grow(500);
    vi.advanceTimersByTime(60_000);
    expect(recheck).toHaveBeenCalledTimes(1);
  });
});

describe('route changes', () => {
  test('with the Navigation API: a look 500 ms after the change, and the old route’s timers do nothing', () => {
    const page = standInPage(true);
    const recheck = vi.fn();
    watch(recheck);
    // The first count sets up the listener.
    vi.advanceTimersByTime(1_000);
    page.navigate('https://site.example/b');
    vi.advanceTimersByTime(499);
    expect(recheck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(recheck).toHaveBeenCalledTimes(1);
    // Growth counted against the new route's baseline, at its own times.
    page.grow(60);
    vi.advanceTimersByTime(1_000);
    expect(recheck).toHaveBeenCalledTimes(2);
  });

  test('a change before the first count: seen by it, with a look 500 ms later', () => {
    const page = standInPage(true);
    const recheck = vi.fn();
    watch(recheck);
    page.navigate('https://site.example/b');
    vi.advanceTimersByTime(1_000 + 499);
    expect(recheck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(recheck).toHaveBeenCalledTimes(1);
    // Once: the listener, set up after the change, does not report it again.
    vi.advanceTimersByTime(60_000);
    expect(recheck).toHaveBeenCalledTimes(1);
  });

  test('the same address again is not a change', () => {
    const page = standInPage(true);
    const recheck = vi.fn();
    watch(recheck);
    page.navigate('https://site.example/a');
    vi.advanceTimersByTime(60_000);
    expect(recheck).not.toHaveBeenCalled();
  });

  test('without it: the address is compared once a second', () => {
    const page = standInPage(false);
    const recheck = vi.fn();
    watch(recheck);
    // The first count starts the comparisons.
    vi.advanceTimersByTime(1_000);
    page.navigate('https://site.example/c');
    vi.advanceTimersByTime(1_000 + 499);
    expect(recheck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(recheck).toHaveBeenCalledTimes(1);
  });
});

describe('a watcher set up a second after its check (the every-page look’s)', () => {
  const since = { elements: 100, href: 'https://site.example/a', ago: 1_000 };

  test('counts at once against the count taken at the check, then at 3, 10 and 30 s from the check', () => {
    const page = standInPage(true);
    const recheck = vi.fn();
    page.grow(60);
    watch(recheck, since);
    expect(recheck).toHaveBeenCalledTimes(1);
    page.grow(100);
    vi.advanceTimersByTime(1_999);
    expect(recheck).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(recheck).toHaveBeenCalledTimes(2);
    // The last count is 30 s from the check, 29 s after the set-up: growth before it is seen, after it not.
    vi.advanceTimersByTime(26_999);
    page.grow(500);
    vi.advanceTimersByTime(1);
    expect(recheck).toHaveBeenCalledTimes(3);
    page.grow(2_000);
    vi.advanceTimersByTime(60_000);
    expect(recheck).toHaveBeenCalledTimes(3);
  });

  test('sees a route change made between the check and its set-up', () => {
    const page = standInPage(true);
    const recheck = vi.fn();
    page.navigate('https://site.example/b');
    watch(recheck, since);
    vi.advanceTimersByTime(499);
    expect(recheck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(recheck).toHaveBeenCalledTimes(1);
  });
});

test('once the context has ended (the extension reloaded), nothing fires', () => {
  const page = standInPage(true);
  const recheck = vi.fn();
  watch(recheck);
  ctx.abort();
  page.grow(500);
  page.navigate('https://site.example/d');
  vi.advanceTimersByTime(60_000);
  expect(recheck).not.toHaveBeenCalled();
});
