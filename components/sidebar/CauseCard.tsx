// One cause that may explain the shaking: what it is, how it makes muscles shake, what may help
// and when it is worth seeing a doctor.
import type { CauseView } from './view-model';

export function CauseCard({ view, rank }: { view: CauseView; rank: number }) {
  const { cause, why, tips } = view;
  const id = `steady-cause-${cause.id}`;
  return (
    <li class="card" data-cause-id={cause.id}>
      <h4 id={id}>
        <span class="rank" aria-hidden="true">
          {rank}
        </span>
        {cause.name}
      </h4>
      {why.length > 0 && <p class="why">{why.join(' · ')}</p>}
      <p>{cause.summary}</p>
      <h5>How it makes muscles shake</h5>
      <p>{cause.explanation}</p>
      {tips.length > 0 && (
        <>
          <h5>What may help</h5>
          <ul class="tips">
            {tips.map((t) => (
              <li key={t.id}>{t.action}</li>
            ))}
          </ul>
        </>
      )}
      <h5>When to see a doctor</h5>
      <p>{cause.seeDoctor}</p>
    </li>
  );
}
