// The quick self-check: emergency signs first, then when, how long, what else and other signs,
// one step per screen; then the result, saved in the browser so the popup reopens on it.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { forgetCheck, loadSavedCheck, saveCheck, type SavedCheck } from '@/components/shared/saved-check';
import { readSettings } from '@/components/shared/settings';
import { actNow, type ActNow } from '@/knowledge/assess/act-now';
import { triage } from '@/knowledge/assess/triage';
import { core } from '@/knowledge/core';
import { SELF_CHECK_STEPS, type SelfCheckField } from '@/knowledge/self-check';
import { draftToAnswers, EMPTY_DRAFT, type Draft } from './draft';
import { EmergencyScreen } from './EmergencyScreen';
import { markFirstScreen } from './render-timing';
import { loadResultScreen, type ResultComponent } from './result-loader';
import { Step } from './Step';

type Screen =
  | { kind: 'loading' }
  /** `step` indexes SELF_CHECK_STEPS, whose first step asks for the signs that need help now. */
  | { kind: 'step'; step: number }
  | ({ kind: 'act-now' } & ActNow)
  | { kind: 'result'; saved: SavedCheck; stored: boolean };

/** What the popup opens on: the saved check, if any, and the country confirmed in the options. */
async function openingState(): Promise<{ saved: SavedCheck | null; country: string | null }> {
  const confirmed = readSettings().then(
    ({ settings }) => settings.emergencyRegion,
    () => null,
  );
  // A saved result's code starts loading as soon as a stored value is found, beside its
  // validator; a value that turns out damaged has loaded it for nothing, and opens on step 1.
  const saved = loadSavedCheck(() => void loadResultScreen().catch(() => undefined));
  const [check, country] = await Promise.all([saved, confirmed]);
  return { saved: check, country };
}

type Props = {
  /** Told whether the emergency screen shows, so the popup can hide everything else. */
  onEmergencyChange?: (emergency: boolean) => void;
};

export function SelfCheck({ onEmergencyChange }: Props) {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  // Set once the result's code has loaded; a result screen is shown only then.
  const [Result, setResult] = useState<ResultComponent | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [notice, setNotice] = useState('');
  // The country confirmed in the options, read with the saved check before anything shows, so
  // that the number on an emergency screen never changes after it appears.
  const [region, setRegion] = useState<string | null>(null);
  // The screen the popup opens on leaves focus at the top; later screens take it.
  const screensShown = useRef(0);
  const focusHeading = screensShown.current > 0;

  // The reads start during the first render, not in an effect: Preact runs effects after the
  // first paint, a frame later.
  const [opening] = useState(() => openingState());
  useEffect(() => {
    let live = true;
    void opening.then(async ({ saved, country }) => {
      const shown: Screen = saved && (await resultLoaded()) ? { kind: 'result', saved, stored: true } : { kind: 'step', step: 0 };
      if (!live) return;
      setRegion(country);
      setScreen(shown);
    });
    return () => {
      live = false;
    };
  }, []);

  // A layout effect runs at the commit, before the paint: the render measure then starts its
  // wait for the next frame at the commit (an effect would start it a frame late), and the
  // emergency screen of a saved result is painted alone, never first with the masthead.
  useLayoutEffect(() => {
    if (screen.kind === 'loading') return;
    screensShown.current += 1;
    markFirstScreen();
    // A saved result that needs an ambulance shows the emergency screen too: it stands alone.
    onEmergencyChange?.(
      screen.kind === 'act-now' || (screen.kind === 'result' && triage(screen.saved.answers, core).level === 'emergency'),
    );
  }, [screen]);

  /** Loads the result's code; false (with a notice) if it could not be loaded. */
  async function resultLoaded(): Promise<boolean> {
    try {
      const component = await loadResultScreen();
      // A component in state must be wrapped: a bare function would be taken for an updater.
      setResult(() => component);
      return true;
    } catch {
      setNotice('Steady could not show the result. Close the popup and open it again.');
      return false;
    }
  }

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
    let shown: Screen;
    try {
      shown = { kind: 'result', saved: await saveCheck(answers), stored: true };
    } catch {
      shown = { kind: 'result', saved: { answers, savedAt: new Date().toISOString() }, stored: false };
    }
    if (await resultLoaded()) setScreen(shown);
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
      body = Result && (
        <Result
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
