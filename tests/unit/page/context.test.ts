// Steady's content-script context (components/page/context.ts): a newer copy of a script retires
// the older one; once retired, its callbacks have run once, its timers do nothing and its signal,
// made then or before, is aborted; a callback removed before the end never runs.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ContentScriptContext } from '@/components/page/context';

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', globalThis);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('a newer copy of the same script retires the older one, and its callbacks run once', () => {
  const older = new ContentScriptContext('context-test');
  const ended = vi.fn();
  const removed = vi.fn();
  older.onInvalidated(ended);
  older.onInvalidated(removed)();
  const newer = new ContentScriptContext('context-test');
  expect(older.signal.aborted).toBe(true);
  expect(newer.signal.aborted).toBe(false);
  older.abort();
  expect(ended).toHaveBeenCalledTimes(1);
  expect(removed).not.toHaveBeenCalled();
  newer.abort();
});

test('a retired context’s timers do nothing, and a signal asked for before the end is aborted with it', () => {
  const ctx = new ContentScriptContext('context-timers-test');
  const signal = ctx.signal;
  const once = vi.fn();
  const every = vi.fn();
  ctx.setTimeout(once, 1_000);
  ctx.setInterval(every, 1_000);
  vi.advanceTimersByTime(1_000);
  expect([once.mock.calls.length, every.mock.calls.length]).toEqual([1, 1]);
  ctx.setTimeout(once, 1_000);
  ctx.abort();
  expect(signal.aborted).toBe(true);
  vi.advanceTimersByTime(10_000);
  expect([once.mock.calls.length, every.mock.calls.length]).toEqual([1, 1]);
  expect(vi.getTimerCount()).toBe(0);
});
