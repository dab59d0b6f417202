// Pages that fight injected UI: a `* { all: unset !important }` reset, an 8 px root font, layers
// at the maximal z-index, a script that deletes unknown elements, a strict CSP sent as a
// header. On each, the offer and the sidebar must look as they do on a plain page (same boxes,
// same px type, same screenshot size) and still work. Screenshots go to test-results/hostile/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import type { PageServer } from './harness/server';
import { ROOT } from './harness/paths';
import {
  causeIds,
  escapeFromSidebar,
  FAVICON,
  fixture,
  focused,
  offerButton,
  openChecked,
  settled,
  shadowBox,
  sidebarFrameNow,
  STRETCHING,
} from './sidebar-helpers';

const SHOTS = path.join(ROOT, 'test-results', 'hostile');
const STRICT_CSP = "default-src 'none'";

type Look = {
  offer: { width: number; height: number; fontSize: string };
  aside: { width: number; height: number; fontSize: string };
  heading: { fontSize: string };
  shot: { width: number; height: number };
};

async function look(page: Page, name: string): Promise<Look> {
  const offer = (await shadowBox(page, '.o'))!;
  await page.screenshot({ path: path.join(SHOTS, `${name}-offer.png`) });
  await offerButton(page).click();
  // Past the opening animation, so screenshots compare settled pixels.
  const sidebar = await settled(page);
  // The page's styles reach neither the frame's box (in the closed root) nor its document.
  const frameBox = (await shadowBox(page, 'iframe.sbf'))!;
  const inFrame = await sidebarFrameNow(page)!.evaluate(() => ({
    aside: getComputedStyle(document.querySelector('aside')!).fontSize,
    heading: getComputedStyle(document.querySelector('h2')!).fontSize,
  }));
  const aside = { width: frameBox.width, height: frameBox.height, fontSize: inFrame.aside };
  const heading = { fontSize: inFrame.heading };
  const png = await sidebar.screenshot({ path: path.join(SHOTS, `${name}-sidebar.png`) });
  const shot = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  return {
    offer: { width: Math.round(offer.width), height: Math.round(offer.height), fontSize: offer.fontSize },
    aside: { width: aside.width, height: aside.height, fontSize: aside.fontSize },
    heading: { fontSize: heading.fontSize },
    shot,
  };
}

const hostile = (name: string) => fixture(`hostile/${name}.html`);
const test = e2eTest({
  routes: {
    ...FAVICON,
    '/plain.html': fixture(STRETCHING),
    '/all-unset.html': hostile('all-unset'),
    '/tiny-root-font.html': hostile('tiny-root-font'),
    '/huge-z-index.html': hostile('huge-z-index'),
    '/element-deleter.html': hostile('element-deleter'),
    '/strict-csp.html': { body: hostile('strict-csp'), headers: { 'content-security-policy': STRICT_CSP } },
    '/spa-router.html': hostile('spa-router'),
  },
  // A strict CSP makes the page itself log its blocked style; nothing may come from Steady.
  pageErrors: /\/strict-csp\.html/,
});
let session: ExtensionSession;
let server: PageServer;
let plain: Look;

test.beforeAll(async ({ session: s, server: v }) => {
  [session, server] = [s, v];
  mkdirSync(SHOTS, { recursive: true });
  const page = await openChecked(session, server.url('/plain.html'));
  await offerButton(page).waitFor();
  plain = await look(page, 'plain');
  await page.close();
});

test('on a plain page: a 15 px offer and a 400 px, full-height, 15 px sidebar', () => {
  expect(plain.offer.fontSize).toBe('15px');
  expect(plain.offer.height).toBeGreaterThanOrEqual(32);
  expect(plain.aside).toEqual({ width: 400, height: 800, fontSize: '15px' });
  expect(plain.heading.fontSize).toBe('18px');
});

describe.each(['all-unset', 'tiny-root-font', 'huge-z-index', 'element-deleter', 'strict-csp'])('on the %s page', (name) => {
  test('the offer and the sidebar look as on a plain page and work', async () => {
    const page = await openChecked(session, server.url(`/${name}.html`));
    await offerButton(page).waitFor();
    if (name === 'element-deleter') {
      // The page's cleanup runs every 200 ms; the offer must still be there after several rounds.
      await page.waitForTimeout(1000);
      expect(await offerButton(page).isVisible()).toBe(true);
    }
    const seen = await look(page, name);
    expect(seen).toEqual(plain);
    // What is on top at the offer's and the sidebar's places is Steady, not the page.
    const onTop = await page.evaluate(() => {
      const host = document.querySelector('steady-ui')!;
      return [document.elementFromPoint(innerWidth - 200, 300), document.elementFromPoint(innerWidth - 30, 30)].map((e) => e === host);
    });
    expect(onTop).toEqual([true, true]);
    expect((await causeIds(page)).length).toBeGreaterThanOrEqual(3);
    await expect.poll(() => focused(page)).toBe('sidebar > H2: Steady');
    await escapeFromSidebar(page);
    expect(await focused(page)).toMatch(/^steady-ui > BUTTON: Steady/);
    if (name === 'element-deleter') {
      // Steady's element sits on <html>, out of the cleanup's reach in <body> ...
      expect(await page.evaluate(() => (window as unknown as { removedElements: string[] }).removedElements)).toEqual([]);
      // ... and a script that removes it wherever it is sees it come back.
      await page.evaluate(() => document.querySelector('steady-ui')!.remove());
      await expect.poll(() => offerButton(page).isVisible()).toBe(true);
    }
    await page.close();
  });
});

test('on a single-page site the offer follows the route: none on a recipe, one on the article, none back on the recipe', async () => {
  // openChecked waits for the first check to finish: nothing it would show is still to come.
  const page = await openChecked(session, server.url('/spa-router.html'));
  expect(await page.locator('steady-ui').count()).toBe(0);
  await page.evaluate(() => (window as unknown as { goToArticle(): void }).goToArticle());
  await offerButton(page).waitFor({ timeout: 10_000 });
  expect(await offerButton(page).getAttribute('aria-label')).toBe('Steady: muscles shaking after a workout — causes and tips');
  await page.evaluate(() => (window as unknown as { goToRecipe(): void }).goToRecipe());
  await expect.poll(() => offerButton(page).count(), { timeout: 10_000 }).toBe(0);
  await page.close();
});
