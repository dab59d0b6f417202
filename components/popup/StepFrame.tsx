// One step of the self-check: where you are, the question, its choices, back and next.
// The question is a fieldset whose legend holds the step's heading, so a screen reader names
// the group of choices by the question; the heading takes focus when the step appears.
import type { ComponentChildren } from 'preact';
import { STEP_COUNT } from './draft';
import { useFocusOnMount } from './use-focus';

type Props = {
  step: number;
  title: string;
  hint?: string;
  error?: string;
  /** False for the first screen the popup opens on, so focus starts at the top of the page. */
  focusHeading: boolean;
  onBack?: () => void;
  nextLabel?: string;
  onNext: () => void;
  children: ComponentChildren;
};

export function StepFrame({ step, title, hint, error, focusHeading, onBack, nextLabel = 'Next', onNext, children }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const describedBy = [hint ? 'step-hint' : '', error ? 'step-error' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <form
      class="step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <div class="progress">
        <span id="step-progress">
          Step {step} of {STEP_COUNT}
        </span>
        <progress max={STEP_COUNT} value={step} aria-labelledby="step-progress" />
      </div>
      <fieldset class="question" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <legend>
          <h2 tabIndex={-1} ref={heading}>
            {title}
          </h2>
        </legend>
        {hint && (
          <p id="step-hint" class="hint">
            {hint}
          </p>
        )}
        {children}
        {error && (
          <p id="step-error" class="error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <div class="nav">
        {onBack && (
          <button type="button" onClick={onBack}>
            Back
          </button>
        )}
        <button type="submit" class="primary">
          {nextLabel}
        </button>
      </div>
    </form>
  );
}
