// The emergency number: the confirmed country first, then the browser's languages; 112 and 911
// together whenever the country is unknown or the languages disagree. And what to say.
import { describe, expect, test } from 'vitest';
import { emergencyNumberFor, FALLBACK_NUMBERS, regionOf, whatToSay } from '@/knowledge/assess/emergency';
import { EMERGENCY_NUMBERS } from '@/knowledge/emergency-numbers';

const numberFor = (locales: (string | null | undefined)[], chosen?: string | null) =>
  emergencyNumberFor(locales, EMERGENCY_NUMBERS, chosen);

describe('emergency number', () => {
  test.each([
    ['en-US', '911'],
    ['en-CA', '911'],
    ['fr-CA', '911'],
    ['es-MX', '911'],
    ['en-GB', '999'],
    ['en-AU', '000'],
    ['en-NZ', '111'],
    ['ja-JP', '119'],
    ['ko-KR', '119'],
    ['de-DE', '112'],
    ['fr-FR', '15'],
    ['it-IT', '112'],
    ['pt-BR', '192'],
    ['zh-CN', '120'],
    ['hi-IN', '112'],
    ['pl-PL', '999'],
    ['ga-IE', '112'],
    ['pt_PT', '112'],
  ])('%s → %s', (locale, number) => {
    const found = numberFor([locale]);
    expect(found.numbers[0]).toBe(number);
    expect(found.confirmed).toBe(false);
  });

  test('112 and 911 together when the country is unknown or not in the table', () => {
    for (const locales of [['es-419'], [], [undefined, null, ''], ['en'], ['xx-ZZ']]) {
      expect(numberFor(locales)).toEqual({ numbers: FALLBACK_NUMBERS, region: null, confirmed: false });
    }
    expect(FALLBACK_NUMBERS).toEqual(['112', '911']);
  });

  test('languages naming countries with different numbers are a reason to be unsure', () => {
    expect(numberFor(['en-GB', 'en-US']).numbers).toEqual(FALLBACK_NUMBERS);
    // Countries that share a number agree.
    expect(numberFor(['de-DE', 'nl-NL', 'en'])).toMatchObject({ numbers: ['112'], region: 'DE' });
  });

  test('the country confirmed in the options wins over every language', () => {
    expect(numberFor(['en-US'], 'GB')).toEqual({ numbers: ['999', '112'], region: 'GB', confirmed: true });
    expect(numberFor(['en-GB', 'en-US'], 'JP')).toEqual({ numbers: ['119'], region: 'JP', confirmed: true });
    // A stored country that is not in the table is ignored rather than trusted.
    expect(numberFor(['en-AU'], 'ZZ')).toMatchObject({ numbers: ['000', '112'], confirmed: false });
  });

  test("at most two numbers, the country's own first", () => {
    expect(numberFor(['hi-IN']).numbers).toEqual(['112', '108']);
    for (const e of EMERGENCY_NUMBERS) expect(numberFor([`xx-${e.region}`]).numbers).toEqual(e.numbers.slice(0, 2));
  });

  test('the table covers the EU and at least 40 of the most populous countries', () => {
    const regions = new Set(EMERGENCY_NUMBERS.map((e) => e.region));
    const EU = [
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'HU',
      'IE',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SK',
      'SI',
      'ES',
      'SE',
    ];
    expect(EU.filter((r) => !regions.has(r))).toEqual([]);
    for (const r of EU) expect(EMERGENCY_NUMBERS.find((e) => e.region === r)!.numbers).toContain('112');
    // The 40 most populous countries (UN estimates), less the six for which no source could be
    // found (they get 112 and 911): Ethiopia, DR Congo, Myanmar, Sudan, Afghanistan, Yemen.
    const POPULOUS = [
      'IN',
      'CN',
      'US',
      'ID',
      'PK',
      'NG',
      'BR',
      'BD',
      'RU',
      'MX',
      'JP',
      'PH',
      'EG',
      'VN',
      'IR',
      'TR',
      'DE',
      'TH',
      'GB',
      'TZ',
      'FR',
      'ZA',
      'IT',
      'KE',
      'KR',
      'CO',
      'ES',
      'UG',
      'AR',
      'DZ',
      'IQ',
      'CA',
      'PL',
      'MA',
      'UA',
      'AO',
      'UZ',
      'SA',
      'MY',
      'PE',
    ];
    expect(POPULOUS.filter((r) => !regions.has(r))).toEqual([]);
    for (const r of ['NZ', 'JP', 'KR']) expect(regions.has(r)).toBe(true);
  });

  test('regions are read from any tag shape', () => {
    expect(regionOf('en-us')).toBe('US');
    expect(regionOf('zh-Hant-TW')).toBe('TW');
    expect(regionOf('en_GB')).toBe('GB');
    expect(regionOf('en')).toBeNull();
    expect(regionOf('')).toBeNull();
  });
});

describe('what to say', () => {
  test('names what the person notices', () => {
    const say = whatToSay([{ id: 'chest-pain', notice: 'Chest pain when running' }]);
    expect(say.intro).toMatch(/emergency/);
    expect(say.signs).toEqual(['Chest pain when running']);
  });
});
