// The reference extensions `npm run bench` loads beside Steady, each written into bench-output/
// and never shipped: one whose content script does nothing (`void 0`, the floor any content
// script pays), and the naive scan the detector issue names (document.body.textContent and one
// keyword pattern, a message to its background on a hit). Both run where Steady's detector
// runs: every http(s) page, at document_idle, in an isolated world of their own.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const EMPTY = 'void 0;\n';

const NAIVE = `if (/shak|trembl|tremor|quiver|twitch|jitter/i.test(document.body ? document.body.textContent : '')) {
  chrome.runtime.sendMessage({ hit: true });
}
`;

// The harness waits for an extension's service worker before it drives the browser; the naive
// one answers its content script's message, as Steady's background does.
const BACKGROUND = `chrome.runtime.onMessage.addListener(() => undefined);\n`;

/** An unpacked extension in `outDir` whose one content script is `script`; returns its folder. */
export function writeContentScriptExtension(outDir: string, name: string, script: string): string {
  const dir = path.join(outDir, `${name}-extension`);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: `Steady bench: ${name} content script`,
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['*://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(dir, 'background.js'), BACKGROUND);
  writeFileSync(path.join(dir, 'content.js'), script);
  return dir;
}

/** Writes both extensions into `outDir`; returns their folders. */
export function writeBenchExtensions(outDir: string): { empty: string; naive: string } {
  return { empty: writeContentScriptExtension(outDir, 'empty', EMPTY), naive: writeContentScriptExtension(outDir, 'naive', NAIVE) };
}
