// Step 4: what else is going on, in the knowledge base's groups (training, food, habits, health).
import { kb } from '@/knowledge/index';
import { FACTORS } from '@/knowledge/vocabulary';
import { ChoiceList } from './ChoiceList';
import { toggled } from './draft';
import type { StepProps } from './step-props';
import { StepFrame } from './StepFrame';

type FactorEntry = (typeof kb.vocabulary.factors)[number];

function groups(): { name: string; factors: FactorEntry[] }[] {
  const byName = new Map<string, FactorEntry[]>();
  for (const f of kb.vocabulary.factors) byName.set(f.group, [...(byName.get(f.group) ?? []), f]);
  return [...byName].map(([name, factors]) => ({ name, factors }));
}
const GROUPS = groups();

type Props = StepProps & {
  /** Back to step 1: a sudden change of one side is an emergency sign, not a training answer. */
  onSignsNow: () => void;
};

export function WhatElseStep({ draft, update, onBack, onNext, onSignsNow, focusHeading }: Props) {
  return (
    <StepFrame
      step={4}
      title="What else is going on?"
      hint="Tick any that apply, or none."
      focusHeading={focusHeading}
      onBack={onBack}
      onNext={onNext}
    >
      {GROUPS.map((group) => (
        <fieldset class="group" key={group.name}>
          <legend>
            <h3>{group.name}</h3>
          </legend>
          <ChoiceList
            name="factors"
            type="checkbox"
            choices={group.factors}
            selected={draft.factors}
            onChange={(id, on) => update({ factors: toggled(draft.factors, id, on, FACTORS) })}
          />
          {group.factors.some((f) => f.id === 'one-side-weaker') && (
            <p class="hint sudden">
              One side suddenly weak, numb or hard to control is an emergency sign, not a training answer.{' '}
              <button type="button" class="link" onClick={onSignsNow}>
                Go to the emergency signs
              </button>
            </p>
          )}
        </fieldset>
      ))}
    </StepFrame>
  );
}
