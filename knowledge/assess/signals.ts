// The situations an assessment reasons about: the ones the person chose, plus the ones a sign
// they ticked already says. "My legs shake when I sit still" is a situation even when it was
// ticked as a sign rather than as an answer to "when".
import type { Context, RedFlagId } from '../vocabulary';
import { CONTEXTS } from '../vocabulary';
import type { Answers } from './answers';

const SIGN_IMPLIES: Partial<Record<RedFlagId, readonly Context[]>> = {
  'shaking-at-rest': ['at-rest'],
  'sleep-disrupted': ['night'],
};

/** The chosen contexts and those implied by the chosen signs, in vocabulary order. */
export function effectiveContexts(answers: Pick<Answers, 'when' | 'flags'>): Context[] {
  const set = new Set<Context>(answers.when);
  for (const flag of answers.flags) for (const c of SIGN_IMPLIES[flag] ?? []) set.add(c);
  return CONTEXTS.filter((c) => set.has(c));
}
