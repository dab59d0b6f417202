// The options page: automatic checks, quiet sites, pauses, how a match is shown, saved data.
import '@/components/common/tokens.css';
import './options.css';
import { AutoChecksSection } from './AutoChecksSection';
import { InvalidNotice } from './InvalidNotice';
import { OfferStyleSection } from './OfferStyleSection';
import { QuietSitesSection } from './QuietSitesSection';
import { SavedDataSection } from './SavedDataSection';
import { SnoozeSection } from './SnoozeSection';
import { useNow, useSettings } from './use-settings';

export function OptionsApp() {
  const parsed = useSettings();
  const now = useNow();
  return (
    <main class="options">
      <h1>Steady settings</h1>
      {parsed === 'loading' ? (
        <p role="status">Loading your settings…</p>
      ) : parsed === 'unavailable' ? (
        <p role="alert">
          Your browser did not let Steady read its settings. Steady keeps working with the defaults; try reopening
          this page.
        </p>
      ) : (
        <>
          <InvalidNotice invalid={parsed.invalid} />
          <AutoChecksSection on={parsed.settings.autoChecks} />
          <QuietSitesSection sites={parsed.settings.quietSites} />
          <SnoozeSection snoozedUntil={parsed.settings.snoozedUntil} siteSnoozes={parsed.settings.siteSnoozes} now={now} />
          <OfferStyleSection style={parsed.settings.offerStyle} />
          <SavedDataSection />
        </>
      )}
    </main>
  );
}
