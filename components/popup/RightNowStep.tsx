// Step 1: signs that need help at once come before any other question.
import { kb } from '@/knowledge/index';
import { RED_FLAGS } from '@/knowledge/vocabulary';
import { ChoiceList } from './ChoiceList';
import { toggled } from './draft';
import type { StepProps } from './step-props';
import { StepFrame } from './StepFrame';

const EMERGENCY_SIGNS = kb.redFlags.filter((f) => f.level === 'emergency').map((f) => ({ id: f.id, label: f.notice }));

export function RightNowStep({ draft, update, onNext, focusHeading }: Omit<StepProps, 'onBack'>) {
  return (
    <StepFrame
      step={1}
      title="Right now, do you have any of these?"
      hint="Tick any that are happening now or started in the last few hours. If none, go on: it takes about a minute."
      focusHeading={focusHeading}
      onNext={onNext}
    >
      <ChoiceList
        name="now"
        type="checkbox"
        choices={EMERGENCY_SIGNS}
        selected={draft.now}
        onChange={(id, on) => update({ now: toggled(draft.now, id, on, RED_FLAGS) })}
      />
    </StepFrame>
  );
}
