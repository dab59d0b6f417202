// Where the content comes from: the articles the knowledge base was written from, and the
// health services and studies that back the advice, each as SourceRef names it.
import type { Source } from '@/knowledge/schema';
import { SourceRef } from '@/components/common/SourceRef';

export function Sources({ sources }: { sources: Source[] }) {
  return (
    <section aria-labelledby="steady-sources-title">
      <h3 id="steady-sources-title">Sources</h3>
      <ul class="sources">
        {sources.map((s) => (
          <li key={s.id}>
            {s.kind === 'seed' && 'Article: '}
            <SourceRef source={s} />
          </li>
        ))}
      </ul>
    </section>
  );
}
