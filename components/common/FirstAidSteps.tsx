// One first-aid entry as steps to follow, then when to call if that has not been done: shared
// by the popup's result and emergency screens and the sidebar's list of signs.
import type { FirstAid } from '@/knowledge/schema';

type Props = {
  aid: FirstAid;
  /** Left out where something else already names it (the sidebar's summary line). */
  headingLevel?: 'h2' | 'h3';
  /** False where the emergency number is already being called: "call if…" would contradict it. */
  showCallIf?: boolean;
};

export function FirstAidSteps({ aid, headingLevel: Heading, showCallIf = true }: Props) {
  return (
    <div class="first-aid" data-first-aid={aid.id}>
      {Heading && <Heading>{aid.title}</Heading>}
      <ol>
        {aid.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {showCallIf && aid.callIf && <p class="call-if">{aid.callIf}</p>}
    </div>
  );
}
