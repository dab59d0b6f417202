// The benchmark's arithmetic: medians and percentiles over pages, and a trace's script time with
// nested events counted once and other threads left out.
import { expect, test } from 'vitest';
import { median, percentile, traceScriptTime, type TraceEvent } from '@/scripts/bench-stats';

test('median and nearest-rank percentile', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
  expect(percentile(ten, 0.9)).toBe(9);
  expect(percentile(ten, 1)).toBe(10);
  expect(percentile([7], 0.9)).toBe(7);
});

test('a trace’s script time: the page’s main thread only, nested and overlapping events once', () => {
  const url = 'http://127.0.0.2:1/page.html';
  const main = { pid: 1, tid: 1, ph: 'X' };
  const events: TraceEvent[] = [
    { ...main, name: 'ParseHTML', ts: 0, dur: 100, args: { beginData: { url } } },
    // 1,000 µs of EvaluateScript with a compile and a call inside it: 1 ms, not 1.7.
    { ...main, name: 'EvaluateScript', ts: 1_000, dur: 1_000 },
    { ...main, name: 'v8.compile', ts: 1_100, dur: 300 },
    { ...main, name: 'FunctionCall', ts: 1_500, dur: 400 },
    // A microtask run that starts inside and ends after it: 500 µs more.
    { ...main, name: 'RunMicrotasks', ts: 1_800, dur: 700 },
    // Not script, another thread, another process: none of them counts.
    { ...main, name: 'Layout', ts: 3_000, dur: 5_000 },
    { ...main, tid: 2, name: 'v8.run', ts: 3_000, dur: 5_000 },
    { ...main, pid: 2, name: 'v8.run', ts: 3_000, dur: 5_000 },
    { ...main, name: 'TimerFire', ts: 9_000, dur: 250 },
  ];
  expect(traceScriptTime(events, url)).toBeCloseTo(1.75, 6);
  expect(traceScriptTime(events, 'http://elsewhere/')).toBeNaN();
});
