// The signs that need help at once, at the top of the sidebar before any cause or tip, so that
// nobody reads about warm-ups while having a stroke. A compact strip: each sign in a few words,
// so that a growing list never buries what the reader came for; the full list, with what to do
// and first aid, stays in "When to get help".
import type { RedFlag } from '@/knowledge/schema';

export function UrgentSigns({ flags }: { flags: RedFlag[] }) {
  const emergencies = flags.filter((f) => f.level === 'emergency');
  const jump = (e: MouseEvent) => {
    // Moves focus too, which following the fragment alone would not do for a heading.
    e.preventDefault();
    const title = document.getElementById('steady-help-title');
    title?.scrollIntoView({ block: 'start' });
    title?.focus();
  };
  return (
    <section class="urgent-signs" aria-labelledby="steady-urgent-title">
      <h3 id="steady-urgent-title">Call your local emergency number now if shaking comes with</h3>
      <ul class="shorts">
        {emergencies.map((f) => (
          <li key={f.id}>{f.short}</li>
        ))}
      </ul>
      <p class="jump">
        <a href="#steady-help" onClick={jump}>
          All the signs, what to do and first aid
        </a>
      </p>
    </section>
  );
}
