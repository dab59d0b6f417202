// What the detector decides about a page. The content script sends it to the background (badge,
// popup status) and hands it to the offer and the sidebar, so its shape is a shared contract.
import type { CauseId, Context } from '../vocabulary';

export type EvidenceQuote = {
  /** A short quote from the article (trimmed to a sentence or so), shown in the sidebar. */
  text: string;
  /** Where it is: the nearest heading above it, or the page title. */
  section: string;
  /** Index of the text block it came from, in the order the extractor read the main content. */
  block: number;
};

export type Verdict = {
  match: boolean;
  /** 0..1: how sure the detector is that the page is about muscles shaking. */
  score: number;
  /** The situations the article describes, most prominent first. */
  contexts: Context[];
  /** Knowledge-base causes the article discusses, most mentioned first. */
  causes: CauseId[];
  /** Up to three quotes that show what the article is about. */
  evidence: EvidenceQuote[];
};

export const NO_MATCH: Verdict = { match: false, score: 0, contexts: [], causes: [], evidence: [] };
