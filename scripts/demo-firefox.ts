// `npm run start:firefox`: the Firefox build on the demo fitness article in Firefox ESR. With a
// display it opens a window and waits until you close it. Without one (a server, CI) it runs
// headless, walks through what a reader would do, writes screenshots to demo-output/ (named
// *-firefox.png) and prints what the extension did at each step, as `npm start` does in Chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT } from '../tests/e2e/harness/paths';
import { servePages } from '../tests/e2e/harness/server';
import { FAVICON } from '../tests/e2e/settings-helpers';
import {
  ADDON_UUID,
  GECKO_ID,
  assertFirefoxTestsCanRun,
  firefoxExtensionDir,
  firefoxPath,
  launchFirefox,
} from '../tests/firefox/harness/firefox';
import { clickOffer, offerBox, openExtensionPage, sidebarFrame, waitForCheck } from '../tests/firefox/harness/steady-ui';

const OUT = path.join(ROOT, 'demo-output');
const demo = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/demo', name), 'utf8');
const say = (line: string) => console.log(`steady demo (Firefox): ${line}`);

assertFirefoxTestsCanRun();
const server = await servePages({
  ...FAVICON,
  '/legs-shaking-after-squats.html': demo('legs-shaking-after-squats.html'),
  '/plain-recipe.html': demo('plain-recipe.html'),
});
const article = server.url('/legs-shaking-after-squats.html');

if ((process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: false,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }) },
  });
  await browser.installExtension(firefoxExtensionDir());
  const page = await browser.newPage();
  await page.goto(article);
  say(`opened ${article} in Firefox with Steady installed; close the window to stop`);
  await new Promise<void>((resolve) => browser.on('disconnected', () => resolve()));
} else {
  mkdirSync(OUT, { recursive: true });
  say(`no display: running headless; screenshots go to ${path.relative(process.cwd(), OUT)}/`);
  const session = await launchFirefox();
  try {
    const page = await session.open(article);
    await page.setViewport({ width: 1280, height: 800 });
    const box = await offerBox(session, page);
    say(`article: offer shown at ${Math.round(box.x)},${Math.round(box.y)} (${Math.round(box.width)}×${Math.round(box.height)} px)`);
    await page.screenshot({ path: path.join(OUT, 'offer-firefox.png') });
    await clickOffer(session, page);
    const frame = await sidebarFrame(session, page);
    const shown = await frame.evaluate(() => ({
      about: document.querySelector('.about')?.textContent,
      causes: Array.from(document.querySelectorAll('[data-cause-id]'), (c) => c.getAttribute('data-cause-id')).slice(0, 5),
    }));
    say(`sidebar opened: "${shown.about}"; causes: ${shown.causes.join(', ')}`);
    // The sidebar slides in (unless reduced motion is asked for): screenshot it once it has.
    await frame.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: path.join(OUT, 'sidebar-firefox.png') });

    const recipe = await session.open(server.url('/plain-recipe.html'));
    await waitForCheck(session, recipe);
    const added = await recipe.evaluate(() => document.querySelector('steady-ui') !== null);
    say(`recipe page: ${added ? 'UNEXPECTED: Steady UI present' : 'nothing shown, nothing left behind'}`);

    const popup = await openExtensionPage(session, 'popup.html', '.self-check[aria-busy="false"]');
    await popup.setViewport({ width: 400, height: 600 });
    await popup.screenshot({ path: path.join(OUT, 'popup-firefox.png') });
    say(`popup: "${await popup.$eval('h1, h2', (h) => h.textContent?.trim())}"`);
    if (session.errors.length) say(`console errors: ${session.errors.join(' | ')}`);
  } finally {
    await session.close();
  }
  say(`done; screenshots in ${path.relative(process.cwd(), OUT)}/`);
}
await server.close();
