// The emergency screen: call now, and what to say. Nothing else shares the screen, so nothing
// competes with the one thing to do; "Back" is there for a tick made by mistake.
import { emergencyNumberFor, whatToSay } from '@/knowledge/assess/emergency';
import { redFlagById } from '@/knowledge/index';
import type { RedFlag } from '@/knowledge/schema';
import type { RedFlagId } from '@/knowledge/vocabulary';
import { browserLocales } from './locale';
import { useFocusOnMount } from './use-focus';

type Props = { flags: readonly RedFlagId[]; onBack: () => void };

export function EmergencyScreen({ flags, onBack }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { number } = emergencyNumberFor(browserLocales());
  const chosen = flags.map((id) => redFlagById(id)).filter((f): f is RedFlag => f !== undefined);
  const { intro, signs, steps } = whatToSay(chosen);
  return (
    <section class="emergency" aria-labelledby="emergency-title">
      <h1 id="emergency-title" tabIndex={-1} ref={heading}>
        Call <span class="number">{number}</span> now
      </h1>
      <p class="emergency-or">or your local emergency number.</p>
      <h2>What to say</h2>
      <p>{intro}</p>
      <ul>
        {signs.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <ul>
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <button type="button" onClick={onBack}>
        Back: I ticked this by mistake
      </button>
    </section>
  );
}
