// The saved self-check: stored with its date, read back validated; anything damaged reads as
// "none" instead of breaking the popup or the sidebar.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetCheck, loadSavedCheck, saveCheck } from '@/components/shared/saved-check';
import { parseSavedCheck } from '@/components/shared/saved-check-schema';
import type { Answers } from '@/knowledge/assess/answers';

const answers: Answers = { when: ['night'], duration: 'weeks', factors: ['pregnancy'], flags: ['urge-to-move'] };

beforeEach(() => fakeBrowser.reset());

describe('saved check', () => {
  test('is saved in local storage with its date and read back', async () => {
    const saved = await saveCheck(answers, new Date('2026-05-01T08:30:00Z'));
    expect(saved).toEqual({ answers, savedAt: '2026-05-01T08:30:00.000Z' });
    expect(await loadSavedCheck()).toEqual(saved);
    const raw = await fakeBrowser.storage.local.get('selfCheck');
    expect(raw.selfCheck).toEqual(saved);
  });

  test('is nothing when none was saved, and nothing again once forgotten', async () => {
    expect(await loadSavedCheck()).toBeNull();
    await saveCheck(answers);
    await forgetCheck();
    expect(await loadSavedCheck()).toBeNull();
    expect(await fakeBrowser.storage.local.get('selfCheck')).toEqual({});
  });

  test('tells the popup a value is stored before checking it, and says nothing when there is none', async () => {
    let told = 0;
    expect(await loadSavedCheck(() => told++)).toBeNull();
    expect(told).toBe(0);
    await fakeBrowser.storage.local.set({ selfCheck: 'damaged' });
    expect(await loadSavedCheck(() => told++)).toBeNull();
    expect(told).toBe(1);
    await saveCheck(answers);
    expect((await loadSavedCheck(() => told++))?.answers).toEqual(answers);
    expect(told).toBe(2);
  });

  test.each([
    ['a string', 'hello'],
    ['a number', 42],
    ['an empty object', {}],
    ['answers without a date', { answers }],
    ['a bad date', { answers, savedAt: 'yesterday' }],
    ['an unknown context', { answers: { ...answers, when: ['underwater'] }, savedAt: '2026-05-01T08:30:00.000Z' }],
    ['answers that are not an object', { answers: [1, 2], savedAt: '2026-05-01T08:30:00.000Z' }],
  ])('damaged data (%s) reads as no saved check', async (_name, value) => {
    await fakeBrowser.storage.local.set({ selfCheck: value });
    expect(await loadSavedCheck()).toBeNull();
  });

  test('a stored value from a newer version of Steady with extra fields still gives the answers', () => {
    const value = { answers, savedAt: '2026-05-01T08:30:00.000Z', note: 'from a later version' };
    expect(parseSavedCheck(value)?.answers).toEqual(answers);
  });
});
