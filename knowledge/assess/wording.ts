// What each triage level tells a person to do, and by when. Shown as the result's banner and
// in the summary for a doctor. Each red flag's own action must say the same thing as its level
// (LEVEL_PHRASES, checked by the validator), so the banner and the sign never disagree.
import type { Duration, RedFlagLevel, TriageLevel } from '../vocabulary';

export type TriageWords = { title: string; action: string };

export const TRIAGE_WORDS: Record<TriageLevel, TriageWords> = {
  emergency: {
    title: 'Call an ambulance now',
    action: 'Call your local emergency number now. Do not wait to see if it passes.',
  },
  'emergency-department': {
    title: 'Go to an emergency department now',
    action:
      'Go to an emergency department or urgent care now; do not wait for an appointment. ' +
      'Ask someone to take you rather than driving yourself.',
  },
  urgent: {
    title: 'Speak to a doctor today',
    action:
      'Speak to a doctor or a nurse line today: your doctor, an urgent care service or a medical helpline. ' +
      'Do not wait to see if it passes.',
  },
  doctor: {
    title: 'Book a visit to your doctor',
    action: 'Make an appointment for the next week or two, and act sooner if any sign below appears.',
  },
  'self-care': {
    title: 'You can likely look after this yourself',
    action:
      'Shaking like this often settles within a day or two with rest, fluids and food. ' +
      'See a doctor if it does not settle, gets worse, or any sign below appears.',
  },
};

/** Self-care that has gone on for weeks has already outlasted "a day or two". */
const SELF_CARE_LONGER: TriageWords = {
  title: TRIAGE_WORDS['self-care'].title,
  action:
    'Shaking like this is often linked to training or daily habits, and it can ease over a few weeks as you change them. ' +
    'See a doctor if it has not improved by then, gets worse, or any sign below appears.',
};

/** The words for a level, fitted to how long it has been going on. */
export function triageWords(level: TriageLevel, duration?: Duration): TriageWords {
  if (level === 'self-care' && (duration === 'weeks' || duration === 'months')) return SELF_CARE_LONGER;
  return TRIAGE_WORDS[level];
}

/**
 * What every red flag's action must say for its level, and what it must not: an urgent sign
 * that says "go to an emergency department now" is an emergency-department sign.
 */
export const LEVEL_PHRASES: Record<RedFlagLevel, { must: RegExp; mustNot?: RegExp; words: string }> = {
  emergency: { must: /^call your local emergency number now\b/i, words: 'begin "Call your local emergency number now"' },
  'emergency-department': {
    must: /\bemergency department [^.]*now\b/i,
    mustNot: /^call\b/i,
    words: 'say "emergency department … now" and not begin with "Call"',
  },
  urgent: {
    must: /\btoday\b/i,
    mustNot: /\b(emergency department|urgent care) now\b|^call your local emergency number now\b/i,
    words: 'say "today" and neither "emergency department now" nor begin "Call your local emergency number now"',
  },
  doctor: {
    must: /\b(appointment|book)\b/i,
    mustNot: /\b(today|emergency department)\b/i,
    words: 'say "appointment" or "book", and neither "today" nor "emergency department"',
  },
};

/** The heading over a group of signs to watch for, by the level they call for. */
export const IF_YOU_NOTICE: Record<RedFlagLevel, string> = {
  emergency: 'Call your local emergency number now if you notice:',
  'emergency-department': 'Go to an emergency department now if you notice:',
  urgent: 'Speak to a doctor today if you notice:',
  doctor: 'Book a visit to a doctor if you notice:',
};

export const DISCLAIMER = 'Steady gives information, not a diagnosis. If you are worried, ask a doctor.';
