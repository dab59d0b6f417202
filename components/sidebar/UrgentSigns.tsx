// The signs that need help at once, at the top of the sidebar before any cause or tip, so that
// nobody reads about warm-ups while having a stroke. The full list stays in "When to get help".
import type { RedFlag } from '@/knowledge/schema';

export function UrgentSigns({ flags }: { flags: RedFlag[] }) {
  const emergencies = flags.filter((f) => f.level === 'emergency');
  const jump = (e: MouseEvent) => {
    e.preventDefault();
    const title = ((e.currentTarget as Element).getRootNode() as ShadowRoot).getElementById('steady-help-title');
    title?.scrollIntoView({ block: 'start' });
    title?.focus();
  };
  return (
    <section class="urgent-signs" aria-labelledby="steady-urgent-title">
      <h3 id="steady-urgent-title">Call your local emergency number now if shaking comes with</h3>
      <ul>
        {emergencies.map((f) => (
          <li key={f.id}>{f.notice}</li>
        ))}
      </ul>
      <p class="jump">
        <a href="#steady-help" onClick={jump}>
          Signs that need a doctor or emergency help
        </a>
      </p>
    </section>
  );
}
