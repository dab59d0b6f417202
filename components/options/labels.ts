// How the options page names each setting, e.g. in the notice about unreadable stored data.
import type { SettingKey } from '@/components/shared/settings-model';

export const SETTING_NAMES: Record<SettingKey, string> = {
  autoChecks: 'automatic checks',
  quietSites: 'sites where Steady stays quiet',
  snoozedUntil: 'the pause on every site',
  siteSnoozes: 'pauses on single sites',
  offerStyle: 'how a match is shown',
  emergencyRegion: 'the country for the emergency number',
};

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', hour: 'numeric', minute: '2-digit' });

export function formatUntil(until: number): string {
  return timeFormat.format(new Date(until));
}
