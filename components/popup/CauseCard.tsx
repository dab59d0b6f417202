// One possible cause: its name, how well it fits (a bar with words), what it is, and why it
// may fit, in the person's own terms; how it works, when to see a doctor and the sources one
// tap further.
import type { ScoredCause } from '@/knowledge/assess/score';
import { causeById } from '@/knowledge/index';
import { SourceLine } from '@/components/common/SourceLine';

export function fitWords(score: number): string {
  if (score >= 0.6) return 'Fits well';
  if (score >= 0.35) return 'Fits in part';
  return 'Fits a little';
}

export function CauseCard({ scored }: { scored: ScoredCause }) {
  const cause = causeById(scored.id);
  if (!cause) return null;
  const fitId = `fit-${scored.id}`;
  return (
    <li class="cause">
      <h3>{cause.name}</h3>
      <div class="fit">
        <meter min={0} max={1} value={scored.score} aria-labelledby={fitId} />
        <span id={fitId}>{fitWords(scored.score)}</span>
      </div>
      <p>{cause.summary}</p>
      {cause.kind === 'medical-condition' && <p class="note">A medical condition: only a doctor can say whether it applies to you.</p>}
      <p class="why">Why it may fit:</p>
      <ul class="reasons">
        {scored.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <details class="about">
        <summary>More about {cause.name}</summary>
        <p>{cause.explanation}</p>
        <p>
          <strong>When to see a doctor:</strong> {cause.seeDoctor}
        </p>
        <SourceLine ids={cause.sources} />
      </details>
    </li>
  );
}
