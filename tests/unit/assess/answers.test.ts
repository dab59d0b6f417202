// The answers schema: what it accepts, and errors in plain words that name the field.
import { describe, expect, test } from 'vitest';
import { parseAnswers } from '@/knowledge/assess/answers';

function errors(input: unknown): string[] {
  const parsed = parseAnswers(input);
  if (parsed.ok) throw new Error('expected the answers to be rejected');
  return parsed.errors;
}

describe('answers', () => {
  test('accepts a full answer and keeps it as given', () => {
    const parsed = parseAnswers({ when: ['night', 'at-rest'], duration: 'weeks', factors: ['stress'], flags: ['fever'] });
    expect(parsed).toEqual({
      ok: true,
      answers: { when: ['night', 'at-rest'], duration: 'weeks', factors: ['stress'], flags: ['fever'] },
    });
  });

  test('factors and flags may be left out; a repeated id counts once', () => {
    expect(parseAnswers({ when: ['stretching', 'stretching'], duration: 'days' })).toEqual({
      ok: true,
      answers: { when: ['stretching'], duration: 'days', factors: [], flags: [] },
    });
  });

  test('a misspelt context names the field, the entry and the choices', () => {
    const [line, ...rest] = errors({ when: ['after-exercise', 'streching'], duration: 'days' });
    expect(rest).toEqual([]);
    expect(line).toContain('"when" (when it happens)');
    expect(line).toContain('entry 2, "streching"');
    expect(line).toContain('stretching, during-exercise');
  });

  test('a missing or unknown duration says which durations exist', () => {
    expect(errors({ when: [] })).toEqual([
      '"duration" (how long it has been going on) is missing: give one of first-time, days, weeks, months.',
    ]);
    expect(errors({ when: [], duration: 'yesterday' })).toEqual([
      '"duration" (how long it has been going on): "yesterday" is not one of: first-time, days, weeks, months.',
    ]);
  });

  test('a field that is not a list, or is missing, is named', () => {
    const lines = errors({ duration: 'days', factors: 'caffeine' });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^"when" \(when it happens\) is missing/);
    expect(lines[1]).toMatch(/^"factors" \(what else is going on\) must be a list of any of: hard-workout/);
  });

  test('an unknown red flag or factor is quoted back', () => {
    expect(errors({ when: [], duration: 'days', flags: ['headache'] })[0]).toContain('"flags" (the signs noticed): entry 1, "headache"');
    expect(errors({ when: [], duration: 'days', factors: [42] })[0]).toContain('"factors" (what else is going on): entry 1, 42');
  });

  test('an unknown field is an error, not silently ignored', () => {
    expect(errors({ when: [], duration: 'days', age: 70 })).toEqual([
      '"age" is not a field of the answers; the fields are when, duration, factors and flags.',
    ]);
  });

  test('something that is not an object says what is expected', () => {
    for (const input of [null, [], 'stretching', 3]) {
      expect(errors(input)).toEqual(['The answers must be one object with the fields when, duration, factors and flags.']);
    }
  });

  test('a long wrong value is shortened when quoted', () => {
    const [line] = errors({ when: ['x'.repeat(200)], duration: 'days' });
    expect(line!.length).toBeLessThan(200);
    expect(line).toContain('...');
  });
});
