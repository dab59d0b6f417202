// One source, named the same way wherever Steady cites it: an outside source as "Organisation:
// title", linked (opened in a new tab at the reader's click; Steady itself never requests it),
// a seed article by its title.
import type { Source } from '@/knowledge/schema';

export function SourceRef({ source }: { source: Source }) {
  if (source.kind === 'seed') return <>{source.title}</>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.organisation}: {source.title}
    </a>
  );
}
