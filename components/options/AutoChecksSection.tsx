import { useState } from 'preact/hooks';
import { setAutoChecks } from '@/components/shared/settings';

export function AutoChecksSection({ on }: { on: boolean }) {
  const [error, setError] = useState('');
  return (
    <section aria-labelledby="auto-title">
      <h2 id="auto-title">Automatic checks</h2>
      <div class="check">
        <input
          id="auto-checks"
          type="checkbox"
          checked={on}
          aria-describedby="auto-hint"
          onChange={(e) =>
            setAutoChecks(e.currentTarget.checked).then(
              () => setError(''),
              () => setError('Steady could not save this change. Try again.'),
            )
          }
        />
        <label for="auto-checks">Check pages automatically as they load</label>
      </div>
      <p id="auto-hint" class="hint">
        Steady reads the page in your browser to see whether it is about shaking muscles. When this is off, it reads a page only when you
        choose “Check this page” in its toolbar menu.
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
