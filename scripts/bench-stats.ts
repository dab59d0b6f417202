// The few statistics the benchmarks report, and the script time in a trace of a page load.

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The value below which a share `q` (0–1) of the values lie (nearest rank). */
export function percentile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { beginData?: { url?: string } };
};
/** The main thread's JavaScript in a trace: running scripts, callbacks, microtasks, timers, compiling, making script contexts. */
export const SCRIPT_EVENTS = new Set([
  'v8.run',
  'v8.compile',
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'LocalWindowProxy::Initialize',
]);

/** ms of the page's main thread spent in SCRIPT_EVENTS, nested events counted once. */
export function traceScriptTime(events: readonly TraceEvent[], url: string): number {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) return NaN;
  const spans = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined && SCRIPT_EVENTS.has(e.name))
    .map((e) => [e.ts, e.ts + e.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}
