// The guard every reader of Steady's settings runs, the content script's gate decision, and
// snooze expiry with an injected clock.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  MAX_QUIET_SITES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  quietSitesFit,
  SNOOZE_MS,
  defaultSettings,
  gateDecision,
  gateSettings,
  parseSettings,
  snoozeActive,
  snoozeEnd,
  withoutEndedSnoozes,
  activeSiteSnooze,
  type Settings,
} from '@/components/shared/settings-model';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const HOUR = 60 * 60 * 1000;

describe('parseSettings: stored data is untrusted, each setting falls back on its own', () => {
  test('nothing stored means the defaults, and nothing is reported invalid', () => {
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
    const nulls = { autoChecks: null, quietSites: null, snoozedUntil: null, siteSnoozes: null, offerStyle: null };
    expect(parseSettings(nulls)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
  });

  test('well-formed values come back unchanged', () => {
    const stored: Settings = {
      autoChecks: false,
      quietSites: ['a.org', 'example.com'],
      snoozedUntil: NOW + HOUR,
      siteSnoozes: { 'news.example.org': NOW + 2 * HOUR },
      offerStyle: 'badge',
      emergencyRegion: 'GB',
    };
    expect(parseSettings(stored)).toEqual({ settings: stored, invalid: [] });
  });

  test('an emergency country is two capital letters, or it falls back to guessing', () => {
    for (const bad of ['gb', 'GBR', 12, true, '']) {
      expect(parseSettings({ emergencyRegion: bad })).toEqual({ settings: DEFAULT_SETTINGS, invalid: ['emergencyRegion'] });
    }
  });

  test('garbage in every setting gives every default and names every setting', () => {
    const parsed = parseSettings({
      autoChecks: 'yes',
      quietSites: 'example.com',
      snoozedUntil: 'tomorrow',
      siteSnoozes: [1, 2],
      offerStyle: 'popup',
    });
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(parsed.invalid.sort()).toEqual(['autoChecks', 'offerStyle', 'quietSites', 'siteSnoozes', 'snoozedUntil']);
  });

  test('one bad setting does not take the good ones with it', () => {
    const parsed = parseSettings({ autoChecks: false, offerStyle: 42 });
    expect(parsed.settings.autoChecks).toBe(false);
    expect(parsed.settings.offerStyle).toBe('button');
    expect(parsed.invalid).toEqual(['offerStyle']);
  });

  test('a list keeps its readable entries, drops the rest, sorts and de-duplicates', () => {
    const parsed = parseSettings({ quietSites: ['z.org', 7, 'bad host', 'a.org', 'z.org', { x: 1 }, '*'] });
    expect(parsed.settings.quietSites).toEqual(['a.org', 'z.org']);
    expect(parsed.invalid).toEqual(['quietSites']);
  });

  test('site snoozes keep entries with a valid site and time', () => {
    const parsed = parseSettings({ siteSnoozes: { 'example.com': NOW, 'bad site': NOW, 'a.org': 'soon', 'b.org': -5 } });
    expect(parsed.settings.siteSnoozes).toEqual({ 'example.com': NOW });
    expect(parsed.invalid).toEqual(['siteSnoozes']);
  });

  test('times must be finite, non-negative numbers', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1, '1', true]) {
      expect(parseSettings({ snoozedUntil: bad }).invalid).toEqual(['snoozedUntil']);
    }
  });

  test('an over-long list is cut to the maximum and reported', () => {
    const sites = Array.from({ length: MAX_QUIET_SITES + 5 }, (_, i) => `site${String(i).padStart(4, '0')}.org`);
    const parsed = parseSettings({ quietSites: sites });
    expect(parsed.settings.quietSites).toHaveLength(MAX_QUIET_SITES);
    expect(parsed.invalid).toEqual(['quietSites']);
  });

  test('defaultSettings returns fresh lists that callers may change', () => {
    const a = defaultSettings();
    a.quietSites.push('x.org');
    a.siteSnoozes['x.org'] = 1;
    expect(defaultSettings().quietSites).toEqual([]);
    expect(DEFAULT_SETTINGS.quietSites).toEqual([]);
  });

  test('never throws, and always yields a complete, well-typed Settings (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('autoChecks', 'quietSites', 'snoozedUntil', 'siteSnoozes', 'offerStyle', 'emergencyRegion', 'other'),
          fc.anything(),
        ),
        (raw) => {
          const { settings, invalid } = parseSettings(raw);
          expect(typeof settings.autoChecks).toBe('boolean');
          expect(settings.quietSites.every((s) => typeof s === 'string')).toBe(true);
          expect(settings.snoozedUntil === null || Number.isFinite(settings.snoozedUntil)).toBe(true);
          expect(['button', 'badge']).toContain(settings.offerStyle);
          expect(new Set(invalid).size).toBe(invalid.length);
          // A re-parse of what the guard returns is clean: repairing storage with it is safe.
          expect(parseSettings(settings).invalid).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('snooze expiry, with an injected clock', () => {
  test('a fresh snooze runs for 24 hours and ends exactly then', () => {
    const until = snoozeEnd(NOW);
    expect(until - NOW).toBe(SNOOZE_MS);
    expect(snoozeActive(until, NOW)).toBe(true);
    expect(snoozeActive(until, NOW + 23 * HOUR)).toBe(true);
    expect(snoozeActive(until, until - 1)).toBe(true);
    expect(snoozeActive(until, until)).toBe(false);
    expect(snoozeActive(until, until + HOUR)).toBe(false);
  });

  test('no snooze, or one that ended, is not active', () => {
    expect(snoozeActive(null, NOW)).toBe(false);
    expect(snoozeActive(undefined, NOW)).toBe(false);
    expect(snoozeActive(NOW - 1, NOW)).toBe(false);
  });

  test('an end far beyond 24 hours (clock moved back, damaged data) is not honoured', () => {
    expect(snoozeActive(NOW + SNOOZE_MS + 30 * 1000, NOW)).toBe(true);
    expect(snoozeActive(NOW + 3 * SNOOZE_MS, NOW)).toBe(false);
  });

  test('ended site snoozes are tidied away, running ones kept', () => {
    const snoozes = { 'a.org': NOW - 1, 'b.org': NOW + HOUR };
    expect(withoutEndedSnoozes(snoozes, NOW)).toEqual({ 'b.org': NOW + HOUR });
  });

  test('a site snooze covers the site and its subdomains while it runs', () => {
    const snoozes = { 'example.com': NOW + HOUR };
    expect(activeSiteSnooze(snoozes, 'news.example.com', NOW)).toEqual({ site: 'example.com', until: NOW + HOUR });
    expect(activeSiteSnooze(snoozes, 'example.org', NOW)).toBeUndefined();
    expect(activeSiteSnooze(snoozes, 'example.com', NOW + 2 * HOUR)).toBeUndefined();
  });
});

describe('gateDecision: may the detector look at this page on its own?', () => {
  const base = defaultSettings();
  test('by default, yes', () => {
    expect(gateDecision(base, 'example.com', NOW)).toBe('check');
  });
  test('automatic checks off: no, whatever else is set', () => {
    expect(gateDecision({ ...base, autoChecks: false }, 'example.com', NOW)).toBe('checks-off');
  });
  test('a quiet site and its subdomains: no; other sites: yes', () => {
    const s = { ...base, quietSites: ['example.com'] };
    expect(gateDecision(s, 'example.com', NOW)).toBe('quiet-site');
    expect(gateDecision(s, 'WWW.Example.com', NOW)).toBe('quiet-site');
    expect(gateDecision(s, 'example.org', NOW)).toBe('check');
  });
  test('a running snooze: no; once it has ended: yes again', () => {
    const s = { ...base, snoozedUntil: snoozeEnd(NOW) };
    expect(gateDecision(s, 'example.com', NOW + HOUR)).toBe('snoozed');
    expect(gateDecision(s, 'example.com', NOW + SNOOZE_MS)).toBe('check');
    expect(gateDecision({ ...base, snoozedUntil: NOW - 1 }, 'example.com', NOW)).toBe('check');
  });
  test('a site snooze applies to that site only, until it ends', () => {
    const s = { ...base, siteSnoozes: { 'example.com': snoozeEnd(NOW) } };
    expect(gateDecision(s, 'm.example.com', NOW)).toBe('site-snoozed');
    expect(gateDecision(s, 'example.org', NOW)).toBe('check');
    expect(gateDecision(s, 'example.com', NOW + SNOOZE_MS + 1)).toBe('check');
  });
  test('offer style never stops a check (it only changes how a match is shown)', () => {
    expect(gateDecision({ ...base, offerStyle: 'badge' }, 'example.com', NOW)).toBe('check');
  });
});

describe('gateSettings: the content script reads the settings through parseSettings', () => {
  test('defaults for nothing and for garbage', () => {
    expect(gateSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(gateSettings({ autoChecks: 'no', quietSites: 5, snoozedUntil: 'x', siteSnoozes: null, offerStyle: 1 })).toEqual(
      DEFAULT_SETTINGS,
    );
  });

  test('an unreadable quiet-site entry quiets nothing', () => {
    // Found when the content script had a guard of its own: "1" and "com" are not host names,
    // and must not quiet 127.0.0.1 or every .com site through subdomain matching.
    for (const [entry, host] of [
      ['1', '127.0.0.1'],
      ['com', 'example.com'],
      ['0.0.1', '127.0.0.1'],
    ] as const) {
      expect(gateDecision(gateSettings({ quietSites: [entry] }), host, NOW)).toBe('check');
    }
  });

  test('any stored data gives a decision and never throws (property)', () => {
    const site = fc.constantFrom('example.com', 'news.example.com', '127.0.0.1', 'a.org', 'bad host', '', '*', 'EXAMPLE.com');
    const time = fc.oneof(fc.constant(NOW - 1), fc.constant(NOW + HOUR), fc.constant(NOW + 3 * SNOOZE_MS), fc.anything());
    const raw = fc.record(
      {
        autoChecks: fc.oneof(fc.boolean(), fc.anything()),
        quietSites: fc.oneof(fc.array(fc.oneof(site, fc.anything())), fc.anything()),
        snoozedUntil: time,
        siteSnoozes: fc.oneof(fc.dictionary(site, time), fc.anything()),
        offerStyle: fc.oneof(fc.constantFrom('button', 'badge'), fc.anything()),
        emergencyRegion: fc.oneof(fc.constantFrom('GB', 'US', 'gb'), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const host = fc.constantFrom('example.com', 'www.example.com', 'news.example.com', 'example.org', '127.0.0.1', 'a.org');
    fc.assert(
      fc.property(raw, host, (stored, h) => {
        expect(['check', 'checks-off', 'quiet-site', 'snoozed', 'site-snoozed']).toContain(gateDecision(gateSettings(stored), h, NOW));
      }),
      { numRuns: 500 },
    );
  });
});

describe('quiet sites and the storage.sync quota', () => {
  test('a list fits while the key and its JSON stay within 8,192 bytes', () => {
    const site = (i: number) => `${'a'.repeat(60)}${i}.example.org`;
    let list: string[] = [];
    while (quietSitesFit([...list, site(list.length)])) list = [...list, site(list.length)];
    const bytes = new TextEncoder().encode('quietSites' + JSON.stringify(list)).length;
    expect(bytes).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(bytes + site(list.length).length + 3).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM);
    // Ordinary names: the count limit comes first, long names: the byte limit.
    expect(quietSitesFit(Array.from({ length: MAX_QUIET_SITES }, (_, i) => `s${i}.io`))).toBe(true);
    expect(list.length).toBeLessThan(MAX_QUIET_SITES);
  });
});
