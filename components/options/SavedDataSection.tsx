// Saved data: what Steady keeps, an export of all of it as JSON, and clearing it after a
// confirmation that says what will go.
import { useEffect, useRef, useState } from 'preact/hooks';
import { clearSavedData, exportSavedData } from '@/components/shared/settings';
import { downloadText } from './download';

export function SavedDataSection() {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (returnFocus.current) clearButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  async function exportAll() {
    try {
      const data = await exportSavedData();
      const name = `steady-data-${data.exportedAt.slice(0, 10)}.json`;
      downloadText(name, `${JSON.stringify(data, null, 2)}\n`);
      setStatus(`Exported to ${name}.`);
    } catch {
      setStatus('Steady could not read its saved data to export it. Try again.');
    }
  }

  async function clearAll() {
    returnFocus.current = true;
    try {
      await clearSavedData();
      setStatus('Saved data cleared. Your settings are back to their defaults.');
    } catch {
      setStatus('Steady could not clear its saved data. Try again.');
    }
    setConfirming(false);
  }

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Saved data</h2>
      <p class="hint">
        Steady keeps these settings (your browser may sync them between your devices) and, on this device, your latest self-check answers
        and what it found on open tabs. None of it is sent anywhere.
      </p>
      <div class="row">
        <button type="button" onClick={() => void exportAll()}>
          Export as JSON
        </button>
        <button
          type="button"
          ref={clearButton}
          aria-expanded={confirming}
          aria-controls="clear-confirm"
          onClick={() => setConfirming(true)}
        >
          Clear saved data…
        </button>
      </div>
      <div id="clear-confirm" class="confirm" role="group" aria-labelledby="clear-question" hidden={!confirming}>
        <p id="clear-question">
          Clear everything Steady saved? Your settings return to their defaults and your self-check answers are removed. This cannot be
          undone.
        </p>
        <div class="row">
          <button type="button" class="danger" ref={confirmButton} onClick={() => void clearAll()}>
            Clear everything
          </button>
          <button
            type="button"
            onClick={() => {
              returnFocus.current = true;
              setConfirming(false);
            }}
          >
            Cancel
          </button>
        </div>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
