// The classifier's weights: what a sentence that ties shaking to a body adds to a page's support,
// and how that support, the page's fitness words and its off-topic words make its score. Fitted
// on the labelled sets by `npm run fit:detector` (scripts/fit-detector.ts), which also scores each
// set leaving it out of the fit; the figures are in tests/fixtures/blind-8/README.md. Pure, so
// the fit and the classifier compute the score the same way.

export type Weights = {
  /** Added to a sentence's weight, as a share of it, when a body word is right beside the shaking word. */
  tight: number;
  /**
   * Added when that body part is someone's ("my calves", "your legs", "her hands"): what a page
   * about a person's shaking says, and a page about a horse, a machine or a handshake rarely does.
   */
  person: number;
  /** Added when the sentence also names a situation. */
  situation: number;
  /** The share of its support a page with no fitness words keeps. */
  fitnessFloor: number;
  /** Fitness words at which a page counts as wholly about exercise. */
  fitnessFull: number;
  /** How much an off-topic word (an animal, an engine, a market) weighs against a fitness word. */
  offTopic: number;
  /** The score at which a page matches. */
  threshold: number;
};

export const WEIGHTS: Weights = {
  tight: 0.5,
  person: 3,
  situation: 1,
  fitnessFloor: 0.25,
  fitnessFull: 3,
  offTopic: 4,
  threshold: 3,
};

/** A body word this many words from the shaking word or closer is right beside it. */
export const TIGHT = 3;

/** What one sentence that ties shaking to a body says; `weight` is its place's (title, heading, body). */
export type SentenceFeatures = { weight: number; tight: boolean; person: boolean; situation: boolean };

export function sentenceSupport(s: SentenceFeatures, w: Weights): number {
  return s.weight * (1 + (s.tight ? w.tight : 0) + (s.person ? w.person : 0) + (s.situation ? w.situation : 0));
}

/** A page's sums: `support` of its strong sentences, `strong` their plain weights, `weak` the rest. */
export type PageSums = { support: number; strong: number; weak: number; fitness: number; offTopic: number };

/** The support with a little for weak mentions, at most a few per strong one. An upper bound on the score. */
export function supportOf(p: Pick<PageSums, 'support' | 'strong' | 'weak'>): number {
  return p.support + 0.3 * Math.min(p.weak, 2 * p.strong + 3);
}

/** The page's score: its support, scaled by how much the page is about exercise and how little about other things. */
export function rawScore(p: PageSums, w: Weights): number {
  const fitness = Math.min(1, p.fitness / w.fitnessFull);
  const relevance = (p.fitness + 1) / (p.fitness + 1 + w.offTopic * p.offTopic);
  return supportOf(p) * (w.fitnessFloor + (1 - w.fitnessFloor) * fitness) * relevance;
}
