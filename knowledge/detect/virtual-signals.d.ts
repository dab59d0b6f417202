// The detector's signals, computed at build time by buildDetectorSignals (knowledge/detect/
// signals.ts) and served by the Vite plugin in scripts/vite/virtual-modules.ts. The content script imports only
// `gate` and `body` (a few hundred bytes); the background imports all of it.
declare module 'virtual:steady-detector-signals' {
  export const gate: string;
  export const body: string;
  export const groups: import('@/knowledge/detect/signals').PhraseGroup[];
  const signals: import('@/knowledge/detect/signals').DetectorSignals;
  export default signals;
}

// The offer's words and colours (scripts/vite/virtual-modules.ts): the seven topics from
// knowledge/data/vocabulary.json and the colour tokens from components/common/tokens.css.
declare module 'virtual:steady-page-constants' {
  export const topics: Readonly<Record<import('@/knowledge/vocabulary').Context, string>>;
  /** CSS that sets the offer's `--steady-*` colour tokens on `.o`, light and dark. */
  export const offerTokens: string;
}
