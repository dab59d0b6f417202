// "Check this page" from the popup: the background runs the detector in the tab now, whatever
// the settings say (automatic checks off, a quiet site, a pause: the person asked). It marks
// the tab's isolated world first, so the detector skips its settings gate, then injects the
// detector's file (WXT retires a copy already in the page) and waits for its verdict, which a
// detector run on request always sends, match or not. The toolbar click that opens the popup
// grants activeTab, so this works even on sites the extension has no standing access to.
import { browser } from 'wxt/browser';
import type { Verdict } from '@/knowledge/detect/verdict';
import { FORCE_CHECK_FLAG } from '@/components/shared/world-keys';

/** WXT's output for entrypoints/detector.content.ts. */
export const DETECTOR_SCRIPT = '/content-scripts/detector.js';
/** Long enough for a heavy page to finish detection; the popup shows "Checking…" meanwhile. */
const ANSWER_TIMEOUT_MS = 10_000;

export type CheckTabResult =
  | { status: 'match'; verdict: Verdict }
  | { status: 'no-match' }
  /** The browser does not let extensions into this tab (its own pages, web stores, no grant). */
  | { status: 'cannot-run' }
  /** Injected, but the detector did not answer in time (the tab navigated away, say). */
  | { status: 'no-answer' };

const waiting = new Map<number, Set<(verdict: Verdict) => void>>();

/** Called by the background for every verdict a tab's top frame sends. */
export function verdictArrived(tabId: number, verdict: Verdict): void {
  const listeners = waiting.get(tabId);
  if (!listeners) return;
  waiting.delete(tabId);
  for (const resolve of listeners) resolve(verdict);
}

function nextVerdict(tabId: number, timeoutMs: number): { promise: Promise<Verdict | null>; cancel(): void } {
  let done: (v: Verdict | null) => void = () => {};
  const promise = new Promise<Verdict | null>((resolve) => (done = resolve));
  const listener = (verdict: Verdict) => finish(verdict);
  const timer = setTimeout(() => finish(null), timeoutMs);
  function finish(v: Verdict | null) {
    clearTimeout(timer);
    waiting.get(tabId)?.delete(listener);
    if (waiting.get(tabId)?.size === 0) waiting.delete(tabId);
    done(v);
  }
  if (!waiting.has(tabId)) waiting.set(tabId, new Set());
  waiting.get(tabId)!.add(listener);
  return { promise, cancel: () => finish(null) };
}

/** Serialised into the tab by the scripting API: self-contained, the flag name is an argument. */
function markForcedCheck(flag: string): void {
  (globalThis as Record<string, unknown>)[flag] = true;
}

export async function checkTabNow(tabId: number, timeoutMs = ANSWER_TIMEOUT_MS): Promise<CheckTabResult> {
  // Listen before injecting: a fast detector can answer before executeScript resolves.
  const answer = nextVerdict(tabId, timeoutMs);
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: markForcedCheck, args: [FORCE_CHECK_FLAG] });
    await browser.scripting.executeScript({ target: { tabId }, files: [DETECTOR_SCRIPT] });
  } catch {
    answer.cancel();
    return { status: 'cannot-run' };
  }
  const verdict = await answer.promise;
  if (verdict === null) return { status: 'no-answer' };
  return verdict.match ? { status: 'match', verdict } : { status: 'no-match' };
}
