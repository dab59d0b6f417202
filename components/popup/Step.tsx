// Every step of the self-check, drawn from its row in knowledge/data/self-check.json: the
// question, its choices (in named groups where the data has them), the notes that link back to
// an earlier step, and the message when a required answer is missing.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { core } from '@/knowledge/core';
import { stepChoiceGroups, type SelfCheckField, type SelfCheckStep } from '@/knowledge/self-check';
import { ChoiceList } from './ChoiceList';
import { choose, selected, type Draft } from './draft';
import { StepFrame } from './StepFrame';

type Props = {
  step: SelfCheckStep;
  /** 1-based, for "Step 2 of 5". */
  number: number;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  focusHeading: boolean;
  onBack?: () => void;
  onNext: () => void;
  /** A note's link back to the step that asks for another field. */
  onGoTo: (field: SelfCheckField) => void;
};

export function Step({ step, number, draft, onDraft, focusHeading, onBack, onNext, onGoTo }: Props) {
  const [error, setError] = useState('');
  const groups = stepChoiceGroups(step, core);
  const list = (choices: (typeof groups)[number]['choices']) => (
    <ChoiceList
      name={step.field}
      type={step.kind}
      choices={choices}
      selected={selected(draft, step.field)}
      onChange={(id, on) => {
        setError('');
        onDraft(choose(draft, step.field, id, on));
      }}
    />
  );
  const notes = (group: (typeof groups)[number]) =>
    group.notes.map((note) => (
      <p class="hint sudden" key={note.afterChoice}>
        {note.text}{' '}
        <button type="button" class="link" onClick={() => onGoTo(note.goTo)}>
          {note.goToLabel}
        </button>
      </p>
    ));
  return (
    <StepFrame
      step={number}
      title={step.title}
      hint={step.hint}
      error={error}
      focusHeading={focusHeading}
      onBack={onBack}
      nextLabel={step.nextLabel}
      onNext={() => {
        if (step.requiredMessage && selected(draft, step.field).length === 0) setError(step.requiredMessage);
        else onNext();
      }}
    >
      {groups.map((group) =>
        group.name === undefined ? (
          <Fragment key="choices">
            {list(group.choices)}
            {notes(group)}
          </Fragment>
        ) : (
          <fieldset class="group" key={group.name}>
            <legend>
              <h3>{group.name}</h3>
            </legend>
            {list(group.choices)}
            {notes(group)}
          </fieldset>
        ),
      )}
    </StepFrame>
  );
}
