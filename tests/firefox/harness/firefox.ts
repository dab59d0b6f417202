// Debian's Firefox ESR with Steady's Firefox build installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi (Playwright cannot drive a stock Firefox). The add-on's
// internal UUID is fixed at launch, so its pages have a known address; the remote agent may
// never report such a page as loaded, so the harness starts navigations there and waits for
// the state it needs instead.
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../../e2e/harness/paths';
import type { Page as KeyboardPage } from '../../e2e/self-check-helpers';

/** The gecko id in wxt.config.ts's browser_specific_settings. */
export const GECKO_ID = '{4b8f3c2e-6d1a-4f5e-9c7b-2a3d5e6f7a81}';
/** Any fixed UUID: Firefox gives the installed add-on this one instead of a random one. */
export const ADDON_UUID = '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c';

export function firefoxPath(): string {
  return process.env.STEADY_FIREFOX ?? '/usr/bin/firefox-esr';
}

/** The built Firefox add-on: `wxt build -b firefox` output. */
export function firefoxExtensionDir(): string {
  return path.resolve(ROOT, process.env.STEADY_OUT_DIR ?? '.output', 'firefox-mv2');
}

/** Says exactly what is missing, so a fresh machine never skips the Firefox tests silently. */
export function assertFirefoxTestsCanRun(): void {
  if (!existsSync(firefoxPath())) {
    throw new Error(
      `The Firefox tests need Firefox at ${firefoxPath()}, and it is not there.\n` +
        `Install Debian's Firefox ESR with: sudo apt-get install -y firefox-esr\n` +
        `(or point STEADY_FIREFOX at another Firefox binary). The tests are never skipped.`,
    );
  }
  if (!existsSync(path.join(firefoxExtensionDir(), 'manifest.json'))) {
    throw new Error(`No Firefox build at ${firefoxExtensionDir()}. Run \`npm run build:firefox\` first (npm run test:e2e:firefox does).`);
  }
}

export type FirefoxSession = {
  browser: Browser;
  /** moz-extension://<fixed uuid>/<path> */
  extensionUrl(file: string): string;
  /** A new tab on `url`, once its document has loaded. */
  open(url: string): Promise<Page>;
  /** Errors the pages logged (the console and uncaught exceptions). */
  errors: string[];
  /** Every request the pages opened with `open` made, frames included. */
  requests: string[];
  close(): Promise<void>;
};

export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets WebDriver reach moz-extension:// documents (the sidebar's frame, the options page).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }) },
  });
  await browser.installExtension(firefoxExtensionDir());
  const errors: string[] = [];
  const requests: string[] = [];
  const extensionUrl = (file: string) => `moz-extension://${ADDON_UUID}/${file.replace(/^\//, '')}`;
  return {
    browser,
    extensionUrl,
    errors,
    requests,
    async open(url) {
      const page = await browser.newPage();
      page.on('request', (r) => void requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${(e as Error).message}`));
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * A Puppeteer page as the shared keyboard helpers take it (tests/e2e/self-check-helpers.ts):
 * Puppeteer names the space bar by its key, " ", where Playwright says "Space".
 */
export function forKeyboardHelpers(page: Page): KeyboardPage {
  return {
    evaluate: (fn) => page.evaluate(fn),
    keyboard: { press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key) },
  };
}
