// Says plainly when stored settings could not be read and the defaults are in use, and offers to
// save the defaults so the notice does not come back.
import { useState } from 'preact/hooks';
import { repairSettings } from '@/components/shared/settings';
import type { SettingKey } from '@/components/shared/settings-model';
import { SETTING_NAMES, listInWords } from './labels';

export function InvalidNotice({ invalid, onSaved }: { invalid: SettingKey[]; onSaved(): void }) {
  const [failed, setFailed] = useState(false);
  if (invalid.length === 0) return null;
  const names = listInWords(invalid.map((k) => SETTING_NAMES[k]));
  return (
    <section class="notice" aria-labelledby="invalid-title" data-testid="invalid-settings">
      <h2 id="invalid-title">Some saved settings could not be read</h2>
      <p>
        The stored value for {names} was damaged or came from a different version of Steady. Steady is using the default{' '}
        {invalid.length === 1 ? 'setting' : 'settings'} shown below instead; nothing else was changed.
      </p>
      <button
        type="button"
        onClick={() =>
          repairSettings(invalid).then(
            () => {
              setFailed(false);
              onSaved();
            },
            () => setFailed(true),
          )
        }
      >
        Save the defaults
      </button>
      {failed && <p role="alert">Steady could not save the defaults. Try again, or clear saved data below.</p>}
    </section>
  );
}
