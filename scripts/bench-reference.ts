// The bench's reference for first runs: the least a content script can do to look at a page,
// the naive scan (document.body.textContent and one keyword pattern), as a content
// script of its own unpacked extension, at document_idle, in its own isolated world, timed
// with its own measure. Loaded in a second browser, on the same pages, in loads interleaved
// with Steady's: whatever a cold isolated world costs on this machine at that moment, both
// pay it. Never shipped: the bench writes it into bench-output/.
import { writeContentScriptExtension } from './bench-extensions';

export const REFERENCE_MEASURE = 'reference:naive';

const NAIVE_SCRIPT = `(() => {
  const start = performance.now();
  /shak|trembl|tremor|quiver|twitch|jitter/i.test(document.body ? document.body.textContent : '');
  performance.measure(${JSON.stringify(REFERENCE_MEASURE)}, { start, end: performance.now() });
})();
`;

/** Writes the reference extension into `outDir` and returns its folder. */
export function writeReferenceExtension(outDir: string): string {
  return writeContentScriptExtension(outDir, 'reference', NAIVE_SCRIPT);
}
