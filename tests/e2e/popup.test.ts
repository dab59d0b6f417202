import { expect } from 'vitest';
import { e2eTest } from './harness/fixture';

const test = e2eTest();

test('the built extension loads and its popup shows content without console errors', async ({ session }) => {
  const popup = await session.openPopup();
  await expect.poll(() => popup.locator('h1').first().textContent()).toContain('Steady');
  expect(session.errors).toEqual([]);
});
