// "Sources: …" under a piece of content: each outside source as a link (opened in a new tab at
// the reader's click; Steady itself never requests it), each seed article by its title.
import { sourceById } from '@/knowledge/index';
import type { Source } from '@/knowledge/schema';

export function SourceLine({ ids }: { ids: readonly string[] }) {
  const sources = ids.map((id) => sourceById(id)).filter((s): s is Source => s !== undefined);
  return (
    <p class="sources">
      Sources:{' '}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          {s.kind === 'outside' ? (
            <a href={s.url} target="_blank" rel="noreferrer">
              {s.organisation}: {s.title}
            </a>
          ) : (
            s.title
          )}
        </span>
      ))}
    </p>
  );
}
