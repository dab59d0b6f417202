// The triage rules in knowledge/data/triage-rules.json, as a person would meet them.
import { describe, expect, test } from 'vitest';
import { assess } from '@/knowledge/assess/assess';
import type { Answers } from '@/knowledge/assess/answers';
import { ruleMatches, triage } from '@/knowledge/assess/triage';
import { kb } from '@/knowledge/index';
import { TriageRule } from '@/knowledge/schema';

const base: Answers = { when: ['after-exercise'], duration: 'first-time', factors: [], flags: [] };
const level = (a: Partial<Answers>) => assess({ ...base, ...a }).triage;

describe('triage rules', () => {
  test('are valid, with unique ids, and each has at least one condition', () => {
    for (const rule of kb.triageRules) {
      expect(TriageRule.safeParse(rule).success).toBe(true);
      expect(rule.durationAtLeast ?? rule.anyContext ?? rule.anyFactor).toBeDefined();
    }
    expect(new Set(kb.triageRules.map((r) => r.id)).size).toBe(kb.triageRules.length);
  });

  test('plain shaking after a workout, for days or weeks, stays self-care', () => {
    expect(level({})).toBe('self-care');
    expect(level({ duration: 'days', factors: ['hard-workout', 'low-fluids', 'caffeine'] })).toBe('self-care');
    expect(level({ duration: 'weeks', when: ['during-exercise', 'heel-raise'] })).toBe('self-care');
  });

  test('shaking for months is worth a doctor, whatever the situation', () => {
    expect(level({ duration: 'months' })).toBe('doctor');
  });

  test('weeks of shaking at rest, at night or as twitches is worth a doctor', () => {
    for (const when of [['at-rest'], ['night'], ['twitching']] as Answers['when'][]) {
      expect(level({ duration: 'weeks', when })).toBe('doctor');
      expect(level({ duration: 'days', when })).toBe('self-care');
    }
  });

  test('a sign that implies the situation counts: weeks of shaking at rest ticked only as a sign', () => {
    const rule = kb.triageRules.find((r) => r.id === 'weeks-at-rest-night-or-twitching')!;
    expect(ruleMatches(rule, { ...base, duration: 'weeks', flags: ['sleep-disrupted'] })).toBe(true);
  });

  test('a new medicine, diabetes or pregnancy is worth a doctor from the first time', () => {
    expect(level({ factors: ['new-medication'] })).toBe('doctor');
    expect(level({ factors: ['diabetes'] })).toBe('doctor');
    expect(level({ factors: ['pregnancy'] })).toBe('doctor');
  });

  test('over 60 or drinking: a doctor once it has lasted weeks', () => {
    expect(level({ factors: ['over-60'] })).toBe('self-care');
    expect(level({ factors: ['over-60'], duration: 'weeks' })).toBe('doctor');
    expect(level({ factors: ['alcohol'] })).toBe('self-care');
    expect(level({ factors: ['alcohol'], duration: 'weeks' })).toBe('doctor');
  });

  test('a sign sets at least its own level, and says why', () => {
    const result = triage({ ...base, flags: ['fever'], factors: ['diabetes'] }, kb);
    expect(result.level).toBe('urgent');
    expect(result.because.map((b) => b.id)).toEqual(['fever', 'diabetes']);
  });
});
