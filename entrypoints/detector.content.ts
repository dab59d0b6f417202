// The detector: injected by the background into a page whose every-page look
// (entrypoints/look.ts) found a word that could name shaking, where the settings let Steady
// read on, and by "Check this page" from the popup. It takes the careful look at the article's
// text for such a word near a word for a part of the body (knowledge/detect/gate.ts); on a hit
// it reads the main content and asks the background to classify it (the classifier and its
// words stay out of this script: no Zod, no Preact, no knowledge base). The background sets
// the badge and title and answers with the verdict, which goes on to the offer.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetector } from '@/components/page/detector-run';

export default defineContentScript({
  // Not in the manifest: the background injects it. The matches are its host permissions.
  registration: 'runtime',
  matches: ['*://*/*'],
  // Our own context (components/page/context.ts) posts and dispatches nothing; this keeps WXT's
  // extra window.postMessage off should its context ever come back.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startDetector(ctx);
  },
});
