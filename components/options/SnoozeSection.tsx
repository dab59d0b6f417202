// Pauses: one for every site (24 hours, set here or from the offer) and any per-site ones.
import { useState } from 'preact/hooks';
import { clearSiteSnooze, clearSnooze, snoozeEverywhere } from '@/components/shared/settings';
import { snoozeActive } from '@/components/shared/settings-model';
import { formatUntil } from './labels';

type Props = { snoozedUntil: number | null; siteSnoozes: Record<string, number>; now: number };

export function SnoozeSection({ snoozedUntil, siteSnoozes, now }: Props) {
  const [status, setStatus] = useState('');
  const everywhere = snoozeActive(snoozedUntil, now) ? snoozedUntil : null;
  const sites = Object.entries(siteSnoozes)
    .filter(([, until]) => snoozeActive(until, now))
    .sort(([a], [b]) => a.localeCompare(b));
  const run = (action: Promise<void>, done: string) =>
    action.then(
      () => setStatus(done),
      () => setStatus('Steady could not save this change. Try again.'),
    );

  return (
    <section aria-labelledby="snooze-title">
      <h2 id="snooze-title">Pauses</h2>
      {everywhere !== null ? (
        <div class="row" data-testid="snooze-everywhere">
          <p>Automatic checks are paused on every site until {formatUntil(everywhere)}.</p>
          <button type="button" onClick={() => void run(clearSnooze(), 'Automatic checks are back on.')}>
            Resume now
          </button>
        </div>
      ) : (
        <div class="row">
          <p>Automatic checks are not paused.</p>
          <button type="button" onClick={() => void run(snoozeEverywhere(), 'Automatic checks are paused for 24 hours.')}>
            Pause for 24 hours
          </button>
        </div>
      )}
      {sites.length > 0 && (
        <ul class="sites" aria-label="Sites paused for now">
          {sites.map(([site, until]) => (
            <li key={site}>
              <span class="site">
                {site}: paused until {formatUntil(until)}
              </span>
              <button
                type="button"
                aria-label={`Resume ${site}`}
                onClick={() => void run(clearSiteSnooze(site), `Steady checks ${site} again.`)}
              >
                Resume
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
