// "For your doctor": the answers as a short text to copy or print for an appointment.
import { useState } from 'preact/hooks';

type Props = { text: string };

export function DoctorSummary({ text }: Props) {
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied. Paste it into a message or a note.');
    } catch {
      const range = document.createRange();
      const node = document.getElementById('doctor-summary');
      if (node) {
        range.selectNodeContents(node);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
      setStatus('Steady could not copy it: the text is selected, so press Ctrl+C (or ⌘C) to copy it.');
    }
  }

  function print() {
    // The print style shows only this summary while printing.
    const root = document.documentElement;
    root.dataset.print = 'summary';
    addEventListener('afterprint', () => delete root.dataset.print, { once: true });
    window.print();
  }

  return (
    <section class="doctor" aria-labelledby="doctor-title">
      <h2 id="doctor-title">For your doctor</h2>
      <pre id="doctor-summary" class="summary">
        {text}
      </pre>
      <div class="row">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={print}>
          Print
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
