// The self-check while it is being filled in, one field per step, and the answers it becomes.
import type { Answers } from '@/knowledge/assess/answers';
import type { Context, Duration, Factor, RedFlagId } from '@/knowledge/vocabulary';

export type Draft = {
  /** Step 1: emergency-level signs happening now. */
  now: RedFlagId[];
  /** Step 2. */
  when: Context[];
  /** Step 3; undefined until chosen. */
  duration: Duration | undefined;
  /** Step 4. */
  factors: Factor[];
  /** Step 5: the urgent and doctor-level signs. */
  signs: RedFlagId[];
};

export const EMPTY_DRAFT: Draft = { now: [], when: [], duration: undefined, factors: [], signs: [] };

export const STEP_COUNT = 5;

/** The finished draft as answers; null until a duration is chosen. */
export function draftToAnswers(draft: Draft): Answers | null {
  if (!draft.duration) return null;
  return {
    when: draft.when,
    duration: draft.duration,
    factors: draft.factors,
    flags: [...draft.now, ...draft.signs],
  };
}

/** A list with one id added or removed, keeping the order of `all`. */
export function toggled<T extends string>(list: readonly T[], id: T, on: boolean, all: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(id);
  else set.delete(id);
  return all.filter((x) => set.has(x));
}
