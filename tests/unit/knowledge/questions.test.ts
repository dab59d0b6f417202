// Which common questions show beside the causes: the best-fitting causes' questions first, one
// general question last, never more than three.
import { describe, expect, test } from 'vitest';
import { kb } from '@/knowledge/index';
import { MAX_QUESTIONS, questionsFor } from '@/knowledge/questions';
import { CAUSE_IDS } from '@/knowledge/vocabulary';

describe('questionsFor', () => {
  test('questions about the leading causes first, ties in the file’s order, the general one last', () => {
    // is-it-serious, does-warming-up-help and why-shake-when-stretching name both causes: a tie,
    // kept in the file's order.
    const ids = questionsFor(['poor-flexibility', 'insufficient-warm-up'], kb.faq).map((q) => q.id);
    expect(ids).toEqual(['is-it-serious', 'does-warming-up-help', 'when-to-see-a-doctor']);
    expect(questionsFor(['muscle-imbalance'], kb.faq, 2).map((q) => q.id)).toEqual(['which-exercises-help', 'when-to-see-a-doctor']);
  });

  test('a cause with one question: that question, then the general one', () => {
    expect(questionsFor(['medication-side-effects'], kb.faq).map((q) => q.id)).toEqual(['can-medicines-cause-it', 'when-to-see-a-doctor']);
  });

  test('for any causes: at most three, each once, the general one last, every other about a cause shown', () => {
    for (let i = 0; i < CAUSE_IDS.length; i++) {
      const causes = [CAUSE_IDS[i]!, CAUSE_IDS[(i + 7) % CAUSE_IDS.length]!, CAUSE_IDS[(i + 13) % CAUSE_IDS.length]!];
      const shown = questionsFor(causes, kb.faq);
      expect(shown.length).toBeLessThanOrEqual(MAX_QUESTIONS);
      expect(new Set(shown).size).toBe(shown.length);
      expect(shown.at(-1)!.causes).toEqual([]);
      for (const q of shown.slice(0, -1)) expect(q.causes.some((c) => causes.includes(c))).toBe(true);
    }
  });
});
