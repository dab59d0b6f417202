// Step 5: the remaining warning signs, those that call for a doctor today or soon.
import { kb } from '@/knowledge/index';
import { RED_FLAGS } from '@/knowledge/vocabulary';
import { ChoiceList } from './ChoiceList';
import { toggled } from './draft';
import type { StepProps } from './step-props';
import { StepFrame } from './StepFrame';

const OTHER_SIGNS = kb.redFlags.filter((f) => f.level === 'urgent' || f.level === 'doctor').map((f) => ({ id: f.id, label: f.notice }));

export function OtherSignsStep({ draft, update, onBack, onNext, focusHeading }: StepProps) {
  return (
    <StepFrame
      step={5}
      title="Anything else you noticed?"
      hint="Tick any that apply, or none."
      focusHeading={focusHeading}
      onBack={onBack}
      nextLabel="See my result"
      onNext={onNext}
    >
      <ChoiceList
        name="signs"
        type="checkbox"
        choices={OTHER_SIGNS}
        selected={draft.signs}
        onChange={(id, on) => update({ signs: toggled(draft.signs, id, on, RED_FLAGS) })}
      />
    </StepFrame>
  );
}
