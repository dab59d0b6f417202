// Which number to call in an emergency, from the browser's locale, and what to say. Only the
// region part of the locale matters ("en-GB" → GB). Where the region is unknown or missing,
// 112: it reaches emergency services across the EU and from most mobile phones elsewhere.
// The screen always adds "or your local emergency number": a locale is a guess at a place.
import type { RedFlag } from '../schema';

const NORTH_AMERICA = ['US', 'CA'];
const UK = ['GB', 'UK'];
const AUSTRALIA = ['AU'];
const EU = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

export type EmergencyNumber = {
  number: string;
  /** The region the number was chosen for, or null when it is the fallback. */
  region: string | null;
};

export const FALLBACK_EMERGENCY_NUMBER = '112';

/** The two-letter region of a locale tag ("en-US", "pt_BR", "zh-Hant-TW"), or null. */
export function regionOf(locale: string): string | null {
  const parts = locale.trim().replace(/_/g, '-').split('-').slice(1);
  const region = parts.find((p) => /^[a-z]{2}$/i.test(p));
  return region ? region.toUpperCase() : null;
}

/** The number for the first locale that names a region (UI locale first, then languages). */
export function emergencyNumberFor(locales: readonly (string | undefined | null)[]): EmergencyNumber {
  for (const locale of locales) {
    const region = locale ? regionOf(locale) : null;
    if (!region) continue;
    if (NORTH_AMERICA.includes(region)) return { number: '911', region };
    if (UK.includes(region)) return { number: '999', region };
    if (AUSTRALIA.includes(region)) return { number: '000', region };
    if (EU.includes(region)) return { number: '112', region };
    return { number: FALLBACK_EMERGENCY_NUMBER, region: null };
  }
  return { number: FALLBACK_EMERGENCY_NUMBER, region: null };
}

const STROKE_SIGNS = new Set(['face-arm-speech', 'sudden-one-side-weakness']);

export type WhatToSay = {
  /** The opening instruction. */
  intro: string;
  /** What the person notices, in the knowledge base's plain words. */
  signs: string[];
  /** What else to say and do, in order. */
  steps: string[];
};

/** What to tell the call handler, in short instructions. */
export function whatToSay(flags: readonly Pick<RedFlag, 'id' | 'notice'>[]): WhatToSay {
  const steps = [
    flags.some((f) => STROKE_SIGNS.has(f.id))
      ? 'Say when the signs started, to the minute if you can: it matters for treatment.'
      : 'Say when it started.',
    'Give the address where you are.',
    'Do not drive yourself. Stay on the line and do what they tell you.',
  ];
  return { intro: 'Say it is an emergency, and what you notice:', signs: flags.map((f) => f.notice), steps };
}
