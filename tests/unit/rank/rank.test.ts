// The ranking the sidebar shows, on the real knowledge base: the causes that fit the situation
// an article describes come first, everyday causes before medical conditions, and a saved
// self-check moves the causes that fit the person up.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { kb } from '@/knowledge/index';
import type { Answers } from '@/knowledge/assess/answers';
import { rankCauses, topCauses, type RankInput } from '@/knowledge/rank/rank';
import { CAUSE_IDS, CONTEXTS, type CauseId } from '@/knowledge/vocabulary';

const ids = (input: RankInput, n = 3) =>
  rankCauses(input, kb.causes)
    .slice(0, n)
    .map((r) => r.cause.id);
const position = (input: RankInput, id: CauseId) => rankCauses(input, kb.causes).findIndex((r) => r.cause.id === id);
const isMedical = (id: CauseId) => kb.causes.find((c) => c.id === id)?.kind === 'medical-condition';
const answers = (a: Partial<Answers>): Answers => ({ when: [], duration: 'first-time', factors: [], flags: [], ...a });

describe('what the article describes', () => {
  test('a stretching article puts warm-up and flexibility first, above kidney disease', () => {
    const top = ids({ contexts: ['stretching'], mentioned: [] }, 2);
    expect(top.sort()).toEqual(['insufficient-warm-up', 'poor-flexibility']);
    expect(position({ contexts: ['stretching'], mentioned: [] }, 'kidney-disease')).toBeGreaterThan(5);
  });

  test('a stretching article that lists kidney disease among its causes still leads with everyday causes', () => {
    const input: RankInput = {
      contexts: ['stretching'],
      mentioned: ['muscle-fatigue', 'dehydration', 'kidney-disease', 'insufficient-warm-up', 'poor-flexibility'],
    };
    const top = ids(input);
    expect(top.some((id) => id === 'insufficient-warm-up' || id === 'poor-flexibility')).toBe(true);
    expect(position(input, 'kidney-disease')).toBeGreaterThan(position(input, 'poor-flexibility'));
    expect(top.every((id) => !isMedical(id))).toBe(true);
  });

  test('after exercise: fatigue leads, with fuel and fluids close behind', () => {
    const top = ids({ contexts: ['after-exercise'], mentioned: [] }, 4);
    expect(top[0]).toBe('muscle-fatigue');
    expect(top).toEqual(expect.arrayContaining(['energy-depletion', 'dehydration']));
  });

  test('twitching: stress, caffeine and a sensitive nervous system, not motor neuron disease', () => {
    const input: RankInput = { contexts: ['twitching'], mentioned: [] };
    expect(ids(input).sort()).toEqual(['caffeine-stimulants', 'nervous-system-sensitivity', 'stress-anxiety']);
    // Below every everyday cause that fits twitching, so not among the (at most six) cards.
    const everyday = kb.causes.filter((c) => c.kind !== 'medical-condition' && c.contexts.twitching).map((c) => position(input, c.id));
    expect(position(input, 'motor-neuron-disease')).toBeGreaterThan(Math.max(...everyday));
    expect(topCauses(rankCauses(input, kb.causes)).map((r) => r.cause.id)).not.toContain('motor-neuron-disease');
  });

  test('a heel-raise article leads with strength and balance between the sides', () => {
    expect(ids({ contexts: ['heel-raise'], mentioned: [] }, 2).sort()).toEqual(['muscle-imbalance', 'poor-conditioning']);
  });

  test('the article’s own causes move up, most mentioned first', () => {
    const plain = position({ contexts: ['during-exercise'], mentioned: [] }, 'caffeine-stimulants');
    const mentioned = position({ contexts: ['during-exercise'], mentioned: ['caffeine-stimulants'] }, 'caffeine-stimulants');
    expect(mentioned).toBeLessThan(plain);
    expect(mentioned).toBe(0);
  });
});

describe('medical conditions', () => {
  test('do not lead a night-time article that is not about them', () => {
    const top = rankCauses({ contexts: ['night'], mentioned: [] }, kb.causes)[0]!;
    expect(top.cause.kind).not.toBe('medical-condition');
  });

  test('lead when the article is about them', () => {
    expect(ids({ contexts: ['night', 'at-rest'], mentioned: ['restless-legs-syndrome'] }, 1)).toEqual(['restless-legs-syndrome']);
  });

  test('never lead unless they are the article’s main cause (any contexts, any mentions)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...CONTEXTS), { maxLength: 4 }),
        fc.uniqueArray(fc.constantFrom(...CAUSE_IDS), { maxLength: 6 }),
        (contexts, mentioned) => {
          const [first] = rankCauses({ contexts, mentioned }, kb.causes);
          const everydayWithEvidence = rankCauses({ contexts, mentioned }, kb.causes).some(
            (r) => r.cause.kind !== 'medical-condition' && r.score > 0,
          );
          if (first!.cause.kind === 'medical-condition' && everydayWithEvidence) {
            expect(first!.cause.id).toBe(mentioned[0]);
          }
        },
      ),
    );
  });
});

describe('blended with a saved self-check', () => {
  test('skipping meals moves running out of fuel to the top after exercise', () => {
    const page: RankInput = { contexts: ['after-exercise'], mentioned: [] };
    expect(ids(page, 1)).toEqual(['muscle-fatigue']);
    const ranked = rankCauses({ ...page, selfCheck: answers({ when: ['after-exercise'], factors: ['skipped-meal'] }) }, kb.causes);
    expect(ranked[0]!.cause.id).toBe('energy-depletion');
    expect(ranked[0]!.reasons).toContainEqual({ kind: 'self-check-factor', factor: 'skipped-meal' });
  });

  test('no warm-up reported: warm-up leads a stretching article', () => {
    const input: RankInput = {
      contexts: ['stretching'],
      mentioned: [],
      selfCheck: answers({ when: ['stretching'], factors: ['no-warm-up'] }),
    };
    expect(ids(input, 1)).toEqual(['insufficient-warm-up']);
  });

  test('the person’s answers alone never make a medical condition lead', () => {
    const selfCheck = answers({ when: ['at-rest', 'night'], duration: 'months', factors: ['over-60', 'diabetes', 'pregnancy'] });
    const [first] = rankCauses({ contexts: ['during-exercise'], mentioned: [], selfCheck }, kb.causes);
    expect(first!.cause.kind).not.toBe('medical-condition');
  });

  test('an empty self-check changes nothing', () => {
    const page: RankInput = { contexts: ['stretching', 'after-exercise'], mentioned: ['dehydration'] };
    expect(ids({ ...page, selfCheck: answers({}) }, 10)).toEqual(ids(page, 10));
  });
});

describe('the cards to show', () => {
  test('every cause is ranked exactly once, in a stable order', () => {
    const input: RankInput = { contexts: ['during-exercise'], mentioned: ['dehydration'] };
    const a = ids(input, 99);
    expect(new Set(a).size).toBe(kb.causes.length);
    expect(ids(input, 99)).toEqual(a);
  });

  test('at least three, topped up with everyday causes when the page says little', () => {
    const shown = topCauses(rankCauses({ contexts: [], mentioned: [] }, kb.causes));
    expect(shown.length).toBe(3);
    expect(shown.every((r) => r.cause.kind !== 'medical-condition')).toBe(true);
  });

  test('at most six, only causes with some evidence when there are enough', () => {
    const shown = topCauses(rankCauses({ contexts: ['during-exercise', 'after-exercise'], mentioned: [] }, kb.causes));
    expect(shown.length).toBe(6);
    expect(shown.every((r) => r.score > 0)).toBe(true);
  });
});
