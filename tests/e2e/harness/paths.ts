import path from 'node:path';
import { existsSync } from 'node:fs';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The built Chrome extension: `wxt build` output, or STEADY_OUT_DIR when builds run side by side. */
export function extensionDir(): string {
  return path.resolve(ROOT, process.env.STEADY_OUT_DIR ?? '.output', 'chrome-mv3');
}

export function chromiumPath(): string {
  return process.env.STEADY_CHROMIUM ?? '/usr/bin/chromium';
}

/** Says exactly what is missing, so a fresh machine never skips the browser tests silently. */
export function assertBrowserTestsCanRun(): void {
  const chromium = chromiumPath();
  if (!existsSync(chromium)) {
    throw new Error(
      `Real-browser tests need Chromium at ${chromium}, and it is not there.\n` +
        `Install Debian's Chromium with: sudo apt-get install -y chromium\n` +
        `(or point STEADY_CHROMIUM at another Chromium binary). The tests are never skipped.`,
    );
  }
  const dir = extensionDir();
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}. Run \`npm run build\` first (npm run test:e2e does).`);
  }
}
