// "Common questions" (knowledge/data/faq.json): the answers that fit the causes on screen, each
// one tap away, with its sources. Shared by the popup's result and the sidebar.
import type { Faq } from '@/knowledge/schema';
import { SourceLine } from './SourceLine';

type Props = { questions: readonly Faq[]; id: string; headingLevel: 'h2' | 'h3' };

export function CommonQuestions({ questions, id, headingLevel: Heading }: Props) {
  if (questions.length === 0) return null;
  return (
    <section class="questions" aria-labelledby={id}>
      <Heading id={id}>Common questions</Heading>
      {questions.map((q) => (
        <details key={q.id} class="question" data-faq-id={q.id}>
          <summary>{q.question}</summary>
          <p>{q.answer}</p>
          <SourceLine ids={q.sources} />
        </details>
      ))}
    </section>
  );
}
