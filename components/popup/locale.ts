// The browser's locales, UI language first: they choose the emergency number and date format.
import { browser } from 'wxt/browser';

export function browserLocales(): string[] {
  const locales: string[] = [];
  try {
    const ui = browser.i18n?.getUILanguage?.();
    if (ui) locales.push(ui);
  } catch {
    // Not every context exposes i18n; the page's languages still say something.
  }
  locales.push(...(navigator.languages ?? []), navigator.language);
  return locales.filter(Boolean);
}

/** The first locale the Intl API accepts, for formatting dates. */
export function dateLocale(): string {
  for (const locale of browserLocales()) {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? locale;
    } catch {
      // An odd tag: try the next.
    }
  }
  return 'en';
}
