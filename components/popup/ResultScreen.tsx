// The result: what to do and by when, the first aid before anything else, then what may cause
// it and what helps, the signs to watch for, a summary for a doctor, and the saved check's date
// with one-click "Start over"/"Forget this".
import { useMemo, useState } from 'preact/hooks';
import { LEADING_CAUSES } from '@/knowledge/assess/tips';
import { DISCLAIMER } from '@/knowledge/assess/wording';
import { FirstAidSteps } from '@/components/common/FirstAidSteps';
import { CommonQuestions } from '@/components/common/CommonQuestions';
import type { SavedCheck } from '@/components/shared/saved-check';
import { dateLocale } from '@/components/common/locale';
import { CauseCard } from './CauseCard';
import { DoctorSummary } from './DoctorSummary';
import { EmergencyScreen } from './EmergencyScreen';
import { resultView } from './result-view';
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
  const locale = dateLocale();
  const view = useMemo(() => resultView(saved, stored, locale), [saved, stored, locale]);
  const [showRest, setShowRest] = useState(false);
  if (view.kind === 'emergency') {
    return (
      <EmergencyScreen
        level="emergency"
        flags={view.flags}
        firstAid={view.firstAid}
        region={region}
        onBack={onStartOver}
        backLabel="Start over"
      />
    );
  }
  const { leading: top, more: rest } = view;

  return (
    <div class="result">
      <TriageBanner triage={view.triage} duration={view.duration} because={view.because} focusHeading={focusHeading} />

      {view.firstAid.length > 0 && (
        <section class="first-aid-box" aria-labelledby="first-aid-title">
          <h2 id="first-aid-title" class="visually-hidden">
            First aid
          </h2>
          {view.firstAid.map((aid) => (
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

      {view.tips.length > 0 && (
        <section aria-labelledby="tips-title">
          <h2 id="tips-title">{view.tipsTitle}</h2>
          <ul class="tips">
            {view.tips.map((t) => (
              <li key={t.id}>{t.action}</li>
            ))}
          </ul>
        </section>
      )}

      <WatchFor flags={view.watchFor} />

      <CommonQuestions questions={view.questions} id="questions-title" headingLevel="h2" />

      <DoctorSummary text={view.doctorSummary} />

      <section class="saved" aria-labelledby="saved-title">
        <h2 id="saved-title" class="visually-hidden">
          Your saved check
        </h2>
        <p>{view.savedNote}</p>
        <div class="row">
          <button type="button" onClick={onStartOver}>
            Start over
          </button>
          {view.canForget && (
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
