import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => session?.close());

test('the built extension loads and its popup shows content without console errors', async () => {
  const popup = await session.openPopup();
  await expect.poll(() => popup.locator('h1').first().textContent()).toContain('Steady');
  expect(session.errors).toEqual([]);
});
