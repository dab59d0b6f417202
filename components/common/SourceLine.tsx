// "Sources: …" under a piece of content, each source as SourceRef names it.
import { sourceById } from '@/knowledge/index';
import type { Source } from '@/knowledge/schema';
import { SourceRef } from './SourceRef';

export function SourceLine({ ids }: { ids: readonly string[] }) {
  const sources = ids.map((id) => sourceById(id)).filter((s): s is Source => s !== undefined);
  return (
    <p class="sources">
      Sources:{' '}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <SourceRef source={s} />
        </span>
      ))}
    </p>
  );
}
