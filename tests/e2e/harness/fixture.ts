// The set-up every e2e file shares, as Vitest fixtures (the way WXT's Playwright example does it):
// the pages a file serves from 127.0.0.1 and a Chromium with the built extension, each started
// once for the file and stopped after its last test; before each test, the storage and tabs the
// last one left behind are cleared; after each test, nothing Steady logged as an error and no
// request it made to anything but its own files may have happened during that test.
//
//   const test = e2eTest({ routes: { '/stretch.html': fixture(STRETCHING) }, reset: { storage: ['sync'] } });
//   test('…', async ({ session, server }) => { … });
//
// A file whose helpers are written at module level binds the two once (Vitest wants the
// fixtures destructured in the parameter list):
//   test.beforeAll(({ session: s, server: v }) => { [session, server] = [s, v]; });
import { expect, test as base } from 'vitest';
import { launchExtension, type ExtensionSession, type LaunchOptions } from './extension';
import { servePages, type Route } from './server';
import { clearStorage } from './storage';

export type E2eSetup = {
  /** The pages this file serves; the server starts only for a test that asks for it. */
  routes?: Record<string, Route | string>;
  launch?: LaunchOptions;
  /** Before each test: the storage areas to empty, and whether to close every tab left open. */
  reset?: { storage?: readonly ('sync' | 'local')[]; closeTabs?: boolean };
  /** Console errors that are a test page's own, not Steady's (a strict CSP page reporting its own blocked style). */
  pageErrors?: RegExp;
  /** Once, when the browser is up: an init script, a permission. */
  prepare?: (session: ExtensionSession) => Promise<unknown>;
};

export function e2eTest(setup: E2eSetup = {}) {
  return base
    .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
      const server = await servePages(setup.routes ?? {});
      onCleanup(() => server.close());
      return server;
    })
    .extend('session', { scope: 'file' }, async ({}, { onCleanup }) => {
      const session = await launchExtension(setup.launch);
      onCleanup(() => session.close());
      await setup.prepare?.(session);
      return session;
    })
    .extend('steadyChecks', { auto: true }, async ({ session }, { onCleanup }) => {
      for (const area of setup.reset?.storage ?? []) await clearStorage(session, area);
      if (setup.reset?.closeTabs) {
        for (const p of session.context.pages()) if (p.url() !== 'about:blank') await p.close();
      }
      const errorsBefore = session.errors.length;
      const requestsBefore = session.extensionRequests.length;
      onCleanup(() => {
        const errors = session.errors.slice(errorsBefore).filter((e) => !setup.pageErrors?.test(e) || /steady|chrome-extension/i.test(e));
        expect(errors, 'console errors during this test').toEqual([]);
        expect(session.extensionRequests.slice(requestsBefore), 'requests Steady made during this test').toEqual([]);
      });
      return null;
    });
}
