// The detector as calls: `readPage` is what runs in the page (a cheap look for any shaking
// word, then, only on the few pages that have one, the full read of the main content);
// `classify` decides. The content script reads and the background classifies; the bench's
// in-page build, `npm run classify` and the tests call `detect`, which does both.
import { classify, type Classification } from './classify';
import { DEFAULT_LIMITS, densestBlocks, extractMainContent, type Extraction, type ExtractLimits } from './extract';
import { GATE_LIMITS, gatePatterns, readGate, type GateDocument, type GatePatterns } from './gate';
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
  const page = extractMainContent(doc, limits, look.root);
  // A page that does not say where its article is: keep its densest part.
  const blocks = page.semantic ? page.blocks : densestBlocks(page.blocks);
  return {
    page: { ...page, blocks },
    work: { ...work, nodes: page.nodes, chars: page.text.length, truncated: page.truncated },
  };
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
