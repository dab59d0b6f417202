// The detector as calls: `readPage` is what runs in the page (a cheap look for any shaking
// word, then, only on the few pages that have one, the full read of the main content);
// `classify` decides. The content script reads and the background classifies; the bench's
// in-page build, `npm run classify` and the tests call `detect`, which does both.
import { classify, type Classification } from './classify';
import { DEFAULT_LIMITS, densestBlocks, extractMainContent, type Extraction, type ExtractLimits } from './extract';
import {
  GATE_LIMITS,
  gatePatterns,
  MIN_ROOT_CHARS,
  readGate,
  semanticRoot,
  shakingNearBody,
  type GateDocument,
  type GateElement,
  type GatePatterns,
} from './gate';
import type { DetectorSignals } from './signals';
import { NO_MATCH, type Verdict } from './verdict';

export type Work = { nodes: number; chars: number; words: number; truncated: boolean };

export type PageReading = {
  /** The main content, or null when no word on the page could name shaking. */
  page: Extraction | null;
  work: Work;
};

export function readPage(doc: GateDocument, gate: GatePatterns, limits: ExtractLimits = DEFAULT_LIMITS): PageReading {
  const look = readGate(doc, gate, GATE_LIMITS);
  const work: Work = { nodes: 0, chars: look.chars, words: 0, truncated: false };
  if (!look.hit) return { page: null, work };
  const page = readMain(doc, look.root, limits);
  return { page, work: { ...work, nodes: page.nodes, chars: page.text.length, truncated: page.truncated } };
}

/** The main content of a page that passed the look, from the root the look chose (null: the body). */
export function readMain(doc: GateDocument, root: GateElement | null, limits: ExtractLimits = DEFAULT_LIMITS): Extraction {
  const page = extractMainContent(doc, limits, root);
  // A page that does not say where its article is: keep its densest part.
  return page.semantic ? page : { ...page, blocks: densestBlocks(page.blocks) };
}

/**
 * The main content of a page the every-page look found a shaking word on, read once, with the
 * careful look run over what was read instead of over a read of its own: null unless a shaking
 * word in the title or the main content has a body word near it. The root is the page's semantic
 * root unless that holds less than a stub's prose, as the careful look chooses it. Only the main
 * content is classified, so looking there decides as the careful look over the whole prose did
 * (checked on every labelled page, tests/unit/detect/read-once.test.ts).
 *
 * `gate` null: no careful look, the read as it is. For a page whose raw text the background
 * already holds (the look sent it), of which the read is a part: the look would only keep from
 * the background what it has, and the classifier never matches a read the careful look turns
 * down (checked on the same pages), so it decides alone and the page is spared compiling the
 * careful look's patterns and running them.
 */
export function readMainIfNear(doc: GateDocument, gate: GatePatterns | null, limits: ExtractLimits = DEFAULT_LIMITS): Extraction | null {
  const root = semanticRoot(doc);
  let page = readMain(doc, root, limits);
  if (root && page.text.length < MIN_ROOT_CHARS) page = readMain(doc, null, limits);
  return !gate || shakingNearBody(`${doc.title || ''}\n${page.text}`, gate) ? page : null;
}

export type Detection = {
  verdict: Verdict;
  /** The sums behind the verdict, when the page got as far as being classified. */
  explain?: Classification['explain'];
  /** The work done, for tests that check it grows linearly, and for the bench. */
  work: Work;
};

const patterns = new WeakMap<DetectorSignals, GatePatterns>();

export function detect(doc: GateDocument, signals: DetectorSignals, limits: ExtractLimits = DEFAULT_LIMITS): Detection {
  let gate = patterns.get(signals);
  if (!gate) patterns.set(signals, (gate = gatePatterns(signals)));
  const { page, work } = readPage(doc, gate, limits);
  if (!page) return { verdict: NO_MATCH, work };
  const { verdict, words, explain } = classify(page, signals);
  return { verdict, explain, work: { ...work, words } };
}
