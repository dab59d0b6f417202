// The act-now screen, for a sign that needs an ambulance (emergency) or an emergency department
// now: what to do first, then the first aid, then what to say and what each sign means. Nothing
// else shares the screen, so nothing competes with the one thing to do; "Back" is there for a
// tick made by mistake.
import { emergencyNumberFor, whatToSay } from '@/knowledge/assess/emergency';
import { TRIAGE_WORDS } from '@/knowledge/assess/wording';
import { EMERGENCY_NUMBERS } from '@/knowledge/emergency-numbers';
import { firstAidById, redFlagById } from '@/knowledge/core';
import type { FirstAid, RedFlag } from '@/knowledge/schema';
import type { FirstAidId, RedFlagId } from '@/knowledge/vocabulary';
import { FirstAidSteps } from '@/components/common/FirstAidSteps';
import { browserLocales } from '@/components/common/locale';
import { useFocusOnMount } from './use-focus';

type Props = {
  level: 'emergency' | 'emergency-department';
  flags: readonly RedFlagId[];
  firstAid: readonly FirstAidId[];
  /** The country confirmed in the options, or null to guess from the browser's languages. */
  region: string | null;
  onBack: () => void;
  backLabel?: string;
};

export function EmergencyScreen({ level, flags, firstAid, region, onBack, backLabel = 'Back: I ticked this by mistake' }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { numbers } = emergencyNumberFor(browserLocales(), EMERGENCY_NUMBERS, region);
  const chosen = flags.map((id) => redFlagById(id)).filter((f): f is RedFlag => f !== undefined);
  const { intro, signs } = whatToSay(chosen);
  const aids = firstAid.map((id) => firstAidById(id)).filter((a): a is FirstAid => a !== undefined);
  // The call is the heading; its own steps are "what to say", after the first aid.
  const call = aids.find((a) => a.id === 'call-emergency');
  const meanwhile = aids.filter((a) => a.id !== 'call-emergency');
  return (
    <section class={`emergency emergency-${level}`} aria-labelledby="emergency-title">
      <h1 id="emergency-title" tabIndex={-1} ref={heading}>
        {level === 'emergency' ? (
          <>
            Call{' '}
            {numbers.map((n, i) => (
              <span key={n}>
                {i > 0 && ' or '}
                <span class="number">{n}</span>
              </span>
            ))}{' '}
            now
          </>
        ) : (
          TRIAGE_WORDS['emergency-department'].title
        )}
      </h1>
      <p class="emergency-or">{level === 'emergency' ? 'or your local emergency number.' : TRIAGE_WORDS['emergency-department'].action}</p>
      {level === 'emergency-department' && (
        <p class="emergency-call">
          If it gets worse before you get there, call <strong>{numbers.join(' or ')}</strong> or your local emergency number.
        </p>
      )}
      {meanwhile.length > 0 && (
        <section class="aids" aria-label="First aid">
          {meanwhile.map((aid) => (
            <FirstAidSteps key={aid.id} aid={aid} headingLevel="h2" showCallIf={level !== 'emergency'} />
          ))}
        </section>
      )}
      <h2>{level === 'emergency' ? 'What to say' : 'What to tell them'}</h2>
      <p>{intro}</p>
      <ul class="signs">
        {chosen.map((f, i) => (
          <li key={f.id}>
            <strong>{signs[i]}.</strong> {f.action}
          </li>
        ))}
      </ul>
      {call && (
        <ul>
          {call.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onBack}>
        {backLabel}
      </button>
    </section>
  );
}
