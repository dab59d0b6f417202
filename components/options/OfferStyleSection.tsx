import { useState } from 'preact/hooks';
import { setOfferStyle } from '@/components/shared/settings';
import type { OfferStyle } from '@/components/shared/settings-model';

const CHOICES: { value: OfferStyle; label: string; hint: string }[] = [
  {
    value: 'button',
    label: 'A small button on the page',
    hint: 'It sits at the edge of the window, never over the text, and the toolbar icon shows a badge too.',
  },
  { value: 'badge', label: 'Only the toolbar badge', hint: 'Nothing is added to the page; open Steady from its toolbar icon.' },
];

export function OfferStyleSection({ style }: { style: OfferStyle }) {
  const [error, setError] = useState('');
  return (
    <section aria-labelledby="offer-title">
      <h2 id="offer-title">How a match is shown</h2>
      <fieldset>
        <legend>When a page is about shaking muscles, show</legend>
        {CHOICES.map((c) => (
          <div class="check" key={c.value}>
            <input
              id={`offer-${c.value}`}
              type="radio"
              name="offer-style"
              value={c.value}
              checked={style === c.value}
              aria-describedby={`offer-${c.value}-hint`}
              onChange={() =>
                setOfferStyle(c.value).then(
                  () => setError(''),
                  () => setError('Steady could not save this change. Try again.'),
                )
              }
            />
            <label for={`offer-${c.value}`}>{c.label}</label>
            <p id={`offer-${c.value}-hint`} class="hint">
              {c.hint}
            </p>
          </div>
        ))}
      </fieldset>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
