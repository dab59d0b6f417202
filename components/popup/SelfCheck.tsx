// The quick self-check: emergency signs first, then when, how long, what else and other signs,
// one step per screen; then the result, saved in the browser so the popup reopens on it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { forgetCheck, loadSavedCheck, saveCheck, type SavedCheck } from '@/components/shared/saved-check';
import { readSettings } from '@/components/shared/settings';
import { actNow, type ActNow } from '@/knowledge/assess/act-now';
import { triage } from '@/knowledge/assess/triage';
import { kb } from '@/knowledge/index';
import { draftToAnswers, EMPTY_DRAFT, type Draft } from './draft';
import { EmergencyScreen } from './EmergencyScreen';
import { HowLongStep } from './HowLongStep';
import { markFirstScreen } from './render-timing';
import { ResultScreen } from './ResultScreen';
import { RightNowStep } from './RightNowStep';
import { OtherSignsStep } from './OtherSignsStep';
import { WhatElseStep } from './WhatElseStep';
import { WhenStep } from './WhenStep';

type Step = 1 | 2 | 3 | 4 | 5;
type Screen =
  | { kind: 'loading' }
  | { kind: 'step'; step: Step }
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
      setScreen(saved ? { kind: 'result', saved, stored: true } : { kind: 'step', step: 1 });
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

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const go = (step: Step) => {
    setNotice('');
    setScreen({ kind: 'step', step });
  };
  const restart = (message = '') => {
    setDraft(EMPTY_DRAFT);
    setScreen({ kind: 'step', step: 1 });
    setNotice(message);
  };

  async function finish() {
    const answers = draftToAnswers(draft);
    if (!answers) return go(3);
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

  const stepProps = { draft, update, focusHeading };
  let body = null;
  switch (screen.kind) {
    case 'loading':
      break;
    case 'act-now':
      body = <EmergencyScreen level={screen.level} flags={draft.now} firstAid={screen.firstAid} region={region} onBack={() => go(1)} />;
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
      const back = () => go((screen.step - 1) as Step);
      const next = () => go((screen.step + 1) as Step);
      if (screen.step === 1)
        body = (
          <RightNowStep
            key="step-1"
            {...stepProps}
            onNext={() => {
              // A sign that needs help now ends the check here: no question may delay it.
              const now = actNow(draft.now, draft.factors);
              if (now) setScreen({ kind: 'act-now', ...now });
              else next();
            }}
          />
        );
      if (screen.step === 2) body = <WhenStep key="step-2" {...stepProps} onBack={back} onNext={next} />;
      if (screen.step === 3) body = <HowLongStep key="step-3" {...stepProps} onBack={back} onNext={next} />;
      if (screen.step === 4) body = <WhatElseStep key="step-4" {...stepProps} onBack={back} onNext={next} onSignsNow={() => go(1)} />;
      if (screen.step === 5) body = <OtherSignsStep key="step-5" {...stepProps} onBack={back} onNext={() => void finish()} />;
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
