// The emergency number comes from the locale's region, 112 when unknown; what to say.
import { describe, expect, test } from 'vitest';
import { emergencyNumberFor, regionOf, whatToSay } from '@/knowledge/assess/emergency';

describe('emergency number', () => {
  test.each([
    ['en-US', '911'],
    ['en-CA', '911'],
    ['fr-CA', '911'],
    ['en-GB', '999'],
    ['en-AU', '000'],
    ['de-DE', '112'],
    ['fr-FR', '112'],
    ['es-ES', '112'],
    ['pl-PL', '112'],
    ['ga-IE', '112'],
    ['pt_PT', '112'],
  ])('%s → %s', (locale, number) => {
    expect(emergencyNumberFor([locale]).number).toBe(number);
  });

  test('112 is the fallback, for an unknown region or a locale without one', () => {
    expect(emergencyNumberFor(['ja-JP'])).toEqual({ number: '112', region: null });
    expect(emergencyNumberFor(['es-419'])).toEqual({ number: '112', region: null });
    expect(emergencyNumberFor([])).toEqual({ number: '112', region: null });
    expect(emergencyNumberFor([undefined, null, ''])).toEqual({ number: '112', region: null });
  });

  test('the first locale that names a region decides: the UI language before the page languages', () => {
    expect(emergencyNumberFor(['en', 'en-GB', 'en-US'])).toEqual({ number: '999', region: 'GB' });
    expect(emergencyNumberFor(['en-AU', 'en-US'])).toEqual({ number: '000', region: 'AU' });
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
  test('names what the person notices, when it started and where they are', () => {
    const say = whatToSay([{ id: 'chest-pain', notice: 'Chest pain when running' }]);
    expect(say.intro).toMatch(/emergency/);
    expect(say.signs).toEqual(['Chest pain when running']);
    expect(say.steps.join(' ')).toMatch(/when it started/);
    expect(say.steps.join(' ')).toMatch(/address/);
  });

  test('stroke signs ask for the time to the minute', () => {
    const say = whatToSay([{ id: 'face-arm-speech', notice: 'A drooping face' }]);
    expect(say.steps[0]).toMatch(/to the minute/);
  });
});
