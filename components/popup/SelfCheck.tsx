// The quick self-check: emergency signs first, then when, how long, what else and other signs,
// one step per screen; then the result, saved in the browser so the popup reopens on it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { forgetCheck, loadSavedCheck, saveCheck, type SavedCheck } from '@/components/shared/saved-check';
import { readSettings } from '@/components/shared/settings';
import { actNow, type ActNow } from '@/knowledge/assess/act-now';
import { triage } from '@/knowledge/assess/triage';
import { kb } from '@/knowledge/index';
import { SELF_CHECK_STEPS, type SelfCheckField } from '@/knowledge/self-check';
import { draftToAnswers, EMPTY_DRAFT, type Draft } from './draft';
import { EmergencyScreen } from './EmergencyScreen';
import { markFirstScreen } from './render-timing';
import { ResultScreen } from './ResultScreen';
import { Step } from './Step';

type Screen =
  | { kind: 'loading' }
  /** `step` indexes SELF_CHECK_STEPS, whose first step asks for the signs that need help now. */
  | { kind: 'step'; step: number }
  | ({ kind: 'act-now' } & ActNow)
  | { kind: 'result'; saved: SavedCheck; stored: boolean };

type Props = {
  /** Told whether the emergency screen shows, so the popup can hide everything else. */
  onEmergencyChange?: (emergency: boolean) => void;
};

export function SelfCheck({ onEmergencyChange }: Props) {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [notice, setNotice] = useState('');
  // The country confirmed in the options, read with the saved check before anything shows, so
  // that the number on an emergency screen never changes after it appears.
  const [region, setRegion] = useState<string | null>(null);
  // The screen the popup opens on leaves focus at the top; later screens take it.
  const screensShown = useRef(0);
  const focusHeading = screensShown.current > 0;

  useEffect(() => {
    let live = true;
    const confirmed = readSettings().then(
      ({ settings }) => settings.emergencyRegion,
      () => null,
    );
    void Promise.all([loadSavedCheck(), confirmed]).then(([saved, country]) => {
      if (!live) return;
      setRegion(country);
      setScreen(saved ? { kind: 'result', saved, stored: true } : { kind: 'step', step: 0 });
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (screen.kind === 'loading') return;
    screensShown.current += 1;
    markFirstScreen();
    // A saved result that needs an ambulance shows the emergency screen too: it stands alone.
    onEmergencyChange?.(screen.kind === 'act-now' || (screen.kind === 'result' && triage(screen.saved.answers, kb).level === 'emergency'));
  }, [screen]);

  const go = (step: number) => {
    setNotice('');
    setScreen({ kind: 'step', step });
  };
  const goToField = (field: SelfCheckField) => go(SELF_CHECK_STEPS.findIndex((s) => s.field === field));
  const restart = (message = '') => {
    setDraft(EMPTY_DRAFT);
    setScreen({ kind: 'step', step: 0 });
    setNotice(message);
  };

  async function finish() {
    const answers = draftToAnswers(draft);
    if (!answers) return goToField('duration');
    try {
      setScreen({ kind: 'result', saved: await saveCheck(answers), stored: true });
    } catch {
      setScreen({ kind: 'result', saved: { answers, savedAt: new Date().toISOString() }, stored: false });
    }
  }

  async function forget() {
    try {
      await forgetCheck();
      restart('Your saved check is forgotten: nothing of it is left in this browser.');
    } catch {
      setNotice('Steady could not remove the saved check. Try again.');
    }
  }

  let body = null;
  switch (screen.kind) {
    case 'loading':
      break;
    case 'act-now':
      body = <EmergencyScreen level={screen.level} flags={draft.now} firstAid={screen.firstAid} region={region} onBack={() => go(0)} />;
      break;
    case 'result':
      body = (
        <ResultScreen
          key={screen.saved.savedAt}
          saved={screen.saved}
          stored={screen.stored}
          region={region}
          focusHeading={focusHeading}
          onStartOver={() => restart()}
          onForget={() => void forget()}
        />
      );
      break;
    case 'step': {
      const index = screen.step;
      const step = SELF_CHECK_STEPS[index]!;
      const next = () => {
        // A sign that needs help now ends the check here: no question may delay it.
        const now = step.endsOnEmergency ? actNow(draft.now, draft.factors) : null;
        if (now) setScreen({ kind: 'act-now', ...now });
        else if (index + 1 < SELF_CHECK_STEPS.length) go(index + 1);
        else void finish();
      };
      body = (
        <Step
          key={step.field}
          step={step}
          number={index + 1}
          draft={draft}
          onDraft={setDraft}
          focusHeading={focusHeading}
          onBack={index > 0 ? () => go(index - 1) : undefined}
          onNext={next}
          onGoTo={goToField}
        />
      );
      break;
    }
  }

  return (
    <section class="self-check" aria-label="Quick self-check" aria-busy={screen.kind === 'loading'}>
      <p class="notice" role="status">
        {notice}
      </p>
      {body}
    </section>
  );
}
