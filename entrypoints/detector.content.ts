// The detector: runs on every http(s) page once it is idle. It takes one cheap look at the
// article's text for a word that could name shaking near a word for a part of the body
// (knowledge/detect/gate.ts); nearly every page stops there, having sent nothing and left
// nothing behind. On the few pages that have such a word it reads the main content and asks
// the background to classify it (the classifier and its words stay out of this script, which
// must stay under 10 KB gzip: no Zod, no Preact, no knowledge base). The background sets the
// badge and title and answers with the verdict, which goes on to the offer.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetector } from '@/components/page/detector-run';

export default defineContentScript({
  matches: ['*://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // Our own context (components/page/context.ts) posts and dispatches nothing; this keeps WXT's
  // extra window.postMessage off should its context ever come back.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startDetector(ctx);
  },
});
