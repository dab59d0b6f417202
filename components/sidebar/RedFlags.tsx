// "When to get help": every red flag, most urgent first, grouped by how soon to act. Always
// rendered in full: nothing here folds away behind the causes or the tips.
import { TRIAGE_WORDS } from '@/knowledge/assess/wording';
import type { RedFlag } from '@/knowledge/schema';
import type { RedFlagLevel } from '@/knowledge/vocabulary';

/** Most urgent first: the order of TRIAGE_LEVELS. */
const LEVELS: RedFlagLevel[] = ['emergency', 'urgent', 'doctor'];

export function RedFlags({ flags }: { flags: RedFlag[] }) {
  return (
    <section id="steady-help" class="help" aria-labelledby="steady-help-title">
      <h3 id="steady-help-title" tabIndex={-1}>
        When to get help
      </h3>
      <p>Shaking with any of these signs is a reason to get help, some of them at once.</p>
      {LEVELS.map((level) => {
        const group = flags.filter((f) => f.level === level);
        if (group.length === 0) return null;
        return (
          <div key={level} class={`flags ${level}`}>
            <h4>{TRIAGE_WORDS[level].title}</h4>
            <ul>
              {group.map((f) => (
                <li key={f.id}>
                  <strong>{f.notice}.</strong> {f.action}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
