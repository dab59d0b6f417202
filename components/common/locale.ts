// The browser's locales: the languages the person put in order first, then the browser's UI
// language (often just the language it was installed in). They guess the emergency number's
// country and choose the date format.
import { browser } from 'wxt/browser';

export function browserLocales(): string[] {
  const locales: string[] = [...(navigator.languages ?? []), navigator.language];
  try {
    const ui = browser.i18n?.getUILanguage?.();
    if (ui) locales.push(ui);
  } catch {
    // Not every context exposes i18n; the languages still say something.
  }
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
