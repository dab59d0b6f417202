// The classifier's weights: what a sentence that ties shaking to a body adds to a page's support,
// and how that support, the page's fitness words and its off-topic words make its score. Fitted
// on the labelled sets by `npm run fit:detector` (scripts/fit-detector.ts), which also scores each
// set leaving it out of the fit; the figures are in tests/fixtures/blind-9/README.md and the
// README's accuracy table. Pure, so the fit and the classifier compute the score the same way.

export type Weights = {
  /** Added to a sentence's weight, as a share of it, when a body word is right beside the shaking word. */
  tight: number;
  /**
   * Added when that body part is someone's ("my calves", "your legs", "her hands"): what a page
   * about a person's shaking says, and a page about a horse, a machine or a handshake rarely does.
   */
  person: number;
  /**
   * Added when the body part is not beside the shaking word but the sentence still says whose
   * shaking it is: someone's body word further off, or "I" or "you" just before the shaking word.
   */
  someone: number;
  /** Added when the sentence also names a situation. */
  situation: number;
  /** The share of its support a page with no fitness words keeps. */
  fitnessFloor: number;
  /** Fitness words at which a page counts as wholly about exercise. */
  fitnessFull: number;
  /**
   * Added to the share a page keeps, as a share of its support, when it has `subjectFull` fitness
   * words or more: a long guide, plan or race report that says it once is still about exercise.
   */
  subject: number;
  subjectFull: number;
  /** How much an off-topic word (an animal, an engine, a market) weighs against a fitness word. */
  offTopic: number;
  /** The score at which a page matches. */
  threshold: number;
};

export const WEIGHTS: Weights = {
  tight: 0.5,
  person: 3,
  someone: 1,
  situation: 1,
  fitnessFloor: 0.25,
  fitnessFull: 6,
  subject: 1,
  subjectFull: 10,
  offTopic: 6,
  threshold: 2,
};

/** A body word this many words from the shaking word or closer is right beside it. */
export const TIGHT = 3;

/** What one sentence that ties shaking to a body says; `weight` is its place's (title, heading, body). */
export type SentenceFeatures = { weight: number; tight: boolean; person: boolean; someone: boolean; situation: boolean };

export function sentenceSupport(s: SentenceFeatures, w: Weights): number {
  const whose = s.person ? w.person : s.someone ? w.someone : 0;
  return s.weight * (1 + (s.tight ? w.tight : 0) + whose + (s.situation ? w.situation : 0));
}

/** A page's sums: `support` of its strong sentences, `strong` their plain weights, `weak` the rest. */
export type PageSums = { support: number; strong: number; weak: number; fitness: number; offTopic: number };

/** The support with a little for weak mentions, at most a few per strong one. An upper bound on the score. */
export function supportOf(p: Pick<PageSums, 'support' | 'strong' | 'weak'>): number {
  return p.support + 0.3 * Math.min(p.weak, 2 * p.strong + 3);
}

/** The most the exercise factor of `rawScore` can be: a bound on the score, with `supportOf`, before the page is read. */
export const maxExercise = (w: Weights) => 1 + w.subject;

/** The page's score: its support, scaled by how much the page is about exercise and how little about other things. */
export function rawScore(p: PageSums, w: Weights): number {
  const fitness = Math.min(1, p.fitness / w.fitnessFull);
  const exercise = w.fitnessFloor + (1 - w.fitnessFloor) * fitness + (p.fitness >= w.subjectFull ? w.subject : 0);
  const relevance = (p.fitness + 1) / (p.fitness + 1 + w.offTopic * p.offTopic);
  return supportOf(p) * exercise * relevance;
}
