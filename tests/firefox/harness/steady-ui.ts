// How the Firefox tests see Steady in a page, as the Chromium ones do (tests/e2e/harness/
// steady-ui.ts): the offer is in a closed shadow root that no page script, and no WebDriver
// sandbox, can enter, so a helper tab on Steady's own options page runs a small probe in the
// tab's content-script world (tabs.executeScript, where Steady's scripts keep the root) and the
// tests act only through real input at the places it reports.
import type { Frame, Page } from 'puppeteer-core';
import { until } from '../../e2e/harness/until';
import type { FirefoxSession } from './firefox';

export type Box = { x: number; y: number; width: number; height: number };
type Probe = { selector?: string; name?: string; op: 'box' | 'count' | 'focused' | 'checks' | 'gate' };

/** The probe, written out as code for tabs.executeScript (a function's source is serialised). */
function probe(q: Probe): unknown {
  if (q.op === 'checks') return (globalThis as { __steadyChecks?: number }).__steadyChecks ?? 0;
  if (q.op === 'gate') return (globalThis as { __steadyGate?: string }).__steadyGate ?? null;
  const host = (globalThis as { __steadyBridge?: { host?: { element: Element; root: ShadowRoot } } }).__steadyBridge?.host;
  const root = host?.element.isConnected ? host.root : undefined;
  if (q.op === 'focused') {
    if (!root || document.activeElement !== host!.element) return null;
    const el = root.activeElement;
    return el ? `${el.tagName}${el.textContent?.trim() ? `: ${el.textContent.trim().slice(0, 40)}` : ''}` : null;
  }
  const all = root ? Array.from(root.querySelectorAll(q.selector ?? '*')) : [];
  const els = all.filter((e) => q.name === undefined || (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().startsWith(q.name));
  if (q.op === 'count') return els.length;
  const r = els[0]?.getBoundingClientRect();
  return r && r.width > 0 ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
}

const helpers = new WeakMap<FirefoxSession, Promise<Page>>();

/**
 * One of Steady's pages in a new tab, once its document is ready. Started, not awaited: the
 * remote agent may never report an extension page as loaded.
 */
export async function openExtensionPage(session: FirefoxSession, file: string, ready = 'body'): Promise<Page> {
  const tab = await session.browser.newPage();
  void tab.goto(session.extensionUrl(file)).catch(() => {});
  // A poll of our own, not waitForFunction: that one fails outright, instead of trying again,
  // when the navigation replaces the document it was evaluating in.
  await until(
    `${file} to be ready`,
    () =>
      tab
        .evaluate(
          (selector) =>
            typeof (globalThis as { browser?: unknown }).browser === 'object' &&
            document.readyState === 'complete' &&
            document.querySelector(selector) !== null,
          ready,
        )
        .catch(() => false),
    (done) => done,
    15_000,
  );
  return tab;
}

/** Steady's options page in a tab of its own, whose `browser` object runs the probes. */
function helperPage(session: FirefoxSession): Promise<Page> {
  let page = helpers.get(session);
  if (!page) {
    page = openExtensionPage(session, 'options.html');
    helpers.set(session, page);
  }
  return page;
}

/** Writes (or, with null, clears) Steady's `storage.local`, as the extension itself would. */
export async function setLocalStorage(session: FirefoxSession, items: Record<string, unknown> | null): Promise<void> {
  const helper = await helperPage(session);
  await helper.evaluate(async (items) => {
    type Local = { set(i: object): Promise<void>; clear(): Promise<void> };
    const local = (globalThis as unknown as { browser: { storage: { local: Local } } }).browser.storage.local;
    await (items ? local.set(items) : local.clear());
  }, items);
}

/** The id Firefox knows the tab showing `page` by. */
export async function tabIdOf(session: FirefoxSession, page: Page): Promise<number> {
  const helper = await helperPage(session);
  const id = await helper.evaluate(async (url) => {
    type Tabs = { query(q: object): Promise<{ id: number; url?: string }[]> };
    const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
    return (await tabs.query({})).find((t) => t.url === url)?.id ?? -1;
  }, page.url());
  if (id < 0) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** Runs the probe in the content-script world of the tab showing `page`. */
export async function ask(session: FirefoxSession, page: Page, q: Probe): Promise<unknown> {
  const helper = await helperPage(session);
  const code = `(${probe.toString()})(${JSON.stringify(q)})`;
  return helper.evaluate(
    async (url, code) => {
      type Tabs = {
        query(q: object): Promise<{ id: number; url?: string }[]>;
        executeScript(id: number, d: { code: string }): Promise<unknown[]>;
      };
      const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
      // By address, compared here: Firefox's match patterns leave the port out.
      const tab = (await tabs.query({})).find((t) => t.url === url);
      if (!tab) throw new Error(`no tab for ${url}`);
      const [result] = await tabs.executeScript(tab.id, { code });
      return result ?? null;
    },
    page.url(),
    code,
  );
}

/** The offer's "Steady causes and tips" button, once it is on screen. */
export function offerBox(session: FirefoxSession, page: Page): Promise<Box> {
  return until(
    'the offer',
    () => ask(session, page, { selector: 'button.go', op: 'box' }) as Promise<Box | null>,
    (b) => b !== null,
  ) as Promise<Box>;
}

/** A person's click on the offer: the mouse at the middle of the button. */
export async function clickOffer(session: FirefoxSession, page: Page): Promise<void> {
  const box = await offerBox(session, page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** "steady-ui > BUTTON: Steady…" when focus is in the offer, or null. */
export function focusedInSteady(session: FirefoxSession, page: Page): Promise<string | null> {
  return ask(session, page, { op: 'focused' }) as Promise<string | null>;
}

/** Waits until the detector has finished a check of the page (verdict shown or not). */
export async function waitForCheck(session: FirefoxSession, page: Page): Promise<void> {
  await until(
    'the detector to check the page',
    () => ask(session, page, { op: 'checks' }) as Promise<number>,
    (n) => n >= 1,
  );
}

/** Waits until the detector's settings gate has decided, and returns what it decided. */
export function gateDecided(session: FirefoxSession, page: Page): Promise<string> {
  return until(
    'the settings gate',
    () => ask(session, page, { op: 'gate' }) as Promise<string | null>,
    (g) => g !== null,
  ) as Promise<string>;
}

/** Whether Steady's root holds the sidebar's frame. */
export async function sidebarOpen(session: FirefoxSession, page: Page): Promise<boolean> {
  return ((await ask(session, page, { selector: 'iframe.sbf', op: 'count' })) as number) > 0;
}

/**
 * The sidebar's frame, once its document has drawn the sidebar. Firefox's remote agent may go on
 * calling an extension frame `about:blank`, so the frame is known by where its document says it is.
 */
export async function sidebarFrame(session: FirefoxSession, page: Page): Promise<Frame> {
  await until(
    'the sidebar frame',
    () => sidebarOpen(session, page),
    (open) => open,
  );
  const isSidebar = (f: Frame) =>
    f
      .evaluate(() => location.pathname === '/sidebar-frame.html' && document.querySelector('aside [data-cause-id]') !== null)
      .catch(() => false);
  const frame = await until(
    'the sidebar document',
    async () => {
      for (const f of page.frames()) if (f !== page.mainFrame() && (await isSidebar(f))) return f;
      return undefined;
    },
    (f) => f !== undefined,
  );
  return frame!;
}

export async function sidebarClosed(session: FirefoxSession, page: Page): Promise<void> {
  await until(
    'the sidebar to close',
    () => sidebarOpen(session, page),
    (open) => !open,
  );
}
