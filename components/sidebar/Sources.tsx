// Where the content comes from: the articles the knowledge base was written from, and the
// health services and studies that back the advice. Links open in a new tab at the reader's
// click; Steady itself never requests them.
import type { Source } from '@/knowledge/schema';

export function Sources({ sources }: { sources: Source[] }) {
  return (
    <section aria-labelledby="steady-sources-title">
      <h3 id="steady-sources-title">Sources</h3>
      <ul class="sources">
        {sources.map((s) =>
          s.kind === 'seed' ? (
            <li key={s.id}>Article: {s.title}</li>
          ) : (
            <li key={s.id}>
              {s.organisation}:{' '}
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
