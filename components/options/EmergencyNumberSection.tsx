// Which emergency number the self-check shows. Steady guesses the country from the browser's
// languages and, when unsure, shows 112 and 911 together; a person who confirms their country
// here gets its number, and that choice wins over the guess.
import { useState } from 'preact/hooks';
import { setEmergencyRegion } from '@/components/shared/settings';
import { emergencyNumberFor } from '@/knowledge/assess/emergency';
import { EMERGENCY_NUMBERS } from '@/knowledge/emergency-numbers';
import { browserLocales } from '@/components/common/locale';

const GUESS = '';
const BY_NAME = [...EMERGENCY_NUMBERS].sort((a, b) => a.name.localeCompare(b.name));

export function EmergencyNumberSection({ region }: { region: string | null }) {
  const [error, setError] = useState('');
  const shown = emergencyNumberFor(browserLocales(), EMERGENCY_NUMBERS, region);
  const numbers = shown.numbers.join(' or ');
  return (
    <section aria-labelledby="emergency-title">
      <h2 id="emergency-title">Emergency number</h2>
      <label for="emergency-region">Your country</label>
      <select
        id="emergency-region"
        aria-describedby="emergency-shown"
        value={region ?? GUESS}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setEmergencyRegion(value === GUESS ? null : value).then(
            () => setError(''),
            () => setError('Steady could not save this change. Try again.'),
          );
        }}
      >
        <option value={GUESS}>Guess from my browser's languages</option>
        {BY_NAME.map((c) => (
          <option key={c.region} value={c.region}>
            {c.name} ({c.numbers[0]})
          </option>
        ))}
      </select>
      <p id="emergency-shown" class="hint" role="status">
        {shown.confirmed
          ? `In an emergency the self-check tells you to call ${numbers}.`
          : shown.region
            ? `Guessed from your browser's languages: the self-check shows ${numbers}, or your local emergency number.`
            : `Steady cannot tell your country, so the self-check shows ${numbers}, or your local emergency number. ` +
              'Choose your country to see its number.'}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
