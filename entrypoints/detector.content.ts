// The detector: injected by the background into a page whose every-page look
// (entrypoints/look.ts) found a word that could name shaking and whose raw text could be about
// a body shaking, where the settings let Steady read on, and by "Check this page" from the
// popup; not in the manifest, so the pages that fail the look (nearly all) never compile it. It
// looks for such a word near a word for a part of the body (knowledge/detect/gate.ts): on its
// first check in what its reader read of the main content, on later ones in the article's text
// before the read; on a hit it asks the background to classify the main content (the classifier
// and its words stay out of this script: no Zod, no Preact, no knowledge base). The background
// sets the badge and title and answers with the verdict, which goes on to the offer.
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
