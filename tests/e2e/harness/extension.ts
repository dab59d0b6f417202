import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { chromiumPath, extensionDir } from './paths';

export type LaunchOptions = {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  locale?: string;
  viewport?: { width: number; height: number };
  /** Another unpacked extension to load instead of Steady (the bench's reference script). */
  dir?: string;
};

export type ExtensionSession = {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** Opens the popup document in a tab of popup size (a real toolbar popup cannot be scripted). */
  openPopup(query?: string): Promise<Page>;
  /** Console errors and uncaught exceptions seen on any page of the session. */
  errors: string[];
  /** Requests the extension itself made to anything but its own files (should stay empty). */
  extensionRequests: string[];
  close(): Promise<void>;
};

/** The flags every test and bench browser runs with. */
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-features=DialMediaRouteProvider',
];

const sessions = new WeakMap<BrowserContext, ExtensionSession>();

/** The session a page of the tests belongs to. */
export function sessionOf(page: Page): ExtensionSession {
  const session = sessions.get(page.context());
  if (!session) throw new Error(`${page.url()} is not in a session launched by launchExtension`);
  return session;
}

/** Chromium with the built extension loaded, headless, in a fresh profile. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const dir = options.dir ?? extensionDir();
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [...ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  const extensionRequests: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
    if (requestSource(req).startsWith('chrome-extension://')) extensionRequests.push(url);
  });
  worker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    extensionUrl,
    errors,
    extensionRequests,
    async openPopup(query = '') {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(extensionUrl(`popup.html${query}`));
      return page;
    },
    close: () => context.close(),
  };
  sessions.set(context, session);
  return session;
}

/**
 * The URL of the document or worker that made a request. Playwright throws from `frame()` for
 * a service worker's requests and for a navigation whose frame does not exist yet (a new tab
 * opening): the first is the worker's URL, the second is a page load, not a fetch by a page.
 */
function requestSource(req: Request): string {
  const worker = req.serviceWorker();
  if (worker) return worker.url();
  try {
    return req.frame().url();
  } catch {
    return '';
  }
}
