// The sidebar: what the article is about, the causes that may fit (best first), where the
// article says so, when to get help, sources and the way to the full self-check.
// A complementary landmark, not a dialog: the page stays usable and Tab moves freely in and out.
// It renders in Steady's own extension page (SidebarFrame.tsx), which no page script can reach.
import { useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { DISCLAIMER } from '@/knowledge/assess/wording';
import type { EvidenceQuote } from '@/knowledge/detect/verdict';
import { CommonQuestions } from '@/components/common/CommonQuestions';
import { CauseCard } from './CauseCard';
import { RedFlags } from './RedFlags';
import { UrgentSigns } from './UrgentSigns';
import { Sources } from './Sources';
import type { SidebarView } from './view-model';

export type SidebarProps = {
  view: SidebarView;
  /** Folded to a small bar so that it does not cover the page's focused element. */
  folded: boolean;
  titleRef: Ref<HTMLHeadingElement>;
  /** Opened with a mouse or touch: the title has focus without a ring until a key is pressed. */
  quietTitle: boolean;
  onClose(): void;
  onUnfold(): void;
  /** Scrolls to and highlights a quote in the page; false when the page no longer has it. */
  onQuote(quote: EvidenceQuote): Promise<boolean>;
  onSelfCheck(): void;
};

export function Sidebar(props: SidebarProps) {
  const { view, folded } = props;
  const [status, setStatus] = useState('');
  const showQuote = async (q: EvidenceQuote) =>
    setStatus((await props.onQuote(q)) ? `Highlighted in the article, under “${q.section}”.` : 'This quote is no longer on the page.');

  return (
    <aside class={folded ? 'sb folded' : 'sb'} aria-labelledby="steady-title">
      <div class="head">
        <h2 id="steady-title" tabIndex={-1} ref={props.titleRef} class={props.quietTitle ? 'quiet' : undefined}>
          Steady
        </h2>
        {folded && (
          <button type="button" class="text" onClick={props.onUnfold}>
            Show Steady
          </button>
        )}
        <button type="button" class="icon" aria-label="Close Steady" onClick={props.onClose}>
          ×
        </button>
      </div>
      {!folded && (
        <div class="body">
          <p class="about">{view.about}</p>
          {view.personal && <p class="personal">{view.personal}</p>}
          <UrgentSigns flags={view.redFlags} />

          <section aria-labelledby="steady-causes-title">
            <h3 id="steady-causes-title">{view.matched ? 'Causes that may fit' : 'Common causes'}</h3>
            <ol class="cards">
              {view.causes.map((c, i) => (
                <CauseCard key={c.cause.id} view={c} rank={i + 1} />
              ))}
            </ol>
          </section>

          {view.evidence.length > 0 && (
            <section aria-labelledby="steady-evidence-title">
              <h3 id="steady-evidence-title">Where the article says this</h3>
              <ul class="quotes">
                {view.evidence.map((q) => (
                  <li key={`${q.block}:${q.text}`}>
                    <button type="button" class="quote" onClick={() => void showQuote(q)}>
                      <span class="q">“{q.text}”</span>
                      <span class="section">{q.section}</span>
                    </button>
                  </li>
                ))}
              </ul>
              <p class="status" role="status">
                {status}
              </p>
            </section>
          )}

          <RedFlags flags={view.redFlags} />
          <CommonQuestions questions={view.questions} id="steady-questions-title" headingLevel="h3" />
          <Sources sources={view.sources} />
          <p class="disclaimer">{DISCLAIMER}</p>
          <p>
            <button type="button" class="primary" onClick={props.onSelfCheck}>
              Open the full self-check in a new tab
            </button>
          </p>
        </div>
      )}
    </aside>
  );
}
