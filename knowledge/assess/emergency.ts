// Which number to call in an emergency, and what to say. The country a person confirmed in the
// options wins; otherwise the regions of the browser's languages (navigator.languages first:
// the person's own order; the UI language after it) are a guess at where they are. Where no
// language names a region, the region has no entry, or the languages name countries with
// different numbers, the screen shows 112 and 911 together: 112 reaches emergency services
// across the EU and from most mobile phones elsewhere, 911 across North America and much of
// Latin America. The screen always adds "or your local emergency number".
import type { EmergencyNumber, RedFlag } from '../schema';

export type EmergencyNumbers = {
  /** The numbers to show, best first. */
  numbers: string[];
  /** The country they are for, or null when it is the fallback. */
  region: string | null;
  /** True when the person chose the country in the options. */
  confirmed: boolean;
};

export const FALLBACK_NUMBERS = ['112', '911'];

/** The two-letter region of a locale tag ("en-US", "pt_BR", "zh-Hant-TW"), or null. */
export function regionOf(locale: string): string | null {
  const parts = locale.trim().replace(/_/g, '-').split('-').slice(1);
  const region = parts.find((p) => /^[a-z]{2}$/i.test(p));
  return region ? region.toUpperCase() : null;
}

export function emergencyNumberFor(
  locales: readonly (string | undefined | null)[],
  table: readonly EmergencyNumber[],
  chosenRegion?: string | null,
): EmergencyNumbers {
  const entry = (region: string) => table.find((e) => e.region === region);
  const chosen = chosenRegion ? entry(chosenRegion.toUpperCase()) : undefined;
  // At most two: a country's own line and, where it has one, the general number (999 or 112).
  const shown = (e: EmergencyNumber) => e.numbers.slice(0, 2);
  if (chosen) return { numbers: shown(chosen), region: chosen.region, confirmed: true };
  const regions = [...new Set(locales.map((l) => (l ? regionOf(l) : null)).filter((r): r is string => r !== null))];
  const fallback = { numbers: FALLBACK_NUMBERS, region: null, confirmed: false };
  const first = regions[0] ? entry(regions[0]) : undefined;
  if (!first) return fallback;
  // A second country with another number ("en-US" kept from an install beside "en-GB"): unsure.
  const disagree = regions.some((r) => entry(r)?.numbers[0] !== first.numbers[0]);
  if (disagree) return fallback;
  return { numbers: shown(first), region: first.region, confirmed: false };
}

export type WhatToSay = {
  /** The opening instruction. */
  intro: string;
  /** What the person notices, in the knowledge base's plain words. */
  signs: string[];
};

/** What to tell the call handler or the emergency department. */
export function whatToSay(flags: readonly Pick<RedFlag, 'id' | 'notice'>[]): WhatToSay {
  return { intro: 'Say it is an emergency, and what you notice:', signs: flags.map((f) => f.notice) };
}
