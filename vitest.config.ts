import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { steadyVirtualModules } from './scripts/vite/virtual-modules';

// Five suites: `unit` (pure logic, fast), `e2e` (the built extension in real Chromium),
// `firefox` (the Firefox build in real Firefox), `package` (the store zips, and the sources zip
// rebuilding the Firefox add-on) and `shared` (checks that read ../shared/: seeds and the
// real-page corpus).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact(), ...steadyVirtualModules()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one browser at a time keeps timings and screenshots steady.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          globalSetup: ['tests/firefox/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: { name: 'package', include: ['tests/package/**/*.test.ts'] },
      },
      {
        test: { name: 'shared', include: ['tests/shared/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
