// Step 2: the situations in which the shaking happens (several allowed).
import { useState } from 'preact/hooks';
import { kb } from '@/knowledge/index';
import { CONTEXTS } from '@/knowledge/vocabulary';
import { ChoiceList } from './ChoiceList';
import { toggled } from './draft';
import type { StepProps } from './step-props';
import { StepFrame } from './StepFrame';

export function WhenStep({ draft, update, onBack, onNext, focusHeading }: StepProps) {
  const [error, setError] = useState('');
  return (
    <StepFrame
      step={2}
      title="When does the shaking happen?"
      hint="Tick all that apply."
      error={error}
      focusHeading={focusHeading}
      onBack={onBack}
      onNext={() => {
        if (draft.when.length === 0) setError('Tick at least one: when it happens is what the result is built on.');
        else onNext();
      }}
    >
      <ChoiceList
        name="when"
        type="checkbox"
        choices={kb.vocabulary.contexts}
        selected={draft.when}
        onChange={(id, on) => {
          setError('');
          update({ when: toggled(draft.when, id, on, CONTEXTS) });
        }}
      />
    </StepFrame>
  );
}
