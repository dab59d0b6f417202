// The options page's view of the settings: read once, validated, and read again whenever they
// change anywhere (another tab, the offer's "not on this site", a synced device).
import { useEffect, useState } from 'preact/hooks';
import { readSettings, watchSettings } from '@/components/shared/settings';
import type { ParsedSettings } from '@/components/shared/settings-model';

export type SettingsState = ParsedSettings | 'loading' | 'unavailable';

export function useSettings(): SettingsState {
  const [parsed, setParsed] = useState<SettingsState>('loading');
  useEffect(() => {
    let live = true;
    const load = () =>
      readSettings().then(
        (p) => live && setParsed(p),
        // readSettings validates; only the storage API itself failing lands here.
        () => live && setParsed('unavailable'),
      );
    void load();
    const stop = watchSettings(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  return parsed;
}

/** The current time, refreshed every half minute so snooze ends show up without a reload. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
