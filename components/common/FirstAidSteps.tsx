// One first-aid entry as steps to follow, then when to call if that has not been done: shared
// by the popup's result and emergency screens and the sidebar's list of signs.
import type { FirstAid } from '@/knowledge/schema';

type Props = { aid: FirstAid; headingLevel: 'h2' | 'h3' | 'h4'; id?: string };

export function FirstAidSteps({ aid, headingLevel: Heading, id }: Props) {
  return (
    <div class="first-aid" data-first-aid={aid.id}>
      <Heading id={id}>{aid.title}</Heading>
      <ol>
        {aid.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {aid.callIf && <p class="call-if">{aid.callIf}</p>}
    </div>
  );
}
