// The options page: automatic checks, quiet sites, pauses, how a match is shown, the emergency
// number's country, saved data.
import '@/components/common/tokens.css';
import './options.css';
import { AutoChecksSection } from './AutoChecksSection';
import { EmergencyNumberSection } from './EmergencyNumberSection';
import { InvalidNotice } from './InvalidNotice';
import { OfferStyleSection } from './OfferStyleSection';
import { QuietSitesSection } from './QuietSitesSection';
import { SavedDataSection } from './SavedDataSection';
import { SnoozeSection } from './SnoozeSection';
import { useNow, useSettings } from './use-settings';
import { useRef, useState } from 'preact/hooks';

export function OptionsApp() {
  const parsed = useSettings();
  const now = useNow();
  const [saved, setSaved] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // The notice (and the button that was pressed) goes away once the defaults are saved: the
  // keyboard restarts at the top of the page and the status says what happened.
  const onDefaultsSaved = () => {
    setSaved('Saved the default settings. Everything on this page is now in use.');
    heading.current?.focus();
  };
  return (
    <main class="options">
      <h1 ref={heading} tabIndex={-1}>
        Steady settings
      </h1>
      <p role="status" class="status">
        {saved}
      </p>
      {parsed === 'loading' ? (
        <p role="status">Loading your settings…</p>
      ) : parsed === 'unavailable' ? (
        <p role="alert">
          Your browser did not let Steady read its settings. Steady keeps working with the defaults; try reopening this page.
        </p>
      ) : (
        <>
          <InvalidNotice invalid={parsed.invalid} onSaved={onDefaultsSaved} />
          <AutoChecksSection on={parsed.settings.autoChecks} />
          <QuietSitesSection sites={parsed.settings.quietSites} />
          <SnoozeSection snoozedUntil={parsed.settings.snoozedUntil} siteSnoozes={parsed.settings.siteSnoozes} now={now} />
          <OfferStyleSection style={parsed.settings.offerStyle} />
          <EmergencyNumberSection region={parsed.settings.emergencyRegion} />
          <SavedDataSection />
        </>
      )}
    </main>
  );
}
