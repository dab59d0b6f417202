// "Common questions": the answers (knowledge/data/faq.json) that fit what is shown. A question
// counts for every cause on screen it is about, more for a cause higher up, so the first
// questions are about the best-fitting causes; one general question (about no cause in
// particular, such as when to see a doctor) always comes last.
import type { Faq } from './schema';
import type { CauseId } from './vocabulary';

export const MAX_QUESTIONS = 3;

export function questionsFor(causes: readonly CauseId[], faq: readonly Faq[], max = MAX_QUESTIONS): Faq[] {
  const general = faq.filter((q) => q.causes.length === 0).slice(0, 1);
  const scored = faq
    .map((q, order) => ({ q, order, score: causes.reduce((sum, c, i) => sum + (q.causes.includes(c) ? 1 / (1 + i) : 0), 0) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((s) => s.q);
  return [...scored.slice(0, Math.max(0, max - general.length)), ...general];
}
