// The shared set-up's own guarantee: a console error during a test fails that test, not the
// file's last one, and the next test starts with nothing counted against it.
import { expect } from 'vitest';
import { e2eTest } from './harness/fixture';
import { until } from './harness/until';
import { FAVICON } from './sidebar-helpers';

const test = e2eTest({ routes: { ...FAVICON, '/boom.html': '<!doctype html><title>boom</title><script>console.error("boom")</script>' } });

test.fails('a console error during a test fails that test', async ({ session, server }) => {
  const page = await session.context.newPage();
  await page.goto(server.url('/boom.html'));
  await until(
    'the page’s console error to be recorded',
    async () => session.errors,
    (errors) => errors.some((e) => e.includes('boom')),
  );
});

// With the body above passing, only the set-up's check can have failed it: this one proves the
// error was recorded then, and that it is not held against a later test.
test('the next test is judged on its own errors only', async ({ session }) => {
  expect(session.errors.filter((e) => e.includes('boom'))).toHaveLength(1);
});
