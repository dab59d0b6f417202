// How the tests see Steady in a page. The offer lives in a closed shadow root and the sidebar in
// a frame of an extension page: Playwright's selectors reach neither, and neither may a page's
// own scripts. The tests read the root from the extension's isolated world (the scripting API,
// from the service worker), where Steady's scripts keep it, and act through real input only: a
// click is `page.mouse` at the element's place, a key is `page.keyboard`, as a person would.
// The sidebar's frame is a frame Playwright knows (an out-of-process one), so inside it the
// tests use ordinary locators.
import type { Frame, Locator, Page } from 'playwright-core';
import { sessionOf, type ExtensionSession } from './extension';
import { tabIdOf } from './detector-state';
import { until } from './until';

/** What the isolated world is asked about the elements matching `selector` in Steady's root. */
type Query = {
  selector: string;
  /** Accessible name: the aria-label, else the trimmed text; a string matches whole, a regex source partly. */
  name?: string;
  nameRegex?: string;
  op: 'count' | 'visible' | 'text' | 'attr' | 'box' | 'focus' | 'focused' | 'outline';
  attr?: string;
};

export type Box = { left: number; top: number; width: number; height: number; fontSize: string };

type ChromeInWorker = {
  scripting: {
    executeScript(i: {
      target: { tabId: number };
      func: (q: Query) => unknown;
      args: [Query];
      injectImmediately: boolean;
    }): Promise<{ result?: unknown }[]>;
  };
};

async function ask(session: ExtensionSession, page: Page, query: Query): Promise<unknown> {
  const tabId = await tabIdOf(session, page);
  return session.worker.evaluate(
    async ({ id, q }) => {
      const chrome = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
      // From an array, not a named function: tsx would wrap a named one in a helper the tab lacks.
      const [probe] = [
        (query: Query): unknown => {
          type Host = { element: Element; root: ShadowRoot };
          const host = (globalThis as { __steadyBridge?: { host?: Host } }).__steadyBridge?.host;
          const root = host?.element.isConnected ? host.root : undefined;
          if (query.op === 'focused') {
            if (!root || document.activeElement !== host!.element) return null;
            const el = root.activeElement;
            return el ? `${el.tagName}${el.textContent?.trim() ? `: ${el.textContent.trim().slice(0, 40)}` : ''}` : null;
          }
          if (query.op === 'outline') {
            const el = root?.activeElement;
            return el ? getComputedStyle(el).outlineStyle : 'none';
          }
          const pattern = query.nameRegex === undefined ? undefined : new RegExp(query.nameRegex);
          const all = root ? [...root.querySelectorAll(query.selector)] : [];
          // No named inner functions: tsx (npm start) would wrap them in a helper the tab lacks.
          const els = all.filter((e) => {
            const name = (e.getAttribute('aria-label') ?? e.textContent ?? '').trim();
            return (query.name === undefined || name === query.name) && (!pattern || pattern.test(name));
          });
          const el = els[0] as HTMLElement | undefined;
          const r = el?.getBoundingClientRect();
          switch (query.op) {
            case 'count':
              return els.length;
            case 'visible':
              return !!el && r!.width > 0 && r!.height > 0 && el.checkVisibility({ visibilityProperty: true });
            case 'text':
              return el ? el.textContent : null;
            case 'attr':
              return el ? el.getAttribute(query.attr!) : null;
            case 'box':
              return el
                ? {
                    x: r!.left,
                    y: r!.top,
                    left: r!.left,
                    top: r!.top,
                    width: r!.width,
                    height: r!.height,
                    fontSize: getComputedStyle(el).fontSize,
                  }
                : null;
            case 'focus':
              el?.focus();
              return !!el;
          }
          return null;
        },
      ];
      const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, func: probe, args: [q], injectImmediately: true });
      return frame?.result ?? null;
    },
    { id: tabId, q: query },
  );
}

const TIMEOUT_MS = 10_000;

/** A locator-like handle on elements in Steady's closed root (the offer, its menu, its toasts). */
export class InSteady {
  constructor(
    readonly page: Page,
    readonly selector: string,
    readonly name?: string | RegExp,
  ) {}

  private query(op: Query['op'], attr?: string): Promise<unknown> {
    const named = typeof this.name === 'string' ? { name: this.name } : this.name ? { nameRegex: this.name.source } : {};
    return ask(sessionOf(this.page), this.page, { selector: this.selector, op, attr, ...named });
  }

  count = async (): Promise<number> => (await this.query('count')) as number;
  isVisible = async (): Promise<boolean> => (await this.query('visible')) === true;
  textContent = async (): Promise<string | null> => (await this.query('text')) as string | null;
  getAttribute = async (name: string): Promise<string | null> => (await this.query('attr', name)) as string | null;
  box = async (): Promise<Box | null> => (await this.query('box')) as Box | null;
  /** Moves focus there as a test's set-up step (not an action a page could take). */
  focus = async (): Promise<void> => {
    if (!(await this.query('focus'))) throw new Error(`nothing in steady-ui matches ${this.selector}`);
  };

  /** Waits until it is visible (or, with `hidden`, until it is not). */
  async waitFor(options: { state?: 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const want = options.state !== 'hidden';
    const what = `steady-ui ${this.selector} ${String(this.name ?? '')} to become ${want ? 'visible' : 'hidden'}`;
    await until(what, this.isVisible, (visible) => visible === want, options.timeout ?? TIMEOUT_MS);
  }

  /** A person's click: the mouse, at the middle of the element as it is on screen. */
  async click(): Promise<void> {
    await this.waitFor();
    const box = (await this.box())!;
    await this.page.mouse.click(box.left + box.width / 2, box.top + box.height / 2);
  }
}

export const inSteady = (page: Page, selector: string, name?: string | RegExp) => new InSteady(page, selector, name);
export const offerButton = (page: Page) => inSteady(page, 'button.go', /^Steady:/);

/** "steady-ui > BUTTON: ×" in the offer, "sidebar > H2: Steady" in the sidebar's frame, or the page's element. */
export async function focused(page: Page): Promise<string> {
  const inRoot = (await ask(sessionOf(page), page, { selector: '', op: 'focused' })) as string | null;
  if (inRoot === 'IFRAME') {
    const frame = sidebarFrameNow(page);
    const inner = await frame?.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body
        ? `${el.tagName}${el.textContent?.trim() ? `: ${el.textContent.trim().slice(0, 40)}` : ''}`
        : 'BODY';
    });
    return `sidebar > ${inner ?? 'none'}`;
  }
  if (inRoot) return `steady-ui > ${inRoot}`;
  return page.evaluate(() => document.activeElement?.tagName ?? '');
}

/** The outline style of the focused element, in the offer or in the sidebar's frame. */
export async function focusOutline(page: Page): Promise<string> {
  const frame = sidebarFrameNow(page);
  if (frame && (await focused(page)).startsWith('sidebar >')) {
    return frame.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none'));
  }
  return (await ask(sessionOf(page), page, { selector: '', op: 'outline' })) as string;
}

const isSidebarFrame = (frame: Frame) => /^chrome-extension:\/\/[^/]+\/sidebar-frame\.html/.test(frame.url());

/** The sidebar's frame as it is now, or undefined. */
export function sidebarFrameNow(page: Page): Frame | undefined {
  return page.frames().find((f) => isSidebarFrame(f) && !f.isDetached());
}

/** Whether the sidebar's frame is in the page (Steady's root holds it). */
export async function sidebarOpen(page: Page): Promise<boolean> {
  return (await inSteady(page, 'iframe.sbf').count()) > 0;
}

/** The sidebar, once its frame has loaded and drawn it: a locator inside the frame. */
export async function sidebar(page: Page, timeout = TIMEOUT_MS): Promise<Locator> {
  const end = Date.now() + timeout;
  const frame = await until(
    'the sidebar to open',
    async () => ((await sidebarOpen(page)) ? sidebarFrameNow(page) : undefined),
    Boolean,
    timeout,
  );
  const aside = frame!.getByRole('complementary', { name: 'Steady' });
  await aside.waitFor({ timeout: Math.max(1, end - Date.now()) });
  return aside;
}

/** Waits until the sidebar's frame has gone from the page. */
export async function sidebarClosed(page: Page, timeout = TIMEOUT_MS): Promise<void> {
  await until(
    'the sidebar to close',
    () => sidebarOpen(page),
    (open) => !open,
    timeout,
  );
}

/**
 * Escape in the sidebar, which closes it. Playwright waits for the renderer to acknowledge a key
 * press, and the frame that takes this one is removed by it: about one run in five the
 * acknowledgement never comes and `press` (or `down`) waits forever. So the key goes down
 * without waiting for that acknowledgement, the test waits for what the key does (the frame
 * gone), and then the key comes up in the page, where focus now is.
 */
export async function escapeFromSidebar(page: Page): Promise<void> {
  void page.keyboard.down('Escape').catch(() => {});
  await sidebarClosed(page);
  await page.keyboard.up('Escape');
}
