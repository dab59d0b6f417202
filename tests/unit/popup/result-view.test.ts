// What the popup's result screen says for a saved check, checked without a browser.
import { describe, expect, test } from 'vitest';
import { resultView } from '@/components/popup/result-view';
import type { SavedCheck } from '@/components/shared/saved-check';
import type { Answers } from '@/knowledge/assess/answers';

const savedAt = '2026-05-03T09:30:00.000Z';
const check = (answers: Answers): SavedCheck => ({ answers, savedAt });

const afterSquats: Answers = { when: ['after-exercise'], duration: 'first-time', factors: ['hard-workout', 'new-routine'], flags: [] };

describe('a self-care check after a hard new workout', () => {
  const view = resultView(check(afterSquats), true, 'en-GB');
  if (view.kind !== 'result') throw new Error('expected a result');

  test('leads with the three best fits and keeps the rest one tap away, numbered on', () => {
    expect(view.triage).toBe('self-care');
    expect(view.leading).toHaveLength(3);
    expect(view.leading.map((c) => c.id)).toContain('muscle-fatigue');
    expect(view.more.length).toBeGreaterThan(0);
    expect(new Set([...view.leading, ...view.more].map((c) => c.id)).size).toBe(view.leading.length + view.more.length);
  });

  test('has tips under "What you can do", questions for the leading causes, and no first aid', () => {
    expect(view.tipsTitle).toBe('What you can do');
    expect(view.tips.length).toBeGreaterThan(0);
    expect(view.tips.every((t) => t.action.length > 0)).toBe(true);
    expect(view.questions.length).toBeGreaterThan(0);
    // Each is about a leading cause, or the one general question (about no cause), last.
    const leading = new Set(view.leading.map((c) => c.id));
    const general = view.questions.filter((q) => q.causes.length === 0);
    expect(general.length).toBeLessThanOrEqual(1);
    expect(view.questions.slice(0, view.questions.length - general.length).every((q) => q.causes.some((c) => leading.has(c)))).toBe(true);
    expect(view.firstAid).toEqual([]);
  });

  test('lists the signs to watch for and a doctor summary with the answers', () => {
    expect(view.watchFor).toContain('chest-pain');
    expect(view.doctorSummary).toMatch(/after a workout/i);
  });

  test('says where and since when it is saved, in the reader’s locale', () => {
    expect(view.savedNote).toBe('Saved in this browser only, on 3 May 2026 at 09:30. Steady shows it when you open it again.');
    expect(view.canForget).toBe(true);
  });
});

test('a check the browser could not save says it will be gone, and offers nothing to forget', () => {
  const view = resultView(check(afterSquats), false, 'en-GB');
  expect(view).toMatchObject({
    kind: 'result',
    canForget: false,
    savedNote: 'Steady could not save this check in the browser; it will be gone when you close this window.',
  });
});

test('overheated after exertion: first aid resolved in order, "While you wait", and no common questions', () => {
  const view = resultView(check({ when: ['during-exercise'], duration: 'first-time', factors: [], flags: ['overheated'] }), true, 'en-GB');
  if (view.kind !== 'result') throw new Error('expected a result');
  expect(view.triage).toBe('urgent');
  expect(view.firstAid.map((a) => a.id)).toEqual(['cool-down-now', 'stop-and-rest']);
  expect(view.firstAid.every((a) => a.steps.length > 0)).toBe(true);
  expect(view.tipsTitle).toBe('While you wait');
  expect(view.questions).toEqual([]);
});

test('an emergency gives the emergency screen only: the signs and the first aid, CPR among it', () => {
  const view = resultView(check({ when: ['during-exercise'], duration: 'first-time', factors: [], flags: ['chest-pain'] }), true, 'en-GB');
  expect(view).toEqual({ kind: 'emergency', flags: ['chest-pain'], firstAid: ['call-emergency', 'start-cpr', 'stop-and-rest'] });
});
