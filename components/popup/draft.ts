// The self-check while it is being filled in, one field per step, and the answers it becomes.
import type { Answers } from '@/knowledge/assess/answers';
import { SELF_CHECK_STEPS, type SelfCheckField } from '@/knowledge/self-check';
import { CONTEXTS, DURATIONS, FACTORS, RED_FLAGS, type Context, type Duration, type Factor, type RedFlagId } from '@/knowledge/vocabulary';

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

export const STEP_COUNT = SELF_CHECK_STEPS.length;

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

/** Every id a field may hold, in the order answers keep them. */
const FIELD_IDS: { [F in SelfCheckField]: readonly string[] } = {
  now: RED_FLAGS,
  when: CONTEXTS,
  duration: DURATIONS,
  factors: FACTORS,
  signs: RED_FLAGS,
};

/** What a field holds now, as a list (a duration not yet chosen is an empty one). */
export function selected(draft: Draft, field: SelfCheckField): readonly string[] {
  const value = draft[field];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/**
 * The draft with one choice ticked or unticked: a list keeps the vocabulary's order, the
 * duration is replaced. An id the field cannot hold changes nothing.
 */
export function choose(draft: Draft, field: SelfCheckField, id: string, on: boolean): Draft {
  const all = FIELD_IDS[field];
  if (!all.includes(id)) return draft;
  if (field === 'duration') return on ? { ...draft, duration: id as Duration } : draft;
  return { ...draft, [field]: toggled(selected(draft, field), id, on, all) };
}
