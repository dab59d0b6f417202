// The popup: what Steady found on this tab, then the quick self-check.
import '@/components/common/tokens.css';

export function App() {
  return (
    <main>
      <h1>Steady</h1>
      <p>Why muscles shake when you exercise, and when to see a doctor.</p>
    </main>
  );
}
