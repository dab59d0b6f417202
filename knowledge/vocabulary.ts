// The ids that the self-check, the detector, the ranking and the knowledge base share.
// Labels and wording live in data/vocabulary.json; only the ids are code, so that the
// compiler catches a misspelt id anywhere in the project.

export const CONTEXTS = ['stretching', 'during-exercise', 'after-exercise', 'heel-raise', 'at-rest', 'night', 'twitching'] as const;
export type Context = (typeof CONTEXTS)[number];

export const FACTORS = [
  'hard-workout',
  'new-routine',
  'back-after-break',
  'no-warm-up',
  'long-holds',
  'tight-muscles',
  'one-side-weaker',
  'low-fluids',
  'heavy-sweating',
  'skipped-meal',
  'caffeine',
  'stress',
  'poor-sleep',
  'alcohol',
  'new-medication',
  'pregnancy',
  'diabetes',
  'kidney-disease',
  'over-60',
] as const;
export type Factor = (typeof FACTORS)[number];

/** Most urgent first, in the order of TRIAGE_LEVELS (the validator checks the data keeps it). */
export const RED_FLAGS = [
  // emergency
  'face-arm-speech',
  'sudden-one-side-weakness',
  'chest-pain',
  'palpitations-faint',
  'fainted-exercising',
  'seizure',
  // The id predates the separate fainting and fit signs; it is kept so that saved checks still
  // read. It now means confusion or unusual drowsiness.
  'confusion-or-fainting',
  'heatstroke',
  'cold-pale-leg',
  // emergency-department
  'water-overload',
  'saddle-numbness',
  'dark-urine',
  'head-injury',
  // urgent
  'overheated',
  'alcohol-withdrawal',
  'serotonin-signs',
  'calf-pain-swelling',
  'fever',
  'weakness-or-falls',
  // doctor
  'numbness-tingling',
  'shaking-at-rest',
  'getting-worse',
  'urge-to-move',
  'sleep-disrupted',
  'daily-life',
] as const;
export type RedFlagId = (typeof RED_FLAGS)[number];

export const DURATIONS = ['first-time', 'days', 'weeks', 'months'] as const;
export type Duration = (typeof DURATIONS)[number];

/**
 * Most urgent first; the order is the ranking used everywhere. emergency: call an ambulance
 * now; emergency-department: go to an emergency department or urgent care now; urgent: speak
 * to a doctor or a nurse line today; doctor: book a visit; self-care: look after it yourself.
 */
export const TRIAGE_LEVELS = ['emergency', 'emergency-department', 'urgent', 'doctor', 'self-care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];
/** A red flag is never self-care. */
export type RedFlagLevel = Exclude<TriageLevel, 'self-care'>;
/** The levels a sign can have, most urgent first. */
export const RED_FLAG_LEVELS = TRIAGE_LEVELS.filter((l): l is RedFlagLevel => l !== 'self-care');

/** First aid the self-check can show, in the order it is shown when several apply. */
export const FIRST_AID = [
  'call-emergency',
  // Only if they stop breathing; it comes before anything that needs them awake.
  'start-cpr',
  'treat-low-sugar',
  'stroke-note-time',
  'seizure-first-aid',
  'after-a-faint',
  'cool-down-now',
  'no-more-water',
  'stop-and-rest',
] as const;
export type FirstAidId = (typeof FIRST_AID)[number];

export const CAUSE_KINDS = ['training-and-effort', 'fluids-and-food', 'body-and-habits', 'medical-condition'] as const;
export type CauseKind = (typeof CAUSE_KINDS)[number];

/** The causes every part of Steady may refer to by id. */
export const CAUSE_IDS = [
  'muscle-fatigue',
  'neuromuscular-fatigue',
  'overexertion',
  'energy-depletion',
  'insufficient-warm-up',
  'poor-flexibility',
  'poor-conditioning',
  'muscle-imbalance',
  'dehydration',
  'electrolyte-imbalance',
  'stress-anxiety',
  'caffeine-stimulants',
  'alcohol',
  'poor-sleep',
  'medication-side-effects',
  'nervous-system-sensitivity',
  'age-related-muscle-loss',
  'restless-legs-syndrome',
  'essential-tremor',
  'peripheral-neuropathy',
  'motor-neuron-disease',
  'cerebellar-dysfunction',
  'parkinsons-disease',
  'multiple-sclerosis',
  'thyroid-disorder',
  'diabetes',
  'peripheral-vascular-disease',
  'spinal-nerve-compression',
  'kidney-disease',
  'iron-deficiency',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** Lower is more urgent. */
export function urgencyRank(level: TriageLevel): number {
  return TRIAGE_LEVELS.indexOf(level);
}

/** The more urgent of two levels. */
export function moreUrgent(a: TriageLevel, b: TriageLevel): TriageLevel {
  return urgencyRank(a) <= urgencyRank(b) ? a : b;
}

/**
 * Red flags grouped by how soon to act, most urgent first, empty groups left out: one grouping
 * for the sidebar's "When to get help" and the popup's "Watch for these signs".
 */
export function byUrgency<T extends { level: RedFlagLevel }>(flags: readonly T[]): { level: RedFlagLevel; flags: T[] }[] {
  return RED_FLAG_LEVELS.map((level) => ({ level, flags: flags.filter((f) => f.level === level) })).filter((g) => g.flags.length > 0);
}

/** The self-check's fields, in the order a draft holds them (components/popup/draft.ts). Here,
 * not in schema.ts, so that the popup's questions load without the full Zod library. */
export const SELF_CHECK_FIELDS = ['now', 'when', 'duration', 'factors', 'signs'] as const;
