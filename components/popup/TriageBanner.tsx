// The result's first words: what to do and by when, then what led to that.
import type { Assessment } from '@/knowledge/assess/assess';
import { triageWords } from '@/knowledge/assess/wording';
import type { Duration } from '@/knowledge/vocabulary';
import { useFocusOnMount } from './use-focus';

type Props = {
  triage: Assessment['triage'];
  duration: Duration;
  because: Assessment['because'];
  focusHeading: boolean;
};

export function TriageBanner({ triage, duration, because, focusHeading }: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const words = triageWords(triage, duration);
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
