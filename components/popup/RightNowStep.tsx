// Step 1: signs that need help at once (an ambulance or an emergency department) come before any
// other question, including those that have passed: a faint, a fit or stroke signs still count.
import { kb } from '@/knowledge/index';
import { RED_FLAGS } from '@/knowledge/vocabulary';
import { ChoiceList } from './ChoiceList';
import { toggled } from './draft';
import type { StepProps } from './step-props';
import { StepFrame } from './StepFrame';

const ACT_NOW_SIGNS = kb.redFlags
  .filter((f) => f.level === 'emergency' || f.level === 'emergency-department')
  .map((f) => ({ id: f.id, label: f.notice }));

export function RightNowStep({ draft, update, onNext, focusHeading }: Omit<StepProps, 'onBack'>) {
  return (
    <StepFrame
      step={1}
      title="Now or recently, have you had any of these?"
      hint="Tick any that are happening now or happened during or since your last session, even if they have passed. If none, go on: it takes about a minute."
      focusHeading={focusHeading}
      onNext={onNext}
    >
      <ChoiceList
        name="now"
        type="checkbox"
        choices={ACT_NOW_SIGNS}
        selected={draft.now}
        onChange={(id, on) => update({ now: toggled(draft.now, id, on, RED_FLAGS) })}
      />
    </StepFrame>
  );
}
