// Step 3: how long it has been going on (one choice).
import { useState } from 'preact/hooks';
import { kb } from '@/knowledge/index';
import { ChoiceList } from './ChoiceList';
import type { StepProps } from './step-props';
import { StepFrame } from './StepFrame';

export function HowLongStep({ draft, update, onBack, onNext, focusHeading }: StepProps) {
  const [error, setError] = useState('');
  return (
    <StepFrame
      step={3}
      title="How long has it been going on?"
      error={error}
      focusHeading={focusHeading}
      onBack={onBack}
      onNext={() => {
        if (!draft.duration) setError('Choose one of these to go on.');
        else onNext();
      }}
    >
      <ChoiceList
        name="duration"
        type="radio"
        choices={kb.vocabulary.durations}
        selected={draft.duration ? [draft.duration] : []}
        onChange={(id, on) => {
          if (!on) return;
          setError('');
          update({ duration: id });
        }}
      />
    </StepFrame>
  );
}
