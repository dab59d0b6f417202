// The result: what to do and by when, the first aid before anything else, then what may cause
// it and what helps, the signs to watch for, a summary for a doctor, and the saved check's date
// with one-click "Start over"/"Forget this".
import { useMemo, useState } from 'preact/hooks';
import { assess } from '@/knowledge/assess/assess';
import { doctorSummary } from '@/knowledge/assess/summary';
import { LEADING_CAUSES } from '@/knowledge/assess/tips';
import { DISCLAIMER } from '@/knowledge/assess/wording';
import { firstAidById, kb, tipById } from '@/knowledge/index';
import type { FirstAid, Tip } from '@/knowledge/schema';
import { FirstAidSteps } from '@/components/common/FirstAidSteps';
import { CommonQuestions } from '@/components/common/CommonQuestions';
import { questionsFor } from '@/knowledge/questions';
import type { SavedCheck } from '@/components/shared/saved-check';
import { CauseCard } from './CauseCard';
import { DoctorSummary } from './DoctorSummary';
import { EmergencyScreen } from './EmergencyScreen';
import { dateLocale } from '@/components/common/locale';
import { TriageBanner } from './TriageBanner';
import { WatchFor } from './WatchFor';

type Props = {
  saved: SavedCheck;
  /** False when the check could not be saved in the browser. */
  stored: boolean;
  /** The country confirmed for the emergency number, or null. */
  region: string | null;
  focusHeading: boolean;
  onStartOver: () => void;
  onForget: () => void;
};

export function ResultScreen({ saved, stored, region, focusHeading, onStartOver, onForget }: Props) {
  const result = useMemo(() => assess(saved.answers), [saved]);
  const [showRest, setShowRest] = useState(false);
  const locale = dateLocale();
  const date = new Date(saved.savedAt);
  const summary = useMemo(() => doctorSummary(saved.answers, result.triage, kb, { date, locale }), [saved, result.triage, locale]);
  if (result.triage === 'emergency') {
    return (
      <EmergencyScreen
        level="emergency"
        flags={saved.answers.flags}
        firstAid={result.firstAid}
        region={region}
        onBack={onStartOver}
        backLabel="Start over"
      />
    );
  }

  const top = result.causes.slice(0, LEADING_CAUSES);
  const rest = result.causes.slice(LEADING_CAUSES);
  const tips = result.tips.map((id) => tipById(id)).filter((t): t is Tip => t !== undefined);
  const aids = result.firstAid.map((id) => firstAidById(id)).filter((a): a is FirstAid => a !== undefined);
  const savedOn = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);

  return (
    <div class="result">
      <TriageBanner triage={result.triage} duration={saved.answers.duration} because={result.because} focusHeading={focusHeading} />

      {aids.length > 0 && (
        <section class="first-aid-box" aria-labelledby="first-aid-title">
          <h2 id="first-aid-title" class="visually-hidden">
            First aid
          </h2>
          {aids.map((aid) => (
            <FirstAidSteps key={aid.id} aid={aid} headingLevel="h3" />
          ))}
        </section>
      )}

      {top.length > 0 && (
        <section aria-labelledby="causes-title">
          <h2 id="causes-title">What may be causing it</h2>
          <p class="hint">Best fit first, from your answers. Often more than one plays a part.</p>
          <ol class="causes">
            {top.map((c) => (
              <CauseCard scored={c} key={c.id} />
            ))}
          </ol>
          {rest.length > 0 && (
            // The rest is built when first opened: most people never open it.
            <details class="more" onToggle={(e) => e.currentTarget.open && setShowRest(true)}>
              <summary>
                {rest.length} more possible {rest.length === 1 ? 'cause' : 'causes'}
              </summary>
              {showRest && (
                <ol class="causes" start={LEADING_CAUSES + 1}>
                  {rest.map((c) => (
                    <CauseCard scored={c} key={c.id} />
                  ))}
                </ol>
              )}
            </details>
          )}
        </section>
      )}

      {tips.length > 0 && (
        <section aria-labelledby="tips-title">
          <h2 id="tips-title">{result.triage === 'self-care' || result.triage === 'doctor' ? 'What you can do' : 'While you wait'}</h2>
          <ul class="tips">
            {tips.map((t) => (
              <li key={t.id}>{t.action}</li>
            ))}
          </ul>
        </section>
      )}

      <WatchFor flags={result.redFlags} />

      {/* Questions about training and habits, for when no help is needed today. */}
      {(result.triage === 'self-care' || result.triage === 'doctor') && (
        <CommonQuestions
          questions={questionsFor(
            top.map((c) => c.id),
            kb.faq,
          )}
          id="questions-title"
          headingLevel="h2"
        />
      )}

      <DoctorSummary text={summary} />

      <section class="saved" aria-labelledby="saved-title">
        <h2 id="saved-title" class="visually-hidden">
          Your saved check
        </h2>
        <p>
          {stored
            ? `Saved in this browser only, on ${savedOn}. Steady shows it when you open it again.`
            : 'Steady could not save this check in the browser; it will be gone when you close this window.'}
        </p>
        <div class="row">
          <button type="button" onClick={onStartOver}>
            Start over
          </button>
          {stored && (
            <button type="button" onClick={onForget}>
              Forget this
            </button>
          )}
        </div>
      </section>

      <p class="disclaimer">{DISCLAIMER}</p>
    </div>
  );
}
