// The detector's second half (components/page/reader.ts), injected by the background into a page
// whose look found a word that could name shaking, once the settings let Steady read on there:
// not in the manifest, so the pages that fail the look (nearly all) never compile it.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installReader } from '@/components/page/reader';

export default defineContentScript({
  registration: 'runtime',
  // Host permissions for the background's injection; the same pages the detector runs on, so
  // the browser's permission warning stays the same.
  matches: ['*://*/*'],
  main() {
    installReader();
  },
});
