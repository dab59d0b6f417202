// What the context and factor weights in causes.json are meant to say, checked with the
// plainest possible reading (add up the weights that match) so an edit that changes the
// meaning fails here, whatever the ranking code does with the weights later.
import { describe, expect, test } from 'vitest';
import { kb } from '@/knowledge/index';
import type { CauseId, Context, Factor } from '@/knowledge/vocabulary';

function plainOrder(contexts: Context[], factors: Factor[]): string[] {
  const score = (c: (typeof kb.causes)[number]) =>
    contexts.reduce((sum, k) => sum + (c.contexts[k] ?? 0), 0) + factors.reduce((sum, k) => sum + (c.factors[k] ?? 0), 0);
  return [...kb.causes].sort((a, b) => score(b) - score(a)).map((c) => c.id);
}

const medical = new Set<string>(kb.causes.filter((c) => c.kind === 'medical-condition').map((c) => c.id));

describe('weights point to the likely causes first', () => {
  test.each<[string, Context[], Factor[], CauseId[]]>([
    [
      'long holds in a stretch with tight muscles',
      ['stretching'],
      ['long-holds', 'tight-muscles'],
      ['poor-flexibility', 'insufficient-warm-up'],
    ],
    ['a stretch without a warm-up', ['stretching'], ['no-warm-up'], ['insufficient-warm-up', 'poor-flexibility']],
    ['after a hard workout', ['after-exercise'], ['hard-workout'], ['muscle-fatigue', 'overexertion']],
    ['training on an empty stomach', ['during-exercise'], ['skipped-meal'], ['energy-depletion']],
    ['at rest, at night', ['night', 'at-rest'], [], ['restless-legs-syndrome']],
    ['twitching after caffeine', ['twitching'], ['caffeine'], ['caffeine-stimulants', 'nervous-system-sensitivity']],
    ['twitching under stress', ['twitching'], ['stress'], ['stress-anxiety', 'nervous-system-sensitivity']],
    ['one weaker calf on a heel raise', ['heel-raise'], ['one-side-weaker'], ['muscle-imbalance']],
    [
      'after a sweaty session with little to drink',
      ['after-exercise'],
      ['low-fluids', 'heavy-sweating'],
      ['dehydration', 'electrolyte-imbalance'],
    ],
    ['back after a break', ['after-exercise'], ['back-after-break'], ['overexertion']],
    ['at rest after a new medicine', ['at-rest'], ['new-medication'], ['medication-side-effects']],
  ])('%s', (_name, contexts, factors, top) => {
    expect(plainOrder(contexts, factors).slice(0, top.length).sort()).toEqual([...top].sort());
  });

  test('plain exercise fatigue never puts a medical condition in the top five', () => {
    for (const [contexts, factors] of [
      [['after-exercise'], ['hard-workout']],
      [['during-exercise'], ['hard-workout', 'new-routine']],
      [['stretching'], ['long-holds']],
      [['heel-raise'], ['hard-workout']],
    ] as [Context[], Factor[]][]) {
      expect(
        plainOrder(contexts, factors)
          .slice(0, 5)
          .filter((id) => medical.has(id)),
        `${contexts} + ${factors}`,
      ).toEqual([]);
    }
  });

  test('rare conditions carry only modest weights', () => {
    // Typed ids: renaming a cause fails to compile here. And each must have an entry with
    // weights (Math.max() of nothing is -Infinity, which would pass).
    const rare: CauseId[] = [
      'motor-neuron-disease',
      'multiple-sclerosis',
      'cerebellar-dysfunction',
      'essential-tremor',
      'parkinsons-disease',
    ];
    for (const id of rare) {
      const cause = kb.causes.find((c) => c.id === id);
      expect(cause, id).toBeDefined();
      const weights = [...Object.values(cause!.contexts), ...Object.values(cause!.factors)];
      expect(weights.length, id).toBeGreaterThan(0);
      expect(Math.max(...weights), id).toBeLessThanOrEqual(2);
      expect(
        weights.reduce((a, b) => a + b, 0),
        id,
      ).toBeLessThanOrEqual(4);
    }
  });
});
