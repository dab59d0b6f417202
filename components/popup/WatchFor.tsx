// The warning signs that would change what to do, grouped by how soon to act.
import { IF_YOU_NOTICE } from '@/knowledge/assess/wording';
import { redFlagById } from '@/knowledge/index';
import type { RedFlag } from '@/knowledge/schema';
import { byUrgency, type RedFlagId } from '@/knowledge/vocabulary';

export function WatchFor({ flags }: { flags: readonly RedFlagId[] }) {
  const entries = flags.map((id) => redFlagById(id)).filter((f): f is RedFlag => f !== undefined);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="watch-title">
      <h2 id="watch-title">Watch for these signs</h2>
      {byUrgency(entries).map(({ level, flags: group }) => (
        <div class={`watch watch-${level}`} key={level}>
          <h3>{IF_YOU_NOTICE[level]}</h3>
          <ul>
            {group.map((f) => (
              <li key={f.id}>{f.notice}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
