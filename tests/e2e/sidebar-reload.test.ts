// Reloading (or updating) the extension while a page shows the offer and the sidebar: the old
// scripts notice their extension is gone and take their UI with them, quietly.
import { expect } from 'vitest';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import type { PageServer } from './harness/server';
import { FAVICON, fixture, offerButton, openChecked, sidebar, STRETCHING } from './sidebar-helpers';

const test = e2eTest({ routes: { ...FAVICON, '/stretch.html': fixture(STRETCHING) } });
let session: ExtensionSession;
let server: PageServer;
test.beforeAll(({ session: s, server: v }) => {
  [session, server] = [s, v];
});

test('reloading the extension leaves no stale offer or sidebar and no console errors', async () => {
  const withSidebar = await openChecked(session, server.url('/stretch.html'));
  await offerButton(withSidebar).click();
  await sidebar(withSidebar);
  const withOffer = await openChecked(session, server.url('/stretch.html'));
  await offerButton(withOffer).waitFor();

  // The worker goes away mid-call, so the evaluate may reject; what matters is the pages.
  await session.worker
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => {});

  for (const page of [withSidebar, withOffer]) {
    await expect.poll(() => page.locator('steady-ui').count(), { timeout: 5000 }).toBe(0);
    // The sidebar's frame went with it.
    await expect.poll(() => page.frames().length, { timeout: 5000 }).toBe(1);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // The page itself keeps working.
    expect(await page.evaluate(() => document.title.length > 0)).toBe(true);
  }
  expect(session.errors).toEqual([]);
});
