// What a hostile page can try against Steady, in real Chromium with the built extension. A page
// script installed before anything else loads (addInitScript) watches and pokes at everything it
// can reach. Covered here: a page that does not match sees nothing at all (no performance entry,
// no event, no DOM change, no global); WXT's page-visible start-up event is gone, and sending it
// stops nothing; scripted clicks and keys do nothing (no sidebar, no quiet site, no snooze, no
// self-check tab); with a saved self-check that holds pregnancy, diabetes and new medication, the
// page learns nothing of what the sidebar shows (closed root, frame out of reach, window.find,
// innerText, resource timing, messages, probing the frame's address); and in the same tests a
// person's real click still opens the sidebar and it still shows the personalised lines.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import type { PageServer } from './harness/server';
import { readStorage, writeStorage } from './harness/storage';
import { waitForChecks, detectorState } from './harness/detector-state';
import { FAVICON, fixture, offerButton, openChecked, sidebar, sidebarFrameNow, sidebarOpen, STRETCHING } from './sidebar-helpers';
import { NEGATIVE } from './settings-helpers';

/**
 * Installed in every page before its own scripts: records what a page could observe of Steady.
 * `id` is the extension's id, public in the stores, so a page can listen for WXT's event names.
 */
const spy = (id: string) =>
  `(() => {
  const seen = (window.__seen = { entries: [], events: [], mutations: 0, shadows: 0 });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) seen.entries.push(e.entryType + ':' + e.name); })
    .observe({ entryTypes: ['mark', 'measure'] });
  // Custom events dispatched in the page's world, messages to the window, and WXT's start-up
  // event by name (one dispatched from the extension's world still reaches listeners here).
  const record = (where) => (e) => seen.events.push(where + ':' + (e.type || '') + ':' + JSON.stringify(e.detail ?? e.data ?? null));
  const native = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (e) {` +
  ` if (e instanceof CustomEvent) record('dispatched')(e); return native.call(this, e); };
  // A page that wraps attachShadow to keep every root, closed ones too, for itself.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { seen.shadows++; return attach.call(this, init); };
  window.addEventListener('message', record('window'));
  const id = ${JSON.stringify(id)};
  for (const script of ['detector', 'sidebar']) document.addEventListener(` +
  `id + ':' + script + ':wxt:content-script-started', record('document'));
  const before = new Set(Object.getOwnPropertyNames(window));
  window.__globalsNow = () => Object.getOwnPropertyNames(window).filter((n) => !before.has(n) && !n.startsWith('__'));
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((list) => { seen.mutations += list.length; }).observe(document.documentElement, ` +
  `{ subtree: true, childList: true, attributes: true, characterData: true });
  });
})();`;

const test = e2eTest({
  routes: { ...FAVICON, '/stretch.html': fixture(STRETCHING), '/recipe.html': NEGATIVE },
  reset: { storage: ['sync', 'local'], closeTabs: true },
  prepare: (session) => session.context.addInitScript(spy(session.extensionId)),
});
let session: ExtensionSession;
let server: PageServer;
test.beforeAll(({ session: s, server: v }) => {
  [session, server] = [s, v];
});

type Seen = { entries: string[]; events: string[]; mutations: number; shadows: number };
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
const newGlobals = (page: Page) => page.evaluate(() => (window as unknown as { __globalsNow(): string[] }).__globalsNow());

describe('on a page that does not match', () => {
  test('the page observes nothing: no performance entry, no event, no DOM change, no global', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/recipe.html'));
    await waitForChecks(session, page);
    expect(await seen(page)).toEqual({ entries: [], events: [], mutations: 0, shadows: 0 });
    expect(await newGlobals(page)).toEqual([]);
  });
});

describe('on a matching page', () => {
  test('no start-up event and no performance entry, and a forged WXT event stops nothing', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/stretch.html'));
    await offerButton(page).waitFor();
    const observed = await seen(page);
    expect(observed.entries).toEqual([]);
    expect(observed.events.filter((e) => /steady|wxt|content-script/i.test(e))).toEqual([]);
    // The event WXT's context listened for, with every name a page could guess.
    await page.evaluate((id) => {
      for (const name of [
        `${id}:detector:wxt:content-script-started`,
        `${id}:sidebar:wxt:content-script-started`,
        'wxt:content-script-started',
      ]) {
        for (const detail of [
          { contentScriptName: 'detector', messageId: 'x' },
          { contentScriptName: 'sidebar', messageId: 'x' },
        ]) {
          document.dispatchEvent(new CustomEvent(name, { detail }));
        }
      }
    }, session.extensionId);
    // Still running: a route change is still noticed and checked.
    const before = (await detectorState(session, page)).checks;
    await page.evaluate(() => history.pushState({}, '', '/stretch.html?moved'));
    await waitForChecks(session, page, before + 1);
    expect(await offerButton(page).isVisible()).toBe(true);
  });

  test('scripted clicks and keys on everything the page reaches do nothing; a real click opens the sidebar', async () => {
    const page = await openChecked(session, server.url('/stretch.html'));
    await offerButton(page).waitFor();
    const tabsBefore = session.context.pages().length;
    // The root is closed: the page gets Steady's element and nothing inside it. It clicks and
    // presses keys on that element, on everything else, and at the offer's place on screen.
    const reached = await page.evaluate(() => {
      const host = document.querySelector('steady-ui')!;
      for (let round = 0; round < 3; round++) {
        // Not links or forms: the page would only navigate itself away.
        for (const el of [host, ...document.querySelectorAll('body *:not(a, a *, form, form *)')]) {
          (el as HTMLElement).click?.();
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        }
        const atOffer = document.elementFromPoint(innerWidth - 60, innerHeight - 30);
        atOffer?.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, clientX: innerWidth - 60, clientY: innerHeight - 30 }),
        );
      }
      return { root: host.shadowRoot, children: host.childElementCount };
    });
    expect(reached).toEqual({ root: null, children: 0 });
    expect(await sidebarOpen(page)).toBe(false);
    expect(await offerButton(page).isVisible()).toBe(true);

    // A person's click (real input events) still opens it. The background handles messages in
    // the order they arrive, so once the sidebar it injects is there, any message the scripted
    // clicks had sent would have been handled too: none was.
    await offerButton(page).click();
    await sidebar(page);
    expect(await readStorage(session, 'sync')).toEqual({});
    expect(session.context.pages().length).toBe(tabsBefore);
  });
});

describe('with the sidebar open and a saved self-check that holds health details', () => {
  const SAVED = {
    selfCheck: {
      answers: { when: ['after-exercise'], duration: 'days', factors: ['pregnancy', 'diabetes', 'new-medication'], flags: [] },
      savedAt: '2026-11-20T09:30:00.000Z',
    },
  };
  test.beforeEach(() => writeStorage(session, 'local', SAVED));

  /** Every line of text the sidebar shows, as the frame has it (the test may look; a page may not). */
  const shownPhrases = async (page: Page): Promise<string[]> => {
    const frame = sidebarFrameNow(page)!;
    const texts = await frame.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.textContent!.replace(/\s+/g, ' ').trim());
      return out;
    });
    // Lines a page could search for, and each part of a "why" line ("… · Fits your self-check
    // answers"): long enough to say something, once each.
    const parts = texts.flatMap((t) => [t, ...t.split(' · ')]);
    return [...new Set(parts.filter((t) => t.length >= 12))];
  };

  test('the page cannot read a word of it, find its frame or probe its address; the person still sees the personal lines', async () => {
    const page = await openChecked(session, server.url('/stretch.html'));
    await offerButton(page).click();
    const aside = await sidebar(page);
    // The feature works: ranked with the saved check, and a cause fits its answers.
    await aside.getByText(/^Ranked using your self-check from /).waitFor();
    expect(await aside.getByText('Fits your self-check answers').count()).toBeGreaterThanOrEqual(1);
    // The article's own words (the quotes and their sections) are the page's to find: not those.
    const article = fixture(STRETCHING).replace(/\s+/g, ' ');
    const phrases = (await shownPhrases(page)).filter((line) => !article.includes(line.replace(/^“|”$/g, '')));
    expect(phrases.length).toBeGreaterThanOrEqual(40);
    expect(phrases).toContain('Fits your self-check answers');

    // A control: the same search does find the article's own words, so a miss means something.
    const control = 'Why do my legs shake when I stretch?';
    expect(article).toContain(control);
    const learned = await page.evaluate(
      ([control, lines]) => {
        const host = document.querySelector('steady-ui')!;
        // Every open shadow root in the page, nested ones too.
        const roots: (Document | ShadowRoot)[] = [document];
        for (let i = 0; i < roots.length; i++)
          for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
        const pageText = document.body.innerText + document.documentElement.textContent + document.documentElement.outerHTML;
        const finds = (line: string) => {
          getSelection()?.removeAllRanges();
          return (window as unknown as { find(s: string, c: boolean, b: boolean, w: boolean): boolean }).find(line, false, false, true);
        };
        const found = lines.filter((line) => finds(line) || pageText.includes(line));
        return {
          control: finds(control),
          found,
          shadowRoot: host.shadowRoot,
          openRoots: roots.length - 1,
          frames: window.length,
          firstFrame: window.frames[0] ?? null,
          iframes: document.querySelectorAll('iframe').length,
          frameTimings: performance.getEntriesByType('resource').filter((e) => /extension|sidebar/.test(e.name)).length,
        };
      },
      [control, phrases] as const,
    );
    expect(learned).toEqual({
      control: true,
      found: [],
      shadowRoot: null,
      openRoots: 0,
      frames: 0,
      firstFrame: null,
      iframes: 0,
      frameTimings: 0,
    });
    expect((await seen(page)).shadows).toBe(0);

    // Messages to every window it has: nothing reaches Steady, nothing changes.
    await page.evaluate(() => {
      for (const data of ['sidebar:close', { type: 'sidebar:close' }, { type: 'sidebar:quote', text: 'x', block: 0 }]) {
        window.postMessage(data, '*');
        window.top?.postMessage(data, '*');
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(await sidebarOpen(page)).toBe(true);
    expect(await aside.getByText('Fits your self-check answers').count()).toBeGreaterThanOrEqual(1);
  });

  test('the frame’s address tells the page nothing: loading it fails the same for Steady’s id and a made-up one', async () => {
    const page = await openChecked(session, server.url('/stretch.html'));
    const madeUp = 'abcdefghijklmnopabcdefghijklmnop';
    const errorsBefore = session.errors.length;
    const probe = await page.evaluate(
      async (ids) => {
        const attempt = async (id: string) => {
          try {
            const response = await fetch(`chrome-extension://${id}/sidebar-frame.html`);
            return `status ${response.status}`;
          } catch (e) {
            return `${(e as Error).name}: ${(e as Error).message}`;
          }
        };
        return { steady: await attempt(ids[0]!), madeUp: await attempt(ids[1]!) };
      },
      [session.extensionId, madeUp],
    );
    expect(probe.steady).toBe(probe.madeUp);
    // The browser logs each refused load in the page's console: those lines are the probe's own.
    const logged = session.errors.splice(errorsBefore);
    expect(logged.filter((line) => !/Failed to load resource: net::ERR_FAILED|sidebar-frame\.html/.test(line))).toEqual([]);
  });

  // The name in two parts: Prettier keeps a single string on the test's own line, however long.
  test(
    'scripted clicks and keys cannot open a self-check tab or close the sidebar; ' + 'a real click opens one tab, then reuses it',
    async () => {
      const page = await openChecked(session, server.url('/stretch.html'));
      await offerButton(page).click();
      const aside = await sidebar(page);
      const tabsBefore = session.context.pages().length;
      await page.evaluate(() => {
        const host = document.querySelector('steady-ui')!;
        (host as HTMLElement).click();
        host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        document
          .elementFromPoint(innerWidth - 100, innerHeight - 60)
          ?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      });
      expect(session.context.pages().length).toBe(tabsBefore);
      expect(await sidebarOpen(page)).toBe(true);
      const button = aside.getByRole('button', { name: 'Open the full self-check in a new tab' });
      const opened = session.context.waitForEvent('page');
      await button.click();
      const selfCheck = await opened;
      await selfCheck.waitForLoadState();
      expect(session.context.pages().length).toBe(tabsBefore + 1);
      await page.bringToFront();
      await button.click();
      await expect.poll(() => selfCheck.evaluate(() => document.visibilityState)).toBe('visible');
      expect(session.context.pages().length).toBe(tabsBefore + 1);
      expect(await sidebarOpen(page)).toBe(true);
    },
  );
});
