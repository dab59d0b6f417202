// Steady's settings in `storage.sync`, one versioned WXT item per setting, so that two places
// changing different settings at once (the options page, the offer's "not on this site") never
// overwrite each other. For extension pages and the background; the content script reads the
// same keys through settings-gate.ts, which carries neither WXT's storage nor Zod.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  MAX_QUIET_SITES,
  SETTING_KEYS,
  parseSettings,
  quietSitesFit,
  snoozeEnd,
  withoutEndedSnoozes,
  type OfferStyle,
  type ParsedSettings,
  type SettingKey,
} from './settings-model';
import { addSite, coveringSite } from './site-rules';

// Version 1 of every item. When a shape changes, raise `version` and add the step to
// `migrations` (WXT runs it once, in whichever extension page or worker defines the item first);
// parseSettings keeps protecting readers that meet the old shape before that has happened.
export const autoChecksItem = storage.defineItem<boolean>('sync:autoChecks', {
  fallback: DEFAULT_SETTINGS.autoChecks,
  version: 1,
  migrations: {},
});
export const quietSitesItem = storage.defineItem<string[]>('sync:quietSites', {
  fallback: [],
  version: 1,
  migrations: {},
});
export const snoozedUntilItem = storage.defineItem<number | null>('sync:snoozedUntil', {
  fallback: null,
  version: 1,
  migrations: {},
});
export const siteSnoozesItem = storage.defineItem<Record<string, number>>('sync:siteSnoozes', {
  fallback: {},
  version: 1,
  migrations: {},
});
export const offerStyleItem = storage.defineItem<OfferStyle>('sync:offerStyle', {
  fallback: DEFAULT_SETTINGS.offerStyle,
  version: 1,
  migrations: {},
});

export const emergencyRegionItem = storage.defineItem<string | null>('sync:emergencyRegion', {
  fallback: null,
  version: 1,
  migrations: {},
});

const ITEMS = [autoChecksItem, quietSitesItem, snoozedUntilItem, siteSnoozesItem, offerStyleItem, emergencyRegionItem];

/** All settings in one storage read, each validated; unreadable ones come back as defaults. */
export async function readSettings(): Promise<ParsedSettings> {
  const entries = await storage.getItems(ITEMS);
  const raw: Record<string, unknown> = {};
  for (const { key, value } of entries) raw[key.slice('sync:'.length)] = value;
  return parseSettings(raw);
}

/** Calls `onChange` whenever any setting changes, wherever the change came from. */
export function watchSettings(onChange: () => void): () => void {
  const unwatch = ITEMS.map((item) => item.watch(() => onChange()));
  return () => unwatch.forEach((u) => u());
}

export function setAutoChecks(on: boolean): Promise<void> {
  return autoChecksItem.setValue(on);
}

export function setOfferStyle(style: OfferStyle): Promise<void> {
  return offerStyleItem.setValue(style);
}

/** The country for the emergency number (ISO code), or null to guess from the languages. */
export function setEmergencyRegion(region: string | null): Promise<void> {
  return emergencyRegionItem.setValue(region);
}

export type AddQuietSiteResult = { added: true } | { added: false; coveredBy?: string; full?: true };

/** Adds a validated site (see parseSiteInput). Re-reads the list first so concurrent edits survive. */
export async function addQuietSite(site: string): Promise<AddQuietSiteResult> {
  const { settings } = await readSettings();
  const next = addSite(settings.quietSites, site);
  if (next.coveredBy !== undefined) return { added: false, coveredBy: next.coveredBy };
  if (next.sites.length > MAX_QUIET_SITES || !quietSitesFit(next.sites)) return { added: false, full: true };
  await quietSitesItem.setValue(next.sites);
  return { added: true };
}

export async function removeQuietSite(site: string): Promise<void> {
  const { settings } = await readSettings();
  await quietSitesItem.setValue(settings.quietSites.filter((s) => s !== site));
}

/** Is `host` covered by a quiet site? Returns the covering entry. */
export async function quietSiteFor(host: string): Promise<string | undefined> {
  const { settings } = await readSettings();
  return coveringSite(settings.quietSites, host);
}

/** Pauses automatic checks everywhere for 24 hours from `now`. */
export function snoozeEverywhere(now = Date.now()): Promise<void> {
  return snoozedUntilItem.setValue(snoozeEnd(now));
}

export function clearSnooze(): Promise<void> {
  return snoozedUntilItem.setValue(null);
}

/** Pauses automatic checks on one site for 24 hours; ended site snoozes are tidied away. */
export async function snoozeSite(site: string, now = Date.now()): Promise<void> {
  const { settings } = await readSettings();
  await siteSnoozesItem.setValue({ ...withoutEndedSnoozes(settings.siteSnoozes, now), [site]: snoozeEnd(now) });
}

export async function clearSiteSnooze(site: string): Promise<void> {
  const { settings } = await readSettings();
  const rest = { ...settings.siteSnoozes };
  delete rest[site];
  await siteSnoozesItem.setValue(rest);
}

/** Replaces the settings whose stored values were unreadable with their defaults. */
export async function repairSettings(keys: readonly SettingKey[]): Promise<void> {
  const { settings } = await readSettings();
  const byKey = {
    autoChecks: autoChecksItem,
    quietSites: quietSitesItem,
    snoozedUntil: snoozedUntilItem,
    siteSnoozes: siteSnoozesItem,
    offerStyle: offerStyleItem,
    emergencyRegion: emergencyRegionItem,
  } as const;
  for (const key of keys) {
    // The parsed value keeps whatever was readable (for a list, its good entries).
    await (byKey[key] as { setValue(v: unknown): Promise<void> }).setValue(settings[key]);
  }
}

export type SavedData = {
  app: 'Steady';
  /** Bumped when the export's own layout changes. */
  format: 1;
  exportedAt: string;
  /** What each storage area holds, exactly as stored (settings, their versions, answers). */
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
  /** Per-tab findings; the browser forgets these when it closes. */
  session: Record<string, unknown>;
};

/** Everything Steady keeps, from every storage area, for the "export" download. */
export async function exportSavedData(now = new Date()): Promise<SavedData> {
  const [sync, local, session] = await Promise.all([
    browser.storage.sync.get(null),
    browser.storage.local.get(null),
    browser.storage.session.get(null),
  ]);
  return { app: 'Steady', format: 1, exportedAt: now.toISOString(), sync, local, session };
}

/** Removes everything Steady keeps. Settings return to their defaults. */
export async function clearSavedData(): Promise<void> {
  await Promise.all([browser.storage.sync.clear(), browser.storage.local.clear(), browser.storage.session.clear()]);
}

export { SETTING_KEYS };
