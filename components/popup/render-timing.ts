// The popup's first render, for scripts/bench-popup.ts: from navigation start to the first
// frame painted with real content (the first step or the saved result). Recorded once, as the
// performance measure `steady:popup-render`; nothing is sent anywhere.
export const RENDER_MEASURE = 'steady:popup-render';

let recorded = false;

export function markFirstScreen(): void {
  if (recorded) return;
  recorded = true;
  // The frame after this one has painted the screen that was just committed.
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.measure(RENDER_MEASURE, { start: 0, end: performance.now() });
    }, 0),
  );
}
