// "For your doctor": a short plain-text summary of the answers that a person can copy or print
// and bring to an appointment. It reports what the person said, in their own words from the
// self-check, and what Steady suggested; it names no cause, because that is the doctor's call.
import type { Answers } from './answers';
import type { AssessKnowledge } from './knowledge';
import type { TriageLevel } from '../vocabulary';
import { TRIAGE_WORDS } from './wording';

export type SummaryOptions = {
  /** When the check was done. */
  date: Date;
  /** BCP 47 locale for the date, e.g. "en-GB". */
  locale?: string;
  /** IANA time zone for the date; the runtime's own when left out. */
  timeZone?: string;
};

function labels<T extends string>(ids: readonly T[], entries: readonly { id: string; label: string }[]): string[] {
  return ids.map((id) => entries.find((e) => e.id === id)?.label ?? id);
}

export function doctorSummary(
  answers: Answers,
  level: TriageLevel,
  base: Pick<AssessKnowledge, 'vocabulary' | 'redFlags'>,
  options: SummaryOptions,
): string {
  const date = new Intl.DateTimeFormat(options.locale ?? 'en-GB', {
    dateStyle: 'long',
    timeZone: options.timeZone,
  }).format(options.date);
  const when = labels(answers.when, base.vocabulary.contexts);
  const duration = labels([answers.duration], base.vocabulary.durations);
  const factors = labels(answers.factors, base.vocabulary.factors);
  const signs = answers.flags.map((id) => base.redFlags.find((f) => f.id === id)?.notice ?? id);
  const list = (items: string[], none: string) => (items.length ? items.join('; ') : none);
  return [
    `Muscle shaking: self-check of ${date}`,
    `When it happens: ${list(when, 'not said')}`,
    `How long: ${list(duration, 'not said')}`,
    `What else is going on: ${list(factors, 'nothing else ticked')}`,
    `Warning signs noticed: ${list(signs, 'none of the listed signs')}`,
    `Steady suggested: ${TRIAGE_WORDS[level].title}`,
    'From the Steady browser extension: information, not a diagnosis.',
  ].join('\n');
}
