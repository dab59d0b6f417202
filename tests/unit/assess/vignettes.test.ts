// Every vignette reaches its triage and shows its expected causes among the first three.
import { describe, expect, test } from 'vitest';
import { assess } from '@/knowledge/assess/assess';
import { Answers } from '@/knowledge/assess/answers';
import { causeById } from '@/knowledge/index';
import { CONTEXTS, RED_FLAGS } from '@/knowledge/vocabulary';
import { VIGNETTES } from './vignettes';

describe('case vignettes', () => {
  test('there are at least 25, each with its own story', () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(VIGNETTES.map((v) => v.story)).size).toBe(VIGNETTES.length);
  });

  test('together they cover every context and every red flag', () => {
    const contexts = new Set(VIGNETTES.flatMap((v) => v.answers.when));
    const flags = new Set(VIGNETTES.flatMap((v) => v.answers.flags ?? []));
    expect(CONTEXTS.filter((c) => !contexts.has(c))).toEqual([]);
    expect(RED_FLAGS.filter((f) => !flags.has(f))).toEqual([]);
  });

  test('they cover every triage level', () => {
    expect(new Set(VIGNETTES.map((v) => v.triage))).toEqual(new Set(['emergency', 'urgent', 'doctor', 'self-care']));
  });

  test.each(VIGNETTES.map((v) => [v.story, v] as const))('%s', (_story, v) => {
    const result = assess(Answers.parse(v.answers));
    expect(result.triage).toBe(v.triage);
    const topThree = result.causes.slice(0, 3).map((c) => c.id);
    for (const id of v.topThree) expect(topThree, `${id} in the first three`).toContain(id);
    if (v.triage === 'emergency') {
      expect(result.causes).toEqual([]);
      expect(result.tips).toEqual([]);
    }
    if (v.triage === 'self-care') {
      // No needless alarm: a plain training story never leads with a medical condition.
      expect(causeById(result.causes[0]!.id)?.kind).not.toBe('medical-condition');
    }
  });
});
