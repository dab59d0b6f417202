// Steady's settings as data: their shape, defaults, the guard every reader runs on what it finds
// in storage, and the decision the content script takes before it reads a page. Pure (no
// browser globals) and free of Zod, because the detector bundle imports it and must stay tiny.
// Stored values are untrusted: another version of Steady, a sync conflict or a hand edit may
// have left anything there, so every field falls back to its default on its own.
import { coveringSite, isHostName, pageHost } from './site-rules';

export const OFFER_STYLES = ['button', 'badge'] as const;
export type OfferStyle = (typeof OFFER_STYLES)[number];

export type Settings = {
  /** Check pages automatically as they load (on by default). */
  autoChecks: boolean;
  /** Sites (and their subdomains) where Steady never checks automatically. Sorted, unique. */
  quietSites: string[];
  /** Until when (ms since the epoch) automatic checks are paused everywhere; null when not. */
  snoozedUntil: number | null;
  /** Per-site pauses: site → until when (ms since the epoch). */
  siteSnoozes: Record<string, number>;
  /** A matching page shows the in-page button, or only the toolbar badge. */
  offerStyle: OfferStyle;
  /** The country the person confirmed for the emergency number (ISO code), or null: guess. */
  emergencyRegion: string | null;
};

export type SettingKey = keyof Settings;

/** The keys in `storage.sync` (WXT's `sync:<key>` items), one per setting. */
export const SETTING_KEYS = [
  'autoChecks',
  'quietSites',
  'snoozedUntil',
  'siteSnoozes',
  'offerStyle',
  'emergencyRegion',
] as const satisfies readonly SettingKey[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoChecks: true,
  quietSites: [],
  snoozedUntil: null,
  siteSnoozes: {},
  offerStyle: 'button',
  emergencyRegion: null,
});

/** A snooze lasts 24 hours. A stored end further ahead than that can only come from a clock
 *  that was moved back or from damaged data, so it is not honoured. */
export const SNOOZE_MS = 24 * 60 * 60 * 1000;
const CLOCK_SLACK_MS = 60 * 1000;
/** At most this many quiet sites are read back from storage (the byte limit below comes first). */
export const MAX_QUIET_SITES = 300;
/** storage.sync's per-item quota (chrome.storage.sync.QUOTA_BYTES_PER_ITEM, the same in
 *  Firefox): the key and the value's JSON together. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/** Whether a list of quiet sites fits in one storage.sync item, with room for the key. */
export function quietSitesFit(sites: readonly string[]): boolean {
  return new TextEncoder().encode('quietSites' + JSON.stringify(sites)).length <= SYNC_QUOTA_BYTES_PER_ITEM;
}

export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, quietSites: [], siteSnoozes: {} };
}

function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

export type ParsedSettings = {
  settings: Settings;
  /** Settings whose stored value was unreadable and replaced by the default. */
  invalid: SettingKey[];
};

/**
 * Reads raw `storage.sync` contents (absent keys mean "never set": default, not invalid).
 * A list keeps its readable entries and is reported invalid if it had any others.
 */
export function parseSettings(raw: Readonly<Record<string, unknown>>): ParsedSettings {
  const settings = defaultSettings();
  const invalid: SettingKey[] = [];
  const present = (k: SettingKey) => raw[k] !== undefined && raw[k] !== null;

  if (present('autoChecks')) {
    if (typeof raw.autoChecks === 'boolean') settings.autoChecks = raw.autoChecks;
    else invalid.push('autoChecks');
  }
  if (present('quietSites')) {
    const v = raw.quietSites;
    if (Array.isArray(v)) {
      settings.quietSites = readableQuietSites(v);
      if (v.some((s) => !isQuietSite(s)) || v.length > MAX_QUIET_SITES) invalid.push('quietSites');
    } else {
      invalid.push('quietSites');
    }
  }
  if (present('snoozedUntil')) {
    if (isTime(raw.snoozedUntil)) settings.snoozedUntil = raw.snoozedUntil;
    else invalid.push('snoozedUntil');
  }
  if (present('siteSnoozes')) {
    const v = raw.siteSnoozes;
    if (typeof v === 'object' && !Array.isArray(v)) {
      let bad = false;
      for (const [site, until] of Object.entries(v as Record<string, unknown>)) {
        if (isSiteSnooze(site, until)) settings.siteSnoozes[site] = until;
        else bad = true;
      }
      if (bad) invalid.push('siteSnoozes');
    } else {
      invalid.push('siteSnoozes');
    }
  }
  if (present('offerStyle')) {
    const v = raw.offerStyle;
    if (v === 'button' || v === 'badge') settings.offerStyle = v;
    else invalid.push('offerStyle');
  }
  if (present('emergencyRegion')) {
    if (isRegion(raw.emergencyRegion)) settings.emergencyRegion = raw.emergencyRegion;
    else invalid.push('emergencyRegion');
  }
  return { settings, invalid };
}

// An unreadable entry such as "com" must not silence every .com site: only valid host names count.
function isQuietSite(s: unknown): s is string {
  return typeof s === 'string' && isHostName(s);
}

/** The readable quiet sites of a stored list: valid host names, once each, sorted, capped. */
function readableQuietSites(list: readonly unknown[]): string[] {
  return [...new Set(list.filter(isQuietSite))].sort().slice(0, MAX_QUIET_SITES);
}

function isRegion(v: unknown): v is string {
  return typeof v === 'string' && /^[A-Z]{2}$/.test(v);
}

function isSiteSnooze(site: string, until: unknown): until is number {
  return isHostName(site) && isTime(until);
}

/**
 * The content script's read of the settings: parseSettings itself (it carries no Zod), without
 * the report of which setting was unreadable. One guard, so the gate can never quiet a page
 * the options page would not.
 */
export function gateSettings(raw: Readonly<Record<string, unknown>>): Settings {
  return parseSettings(raw).settings;
}

/** Is a pause that ends at `until` still running at `now`? */
export function snoozeActive(until: number | null | undefined, now: number): boolean {
  return until !== null && until !== undefined && now < until && until <= now + SNOOZE_MS + CLOCK_SLACK_MS;
}

/** When a snooze started at `now` ends. */
export function snoozeEnd(now: number): number {
  return now + SNOOZE_MS;
}

/** The per-site snooze that applies to `host` at `now`, if one is running. */
export function activeSiteSnooze(
  siteSnoozes: Readonly<Record<string, number>>,
  host: string,
  now: number,
): { site: string; until: number } | undefined {
  for (const [site, until] of Object.entries(siteSnoozes)) {
    if (snoozeActive(until, now) && coveringSite([site], host) !== undefined) return { site, until };
  }
  return undefined;
}

/** Drops snoozes that have ended, so storage does not collect them. */
export function withoutEndedSnoozes(siteSnoozes: Readonly<Record<string, number>>, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(siteSnoozes).filter(([, until]) => snoozeActive(until, now)));
}

export type GateDecision = 'check' | 'checks-off' | 'quiet-site' | 'snoozed' | 'site-snoozed';

/** Whether the detector may look at a page on `hostname` on its own, at `now`. */
export function gateDecision(settings: Settings, hostname: string, now: number): GateDecision {
  if (!settings.autoChecks) return 'checks-off';
  const host = pageHost(hostname);
  if (coveringSite(settings.quietSites, host) !== undefined) return 'quiet-site';
  if (snoozeActive(settings.snoozedUntil, now)) return 'snoozed';
  if (activeSiteSnooze(settings.siteSnoozes, host, now) !== undefined) return 'site-snoozed';
  return 'check';
}
