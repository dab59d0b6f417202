// The result's first words: what to do and by when, then what led to that.
import type { Assessment } from '@/knowledge/assess/assess';
import { TRIAGE_WORDS } from '@/knowledge/assess/wording';
import { useFocusOnMount } from './use-focus';

type Props = { triage: Assessment['triage']; because: Assessment['because']; focusHeading: boolean };

export function TriageBanner({ triage, because, focusHeading }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const words = TRIAGE_WORDS[triage];
  return (
    <section class={`banner banner-${triage}`} aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={heading}>
        {words.title}
      </h2>
      <p>{words.action}</p>
      {because.length > 0 && (
        <ul class="because">
          {because.map((b) => (
            <li key={`${b.kind}-${b.id}`}>{b.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
