// The warning signs that would change what to do, grouped by how soon to act.
import { redFlagById } from '@/knowledge/index';
import type { RedFlag } from '@/knowledge/schema';
import type { RedFlagId, RedFlagLevel } from '@/knowledge/vocabulary';

const HEADINGS: Record<RedFlagLevel, string> = {
  emergency: 'Call the emergency number at once if you notice:',
  urgent: 'Get medical help the same day if you notice:',
  doctor: 'Book a visit to a doctor if you notice:',
};
const LEVELS: RedFlagLevel[] = ['emergency', 'urgent', 'doctor'];

export function WatchFor({ flags }: { flags: readonly RedFlagId[] }) {
  const entries = flags.map((id) => redFlagById(id)).filter((f): f is RedFlag => f !== undefined);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="watch-title">
      <h2 id="watch-title">Watch for these signs</h2>
      {LEVELS.map((level) => {
        const group = entries.filter((f) => f.level === level);
        if (group.length === 0) return null;
        return (
          <div class={`watch watch-${level}`} key={level}>
            <h3>{HEADINGS[level]}</h3>
            <ul>
              {group.map((f) => (
                <li key={f.id}>{f.notice}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
