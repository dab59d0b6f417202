// The bench's reference for first runs: the least a content script can do to look at a page,
// the naive scan (document.body.textContent and one keyword pattern), as a content
// script of its own unpacked extension, at document_idle, in its own isolated world, timed
// with its own measure. Loaded in a second browser, on the same pages, in loads interleaved
// with Steady's: whatever a cold isolated world costs on this machine at that moment, both
// pay it. Never shipped: the bench writes it into bench-output/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const REFERENCE_MEASURE = 'reference:naive';

const MANIFEST = {
  manifest_version: 3,
  name: 'Steady bench reference',
  version: '1.0.0',
  // The harness waits for an extension's service worker before it drives the browser.
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['*://*/*'], js: ['naive.js'], run_at: 'document_idle' }],
};

const NAIVE_SCRIPT = `(() => {
  const start = performance.now();
  /shak|trembl|tremor|quiver|twitch|jitter/i.test(document.body ? document.body.textContent : '');
  performance.measure(${JSON.stringify(REFERENCE_MEASURE)}, { start, end: performance.now() });
})();
`;

/** Writes the reference extension into `outDir` and returns its folder. */
export function writeReferenceExtension(outDir: string): string {
  const dir = path.join(outDir, 'reference-extension');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(MANIFEST, null, 2)}\n`);
  writeFileSync(path.join(dir, 'background.js'), '// The harness waits for a service worker.\n');
  writeFileSync(path.join(dir, 'naive.js'), NAIVE_SCRIPT);
  return dir;
}
