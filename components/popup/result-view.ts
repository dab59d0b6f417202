// What the result screen shows for a saved check, worked out without any DOM: the component only
// lays it out, and unit tests check the content itself (tests/unit/popup/result-view.test.ts).
import { assess, type Assessment } from '@/knowledge/assess/assess';
import type { ScoredCause } from '@/knowledge/assess/score';
import { doctorSummary } from '@/knowledge/assess/summary';
import { LEADING_CAUSES } from '@/knowledge/assess/tips';
import { firstAidById, kb, tipById } from '@/knowledge/index';
import { questionsFor } from '@/knowledge/questions';
import type { Faq, FirstAid, Tip } from '@/knowledge/schema';
import type { Duration, FirstAidId, RedFlagId } from '@/knowledge/vocabulary';
import type { SavedCheck } from '@/components/shared/saved-check';

export type ResultView =
  /** Calling for help is all the screen may show: the emergency screen stands alone. */
  | { kind: 'emergency'; flags: RedFlagId[]; firstAid: FirstAidId[] }
  | {
      kind: 'result';
      triage: Exclude<Assessment['triage'], 'emergency'>;
      duration: Duration;
      because: Assessment['because'];
      /** Shown before anything else. */
      firstAid: FirstAid[];
      /** The best fits, shown at once. */
      leading: ScoredCause[];
      /** The rest, one tap away, numbered on from the leading ones. */
      more: ScoredCause[];
      tipsTitle: string;
      tips: Tip[];
      /** Signs not ticked that would make it more urgent. */
      watchFor: RedFlagId[];
      /** Only when no help is needed today: questions about training and habits would distract. */
      questions: Faq[];
      doctorSummary: string;
      /** Where the check is kept, and since when. */
      savedNote: string;
      canForget: boolean;
    };

export function resultView(saved: SavedCheck, stored: boolean, locale: string): ResultView {
  const result = assess(saved.answers);
  if (result.triage === 'emergency') return { kind: 'emergency', flags: saved.answers.flags, firstAid: result.firstAid };
  const date = new Date(saved.savedAt);
  const leading = result.causes.slice(0, LEADING_CAUSES);
  const selfCare = result.triage === 'self-care' || result.triage === 'doctor';
  const savedOn = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  return {
    kind: 'result',
    triage: result.triage,
    duration: saved.answers.duration,
    because: result.because,
    firstAid: result.firstAid.map((id) => firstAidById(id)).filter((a): a is FirstAid => a !== undefined),
    leading,
    more: result.causes.slice(LEADING_CAUSES),
    tipsTitle: selfCare ? 'What you can do' : 'While you wait',
    tips: result.tips.map((id) => tipById(id)).filter((t): t is Tip => t !== undefined),
    watchFor: result.redFlags,
    questions: selfCare
      ? questionsFor(
          leading.map((c) => c.id),
          kb.faq,
        )
      : [],
    doctorSummary: doctorSummary(saved.answers, result.triage, kb, { date, locale }),
    savedNote: stored
      ? `Saved in this browser only, on ${savedOn}. Steady shows it when you open it again.`
      : 'Steady could not save this check in the browser; it will be gone when you close this window.',
    canForget: stored,
  };
}
