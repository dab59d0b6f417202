// The options page in a real Firefox, and what its choices do to pages (storage.sync works
// without a Firefox account: it keeps the settings on this device): a site added to the quiet
// list gets nothing, and removing it brings the offer back; a 24-hour pause keeps pages quiet
// until "Resume now".
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { servePages, type PageServer } from '../e2e/harness/server';
import { FAVICON, fixture, STRETCHING } from '../e2e/sidebar-helpers';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { gateDecided, offerBox, openExtensionPage } from './harness/steady-ui';

let session: FirefoxSession;
let server: PageServer;

beforeAll(async () => {
  server = await servePages({ ...FAVICON, '/stretch.html': fixture(STRETCHING) });
  session = await launchFirefox();
});
afterAll(async () => {
  expect(session?.errors.filter((e) => /steady|moz-extension/i.test(e))).toEqual([]);
  await session?.close();
  await server?.close();
});

/** A button of the options page by its visible name, clicked with the mouse. */
async function press(options: Page, name: string): Promise<void> {
  const button = await options.waitForSelector(`::-p-aria([name="${name}"][role="button"])`, { timeout: 10_000 });
  await button!.click();
}

/** The article in a new tab: what the settings gate decided there, and whether Steady added anything. */
async function article(): Promise<{ gate: string; element: boolean }> {
  const page = await session.open(server.url('/stretch.html'));
  const gate = await gateDecided(session, page);
  if (gate === 'check') await offerBox(session, page);
  const element = await page.evaluate(() => document.querySelector('steady-ui') !== null);
  await page.close();
  return { gate, element };
}

test('a site on the quiet list gets nothing; removing it brings the offer back', async () => {
  const options = await openExtensionPage(session, 'options.html');
  await options.bringToFront();
  await options.type('#site-input', server.url('/stretch.html'));
  await press(options, 'Add site');
  await options.waitForSelector('::-p-aria([name="Remove 127.0.0.1"][role="button"])', { timeout: 10_000 });
  expect(await article()).toEqual({ gate: 'quiet-site', element: false });

  await options.bringToFront();
  await press(options, 'Remove 127.0.0.1');
  await options.waitForSelector('::-p-aria([name="Remove 127.0.0.1"][role="button"])', { hidden: true, timeout: 10_000 });
  expect(await article()).toEqual({ gate: 'check', element: true });
  await options.close();
});

test('"Pause for 24 hours" keeps pages quiet until "Resume now"', async () => {
  const options = await openExtensionPage(session, 'options.html');
  await options.bringToFront();
  await press(options, 'Pause for 24 hours');
  await options.waitForSelector('::-p-aria([name="Resume now"][role="button"])', { timeout: 10_000 });
  expect(await article()).toEqual({ gate: 'snoozed', element: false });

  await options.bringToFront();
  await press(options, 'Resume now');
  await options.waitForSelector('::-p-aria([name="Pause for 24 hours"][role="button"])', { timeout: 10_000 });
  expect(await article()).toEqual({ gate: 'check', element: true });
  await options.close();
});
