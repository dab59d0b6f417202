// Settings take effect on real pages, in real Chromium with the built extension: a quiet site
// stays quiet across reloads, a pause ends, automatic checks off means nothing runs, the
// "badge only" style shows no button. The content script's gate decides before the detector
// reads anything, so a gated page has no detector check at all.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import type { PageServer } from './harness/server';
import { badgeOf } from './harness/badge';
import { writeStorage } from './harness/storage';
import { waitForChecks } from './harness/detector-state';
import { FAVICON, POSITIVE, detectorLoaded, detectorRuns, gateOf, steadyUiCount } from './settings-helpers';
import { offerButton } from './harness/steady-ui';

const test = e2eTest({ routes: { ...FAVICON, '/stretching': POSITIVE, '/other': POSITIVE }, reset: { storage: ['sync'] } });
let session: ExtensionSession;
let server: PageServer;
let page: Page;
test.beforeAll(({ session: s, server: v }) => {
  [session, server] = [s, v];
});
test.beforeEach(async () => {
  await page?.close();
  page = await session.context.newPage();
});

const offer = () => offerButton(page);

/** Loads the positive page and waits until the detector has reported (offer or badge). */
async function expectOffer(url = server.url('/stretching')) {
  await page.goto(url);
  await expect.poll(() => gateOf(session, page)).toBe('check');
  await waitForChecks(session, page);
  await expect.poll(async () => (await badgeOf(session, page)).text).not.toBe('');
  await offer().waitFor();
}

/**
 * Loads the positive page and proves Steady did nothing: once the gate has decided (its
 * decision, read from the extension's isolated world, is the expected one), there is no
 * detector, no check, no element and no badge.
 */
async function expectNothing(decision: string, url = server.url('/stretching')) {
  await page.goto(url);
  await expect.poll(() => gateOf(session, page)).toBe(decision);
  expect(await detectorRuns(session, page)).toBe(0);
  // The background gave the page the decision and not the detector.
  expect(await detectorLoaded(session, page)).toBe(false);
  expect(await steadyUiCount(page)).toBe(0);
  expect((await badgeOf(session, page)).text).toBe('');
}

describe('settings take effect on pages', () => {
  test('by default a matching article gets the offer and the badge', async () => {
    await expectOffer();
  });

  test('"not on this site" added in the options page survives reloads', async () => {
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByLabel('Site name', { exact: true }).fill(server.url('/stretching'));
    await options.getByRole('button', { name: 'Add site' }).click();
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).waitFor();
    await options.close();

    await expectNothing('quiet-site');
    await page.reload();
    await expectNothing('quiet-site');
    // Removing it brings Steady back.
    await writeStorage(session, 'sync', { quietSites: [] });
    await expectOffer();
  });

  test('a running pause keeps every site quiet; an ended one does not', async () => {
    await writeStorage(session, 'sync', { snoozedUntil: Date.now() + 60 * 60 * 1000 });
    await expectNothing('snoozed');
    // A pause that ended a second ago (the 24 hours are over): the offer and badge return.
    await writeStorage(session, 'sync', { snoozedUntil: Date.now() - 1000 });
    await expectOffer();
  });

  test('an ended per-site pause lets the site be checked again', async () => {
    await writeStorage(session, 'sync', { siteSnoozes: { '127.0.0.1': Date.now() + 60 * 60 * 1000 } });
    await expectNothing('site-snoozed');
    await writeStorage(session, 'sync', { siteSnoozes: { '127.0.0.1': Date.now() - 1000 } });
    await expectOffer();
  });

  test('automatic checks off in the options page: a matching article shows nothing', async () => {
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByLabel('Check pages automatically as they load').uncheck();
    await expect.poll(() => options.getByLabel('Check pages automatically as they load').isChecked()).toBe(false);
    await options.close();
    await expectNothing('checks-off');
    await page.reload();
    await expectNothing('checks-off');
  });

  test('offer style "badge only": the badge, and no button on the page', async () => {
    await writeStorage(session, 'sync', { offerStyle: 'badge' });
    await page.goto(server.url('/stretching'));
    await waitForChecks(session, page);
    await expect.poll(async () => (await badgeOf(session, page)).text).not.toBe('');
    expect(await offer().count()).toBe(0);
  });

  test('damaged settings in storage.sync: pages behave as on a fresh install, without errors', async () => {
    await writeStorage(session, 'sync', { autoChecks: 'off', quietSites: 'everything', snoozedUntil: 'never', offerStyle: 7 });
    await expectOffer();
  });
});
