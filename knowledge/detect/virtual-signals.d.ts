// The detector's signals, computed at build time by buildDetectorSignals (knowledge/detect/
// signals.ts) and served by the Vite plugin in wxt.config.ts. The content script imports only
// `gate` and `body` (a few hundred bytes); the background imports all of it.
declare module 'virtual:steady-detector-signals' {
  export const gate: string;
  export const body: string;
  export const groups: import('@/knowledge/detect/signals').PhraseGroup[];
  const signals: import('@/knowledge/detect/signals').DetectorSignals;
  export default signals;
}
