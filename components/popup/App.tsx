// The popup: what Steady found on this tab, then the quick self-check. The same page works
// opened in a full tab (the sidebar links to it).
import '@/components/common/tokens.css';
import './popup.css';
import { useState } from 'preact/hooks';
import { SelfCheck } from './SelfCheck';
import { ThisPage } from './ThisPage';

export function App() {
  // The emergency screen stands alone: while it shows, nothing else is on the page.
  const [emergency, setEmergency] = useState(false);
  return (
    <main class="popup">
      {!emergency && (
        <header class="masthead">
          <h1>Steady</h1>
          <p class="tagline">Why muscles shake when you exercise, and when to see a doctor.</p>
        </header>
      )}
      {!emergency && <ThisPage />}
      <SelfCheck onEmergencyChange={setEmergency} />
    </main>
  );
}
