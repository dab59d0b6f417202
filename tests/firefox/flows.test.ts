// The flows a person uses, in a real Firefox with Steady's Firefox build installed: the offer on
// a matching article and nothing on a recipe; the sidebar opened by a real click, with its cause
// cards and every red flag; Escape back to the offer; what a page can see of it (an empty
// element with a closed root, none of the sidebar's words, no frame); hostile CSS and a strict
// CSP; and no request but the pages themselves.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { servePages, type PageServer } from '../e2e/harness/server';
import { FAVICON, fixture, STRETCHING } from '../e2e/sidebar-helpers';
import { RED_FLAGS } from '../../knowledge/vocabulary';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { clickOffer, focusedInSteady, offerBox, sidebarClosed, sidebarFrame, waitForCheck } from './harness/steady-ui';

let session: FirefoxSession;
let server: PageServer;

beforeAll(async () => {
  server = await servePages({
    ...FAVICON,
    '/stretch.html': fixture(STRETCHING),
    '/recipe.html': fixture('demo/plain-recipe.html'),
    '/all-unset.html': fixture('hostile/all-unset.html'),
    '/strict-csp.html': { body: fixture('hostile/strict-csp.html'), headers: { 'content-security-policy': "default-src 'none'" } },
  });
  session = await launchFirefox();
});
afterAll(async () => {
  expect(session?.errors.filter((e) => /steady|moz-extension/i.test(e))).toEqual([]);
  await session?.close();
  await server?.close();
});

const pageSees = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('steady-ui');
    return host && { root: host.shadowRoot, attributes: host.getAttributeNames(), children: host.childElementCount, frames: window.length };
  });

describe('on a matching article', () => {
  test('the offer appears at the bottom right; the page sees only an empty element', async () => {
    const page = await session.open(server.url('/stretch.html'));
    const box = await offerBox(session, page);
    const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.y).toBeGreaterThan(viewport.height / 2);
    expect(box.x).toBeGreaterThan(viewport.width / 2);
    expect(await pageSees(page)).toEqual({ root: null, attributes: [], children: 0, frames: 0 });
    await page.close();
  });

  test('a real click opens the sidebar: causes that fit, every red flag; Escape goes back to the offer', async () => {
    const page = await session.open(server.url('/stretch.html'));
    await clickOffer(session, page);
    const frame = await sidebarFrame(session, page);
    const shown = await frame.evaluate(() => ({
      about: document.querySelector('.about')?.textContent,
      causes: Array.from(document.querySelectorAll('[data-cause-id]'), (c) => c.getAttribute('data-cause-id')),
      flags: Array.from(document.querySelectorAll('#steady-help [data-flag-id]'), (f) => f.getAttribute('data-flag-id')),
      urgentFirst: document.querySelector('.urgent-signs, [data-cause-id]')?.classList.contains('urgent-signs'),
    }));
    expect(shown.about).toBe('This article is about muscles shaking during stretching.');
    expect(shown.causes.length).toBeGreaterThanOrEqual(3);
    expect(shown.causes.slice(0, 3).some((id) => id === 'insufficient-warm-up' || id === 'poor-flexibility')).toBe(true);
    expect(shown.flags).toEqual(RED_FLAGS);
    expect(shown.urgentFirst).toBe(true);

    // What the page can see with the sidebar open: still nothing of it.
    expect(await pageSees(page)).toEqual({ root: null, attributes: [], children: 0, frames: 0 });
    const found = await page.evaluate(() =>
      ['Causes that may fit', 'When to get help', 'Steady gives information, not a diagnosis'].map((s) =>
        (window as unknown as { find(s: string): boolean }).find(s),
      ),
    );
    expect(found).toEqual([false, false, false]);

    // Escape in the sidebar closes it and gives focus back to the offer.
    await frame.waitForFunction(() => document.activeElement?.id === 'steady-title', { timeout: 10_000 });
    await page.keyboard.press('Escape');
    await sidebarClosed(session, page);
    expect(await focusedInSteady(session, page)).toMatch(/^BUTTON: Steady/);
    await page.close();
  });
});

describe('on a page about something else', () => {
  test('nothing is added to the page', async () => {
    const page = await session.open(server.url('/recipe.html'));
    // Once the detector has looked, what the page shows is final.
    await waitForCheck(session, page);
    expect(await page.evaluate(() => document.querySelector('steady-ui'))).toBeNull();
    await page.close();
  });
});

describe('on hostile pages', () => {
  test.each(['all-unset', 'strict-csp'])('on the %s page the offer and the sidebar still work', async (name) => {
    const page = await session.open(server.url(`/${name}.html`));
    await clickOffer(session, page);
    const frame = await sidebarFrame(session, page);
    const looks = await frame.evaluate(() => {
      const aside = document.querySelector('aside')!;
      return { fontSize: getComputedStyle(aside).fontSize, width: aside.getBoundingClientRect().width, causes: document.querySelectorAll('[data-cause-id]').length };
    });
    expect(looks.fontSize).toBe('15px');
    expect(looks.width).toBe(400);
    expect(looks.causes).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

describe('the network', () => {
  test('the server saw only the pages themselves: nothing else was requested', () => {
    const pages = new Set(['/stretch.html', '/recipe.html', '/all-unset.html', '/strict-csp.html', '/favicon.ico']);
    expect(server.requests.filter((p) => !pages.has(p))).toEqual([]);
  });
});
