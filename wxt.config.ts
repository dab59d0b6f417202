import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { assertValidKnowledge } from './knowledge/validate';

// Tests and benchmarks build into their own folder (STEADY_OUT_DIR) so that several
// builds on one machine never overwrite each other's output.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // One import style: explicit `wxt/utils/*` and `wxt/browser` paths, which resolve the same
  // in the build, in Vitest and in the command-line tools.
  imports: false,
  outDir: process.env.STEADY_OUT_DIR ?? '.output',
  manifest: {
    name: 'Steady',
    description:
      'Why do your muscles shake when you exercise? Causes, tips and when to see a doctor, next to the article you read. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'scripting'],
    browser_specific_settings: {
      gecko: {
        id: '{4b8f3c2e-6d1a-4f5e-9c7b-2a3d5e6f7a81}',
        // 142 is the first Firefox for Android with the data-collection declaration.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // The extension trusts its bundled knowledge base at run time, so a broken entry must stop
    // the build here, naming the file, the entry and the problem.
    'build:before': () => {
      assertValidKnowledge();
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
