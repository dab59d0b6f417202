import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const POLYFILL = {
  name: 'webextension-polyfill',
  message: "Import `browser` from 'wxt/browser': the polyfill throws outside an extension.",
};

// Where code runs decides what it may import (the README's layout table says why).
/** knowledge/: pure data and logic, the same in Node, the background and the pages. */
const KNOWLEDGE_ONLY = [
  {
    group: ['@/components/*', '**/components/*', '@/entrypoints/*', '**/entrypoints/*'],
    message: 'knowledge/ is pure: it imports no browser-side code.',
  },
  { group: ['wxt', 'wxt/*', '@wxt-dev/*'], message: 'knowledge/ runs in Node too: no WXT or browser APIs.' },
  {
    group: ['linkedom', 'preact', 'preact/*'],
    message: 'knowledge/ has no DOM library and no UI: Node-only DOM helpers live in scripts/node-dom/.',
  },
];
/** components/page/ and the content scripts: inside every web page, within the detector's 10 KB. */
const IN_PAGES = [
  {
    group: ['preact', 'preact/*', '@preact/*'],
    message: 'Code in web pages ships no Preact: the sidebar renders in its own extension frame.',
  },
  { group: ['zod', 'zod/*'], allowTypeImports: true, message: 'Code in web pages ships no Zod (types only): the background validates.' },
  {
    group: [
      '@/knowledge/index',
      '@/knowledge/core',
      '@/knowledge/data/*',
      '@/knowledge/schema',
      '@/knowledge/assess/*',
      '@/knowledge/rank/*',
      '@/knowledge/questions',
    ],
    message: 'Code in web pages carries no knowledge-base prose: the background and the sidebar frame do.',
  },
  {
    group: [
      '@/components/popup/*',
      '@/components/sidebar/*',
      '@/components/options/*',
      '@/components/common/*',
      '@/components/background/*',
    ],
    message: 'Code in web pages imports only page/ and shared/ code.',
  },
];

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'bench-output/**', 'demo-output/**', 'store-output/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Page text is untrusted: every pattern must run in linear time.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [POLYFILL] }],
    },
  },
  { files: ['knowledge/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: [POLYFILL], patterns: KNOWLEDGE_ONLY }] } },
  {
    files: ['components/page/**/*.ts', 'entrypoints/*.content.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [POLYFILL], patterns: IN_PAGES }] },
  },
);
