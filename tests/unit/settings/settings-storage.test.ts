// The storage side of the settings, on WXT's fake browser: reads validate, writes re-read first,
// corrupt storage falls back to defaults, export and clear cover every area.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import {
  addQuietSite,
  clearSavedData,
  clearSiteSnooze,
  clearSnooze,
  exportSavedData,
  quietSiteFor,
  readSettings,
  removeQuietSite,
  repairSettings,
  setAutoChecks,
  setOfferStyle,
  snoozeEverywhere,
  snoozeSite,
  watchSettings,
} from '@/components/shared/settings';
import { readSettingsGate } from '@/components/background/settings-gate';
import { DEFAULT_SETTINGS, SNOOZE_MS } from '@/components/shared/settings-model';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readSettings', () => {
  test('a fresh install reads the defaults', async () => {
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
  });

  test('garbage written straight into storage.sync falls back to defaults and is reported', async () => {
    await browser.storage.sync.set({ autoChecks: 'nope', quietSites: { a: 1 }, offerStyle: ['x'] });
    const { settings, invalid } = await readSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(invalid.sort()).toEqual(['autoChecks', 'offerStyle', 'quietSites']);
  });

  test('repairSettings writes the readable values back, after which nothing is invalid', async () => {
    await browser.storage.sync.set({ quietSites: ['good.org', 'bad entry'], autoChecks: false });
    await repairSettings((await readSettings()).invalid);
    expect(await browser.storage.sync.get('quietSites')).toEqual({ quietSites: ['good.org'] });
    expect(await readSettings()).toMatchObject({ invalid: [], settings: { autoChecks: false, quietSites: ['good.org'] } });
  });
});

describe('writes', () => {
  test('quiet sites: add keeps the list sorted, skips covered ones, remove removes one', async () => {
    expect(await addQuietSite('b.org')).toEqual({ added: true });
    expect(await addQuietSite('a.org')).toEqual({ added: true });
    expect(await addQuietSite('news.a.org')).toEqual({ added: false, coveredBy: 'a.org' });
    expect((await readSettings()).settings.quietSites).toEqual(['a.org', 'b.org']);
    expect(await quietSiteFor('www.b.org')).toBe('b.org');
    await removeQuietSite('a.org');
    expect((await readSettings()).settings.quietSites).toEqual(['b.org']);
  });

  test('adding a site to a damaged list keeps the readable entries', async () => {
    await browser.storage.sync.set({ quietSites: ['keep.org', 17] });
    await addQuietSite('new.org');
    expect(await browser.storage.sync.get('quietSites')).toEqual({ quietSites: ['keep.org', 'new.org'] });
  });

  test('toggles and offer style are stored under their own keys', async () => {
    await setAutoChecks(false);
    await setOfferStyle('badge');
    expect(await browser.storage.sync.get(['autoChecks', 'offerStyle'])).toEqual({ autoChecks: false, offerStyle: 'badge' });
  });

  test('snoozes: everywhere and per site, each clearable', async () => {
    await snoozeEverywhere(NOW);
    await snoozeSite('example.com', NOW);
    let { settings } = await readSettings();
    expect(settings.snoozedUntil).toBe(NOW + SNOOZE_MS);
    expect(settings.siteSnoozes).toEqual({ 'example.com': NOW + SNOOZE_MS });
    await clearSnooze();
    await clearSiteSnooze('example.com');
    ({ settings } = await readSettings());
    expect(settings.snoozedUntil).toBeNull();
    expect(settings.siteSnoozes).toEqual({});
  });

  test('a new site snooze tidies away ended ones', async () => {
    await snoozeSite('old.org', NOW - 2 * SNOOZE_MS);
    await snoozeSite('new.org', NOW);
    expect(Object.keys((await readSettings()).settings.siteSnoozes)).toEqual(['new.org']);
  });

  test('watchSettings hears a change made anywhere, and stops when asked', async () => {
    let calls = 0;
    const stop = watchSettings(() => calls++);
    await browser.storage.sync.set({ autoChecks: false });
    expect(calls).toBe(1);
    stop();
    await browser.storage.sync.set({ autoChecks: true });
    expect(calls).toBe(1);
  });
});

describe('the detector’s gate, read by the background, reads the same keys without WXT storage', () => {
  test('defaults: check, offer as a button', async () => {
    expect(await readSettingsGate('example.com', NOW)).toEqual({ decision: 'check', offerStyle: 'button' });
  });
  test('follows what the options page writes', async () => {
    await addQuietSite('example.com');
    await setOfferStyle('badge');
    expect(await readSettingsGate('www.example.com', NOW)).toEqual({ decision: 'quiet-site', offerStyle: 'badge' });
    await setAutoChecks(false);
    expect((await readSettingsGate('other.org', NOW)).decision).toBe('checks-off');
  });
  test('an ended snooze lets checks run again', async () => {
    await browser.storage.sync.set({ snoozedUntil: NOW - 1 });
    expect((await readSettingsGate('example.com', NOW)).decision).toBe('check');
    await browser.storage.sync.set({ snoozedUntil: NOW + 1000 });
    expect((await readSettingsGate('example.com', NOW)).decision).toBe('snoozed');
  });
  test('corrupt storage means the defaults, not an exception', async () => {
    await browser.storage.sync.set({ autoChecks: 'x', quietSites: 5, snoozedUntil: {}, offerStyle: null });
    expect(await readSettingsGate('example.com', NOW)).toEqual({ decision: 'check', offerStyle: 'button' });
  });
});

describe('saved data', () => {
  test('export holds every storage area as stored, and is plain JSON', async () => {
    await setAutoChecks(false);
    await browser.storage.local.set({ lastSelfCheck: { answers: [1] } });
    await browser.storage.session.set({ 'verdict:3': { match: true } });
    const data = await exportSavedData(new Date(NOW));
    expect(data).toMatchObject({
      app: 'Steady',
      format: 1,
      exportedAt: new Date(NOW).toISOString(),
      sync: { autoChecks: false },
      local: { lastSelfCheck: { answers: [1] } },
      session: { 'verdict:3': { match: true } },
    });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  test('clear empties every area and the settings read as defaults', async () => {
    await setAutoChecks(false);
    await addQuietSite('example.com');
    await browser.storage.local.set({ x: 1 });
    await browser.storage.session.set({ y: 2 });
    await clearSavedData();
    expect(await browser.storage.sync.get(null)).toEqual({});
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(await browser.storage.session.get(null)).toEqual({});
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});
