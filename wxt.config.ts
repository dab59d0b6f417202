import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { assertValidKnowledge } from './knowledge/validate';
import { steadyVirtualModules } from './scripts/vite/virtual-modules';
import { addEagerCompileHints } from './scripts/vite/compile-hint';
import { SHORT_DESCRIPTION } from './scripts/store/listing';

const PAGE_CONTEXT = fileURLToPath(new URL('./components/page/context.ts', import.meta.url));

// Tests and benchmarks build into their own folder (STEADY_OUT_DIR) so that several
// builds on one machine never overwrite each other's output.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // One import style: explicit `wxt/utils/*` and `wxt/browser` paths, which resolve the same
  // in the build, in Vitest and in the command-line tools.
  imports: false,
  outDir: process.env.STEADY_OUT_DIR ?? '.output',
  // The sources zip Mozilla's reviewers get: the code, not local screenshots and test output.
  zip: { excludeSources: ['test-results/**', 'demo-output/**', 'bench-output/**', 'store-output/**', '.output*/**'] },
  manifest: ({ browser }) => ({
    name: 'Steady',
    // The store summary too: at most 132 characters (scripts/store/listing.ts).
    description: SHORT_DESCRIPTION,
    permissions: ['storage', 'activeTab', 'scripting'],
    // The one script on every page (entrypoints/look.ts, an unlisted script): the look, and on a
    // hit a message that has the background inject the detector.
    content_scripts: [{ matches: ['*://*/*'], js: ['look.js'], run_at: 'document_idle', all_frames: false }],
    // The sidebar's page, which components/page/sidebar-host.ts frames inside web pages. Chromium
    // gives it a per-session address (use_dynamic_url) so that a page cannot probe for Steady by
    // loading it; Firefox's moz-extension addresses are random per install already, and its MV2
    // manifest takes the plain list WXT makes of this.
    web_accessible_resources: [
      {
        resources: ['sidebar-frame.html'],
        matches: ['*://*/*'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    // The keyboard way to the sidebar (components/background/offer-actions.ts); people can change
    // the keys in the browser's extension shortcuts page.
    commands: {
      'open-sidebar': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Open or close the Steady sidebar on this page',
      },
    },
    // Firefox only: Chrome lists an unknown key as an error on its extensions page.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: '{4b8f3c2e-6d1a-4f5e-9c7b-2a3d5e6f7a81}',
          // 142 is the first Firefox for Android with the data-collection declaration.
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // webextension-polyfill (3 KB gzip, 10 KB to parse) only where a listener answers with a
    // promise, which Chromium's own runtime.onMessage does not take: the background and the
    // sidebar script. Everywhere else every call made (storage, tabs, scripting,
    // runtime.sendMessage) returns a promise natively in Chromium's MV3 and in Firefox, so
    // those bundles take WXT's plain `browser` (the browser's own API object) instead: the
    // detector, on every page, stays under 10 KB gzip (its reader too), and the popup, the
    // options page and the sidebar's page open with less to load.
    //
    // Every content script gets Steady's own ContentScriptContext (components/page/context.ts),
    // which a page can neither observe nor stop, in place of WXT's.
    'vite:build:extendConfig': (entrypoints, config) => {
      const ours: { find: string; replacement: string }[] = [];
      if (entrypoints.every((e) => e.type === 'content-script'))
        ours.push({ find: 'wxt/utils/content-script-context', replacement: PAGE_CONTEXT });
      if (!entrypoints.some((e) => e.type === 'background' || e.name === 'sidebar'))
        ours.push({ find: 'wxt/browser', replacement: '@wxt-dev/browser' });
      if (!ours.length) return;
      const alias = config.resolve?.alias ?? [];
      const entries = Array.isArray(alias)
        ? (alias as { find: string | RegExp; replacement: string }[])
        : Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
      const replaced = new Set(ours.map((o) => o.find));
      config.resolve = {
        ...config.resolve,
        alias: [...ours, ...entries.filter((e) => typeof e.find !== 'string' || !replaced.has(e.find))],
      };
    },
    // The extension trusts its bundled knowledge base at run time, so a broken entry must stop
    // the build here, naming the file, the entry and the problem.
    'build:before': () => {
      assertValidKnowledge();
    },
    // The detector's compile hint (scripts/vite/compile-hint.ts): written on the finished file,
    // where no minifier can drop the comment.
    'build:done': (wxt) => {
      addEagerCompileHints(wxt.config.outDir);
    },
  },
  vite: () => ({
    // The detector's words and the offer's topics and colours, made from the knowledge base and
    // tokens.css when the extension is built (scripts/vite/virtual-modules.ts).
    plugins: [preact(), ...steadyVirtualModules()],
    // The detector's performance measures are page-visible: only the benchmark build has them.
    define: { 'import.meta.env.STEADY_MEASURES': JSON.stringify(process.env.STEADY_MEASURES === '1') },
    // Vite's module-preload polyfill ships a fetch() into every page bundle: none is needed.
    build: { modulePreload: { polyfill: false } },
  }),
});
