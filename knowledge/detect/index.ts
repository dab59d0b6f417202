// The detector as one call: read the page's main content, then classify it. The content
// script, the bench's in-page build, `npm run classify` and the tests all go through here.
import { classify, mayMention } from './classify';
import { DEFAULT_LIMITS, densestBlocks, extractMainContent, type DomDocument, type ExtractLimits } from './extract';
import type { DetectorSignals } from './signals';
import { NO_MATCH, type Verdict } from './verdict';

export type Detection = {
  verdict: Verdict;
  /** The work done, for tests that check it grows linearly, and for the bench. */
  work: { nodes: number; chars: number; words: number; truncated: boolean };
};

export function detect(doc: DomDocument, signals: DetectorSignals, limits: ExtractLimits = DEFAULT_LIMITS): Detection {
  const page = extractMainContent(doc, limits);
  const work = { nodes: page.nodes, chars: page.text.length, words: 0, truncated: page.truncated };
  // Most pages never name shaking: they stop here, after one native scan of their text.
  if (!mayMention(signals, page)) return { verdict: NO_MATCH, work };
  const blocks = page.semantic ? page.blocks : densestBlocks(page.blocks);
  const { verdict, words } = classify({ title: page.title, text: page.text, blocks }, signals);
  return { verdict, work: { ...work, words } };
}
