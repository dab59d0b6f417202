// The detector's signals: the lexicon plus each cause's article phrases, reduced to the compact
// form the classifier reads. The build puts the result into the content script as a virtual
// module (`virtual:steady-detector-signals`, see wxt.config.ts), so that the script carries
// these few kilobytes of words and none of the knowledge base's prose; Node code (the CLI, the
// tests) calls the same function on the same files.
import type { Cause } from '../schema';
import type { CauseId, Context } from '../vocabulary';
import type { DetectorLexicon } from './lexicon-schema';

/** What a phrase is evidence of. Numbers keep the shipped JSON small. */
export const KIND = {
  shaking: 0,
  shakingAndBody: 1,
  notShaking: 2,
  cancelsShaking: 3,
  body: 4,
  notBody: 5,
  fitness: 6,
  offTopic: 7,
  context: 8,
  cause: 9,
  feeling: 10,
  gear: 11,
} as const;
export type Kind = (typeof KIND)[keyof typeof KIND];

/**
 * One group of phrases: its kind, an id (the context, cause or off-topic group; '' for the
 * others) and its phrases joined by '|', words separated by single spaces (a hyphen in the
 * lexicon is a space here, as the tokenizer splits on both).
 */
export type PhraseGroup = [kind: Kind, id: string, phrases: string];

export type DetectorSignals = {
  /**
   * Literal word beginnings, joined by '|', that any page that can match must contain. The
   * classifier tests them as one case-insensitive pattern before it tokenizes anything; they
   * come from our own lexicon (letters only, checked here), never from page text.
   */
  gate: string;
  /**
   * A pattern for the first words of the body phrases, as whole words (a word ending in * as
   * a beginning): a page whose gate words have none of these anywhere near them cannot match,
   * and is not read further (gate.ts). Letters from our lexicon in a fixed frame, so linear.
   */
  body: string;
  groups: PhraseGroup[];
};

function normalise(phrase: string): string {
  return phrase.replace(/-/g, ' ');
}

/** Word beginnings such that every phrase starts with one of them. */
function gateStems(phrases: string[]): string[] {
  const stems = [...new Set(phrases.map((p) => normalise(p).split(' ')[0]!.replace('*', '')))].sort();
  // A stem that another stem begins is redundant ("shake" covers "shakes").
  const kept = stems.filter((s) => !stems.some((other) => other !== s && s.startsWith(other)));
  for (const s of kept) {
    if (!/^[a-z']+$/.test(s)) throw new Error(`detector gate: "${s}" is not letters only`);
  }
  return kept;
}

/** `(?<![a-z])(?:leg(?![a-z])|thigh|…)`: each phrase's first word, whole (or as a beginning). */
function wordsPattern(phrases: string[]): string {
  const firsts = [...new Set(phrases.map((p) => normalise(p).split(' ')[0]!))].sort();
  const alternatives = firsts.map((w) => {
    const stem = w.replace('*', '');
    if (!/^[a-z']+$/.test(stem)) throw new Error(`detector body words: "${w}" is not letters only`);
    return w.endsWith('*') ? stem : `${stem}(?![a-z])`;
  });
  return `(?<![a-z])(?:${alternatives.join('|')})`;
}

export function buildDetectorSignals(causes: readonly Cause[], lexicon: DetectorLexicon): DetectorSignals {
  const group = (kind: Kind, id: string, phrases: readonly string[]): PhraseGroup => [
    kind,
    id,
    [...new Set(phrases.map(normalise))].join('|'),
  ];
  const groups: PhraseGroup[] = [
    group(KIND.shaking, '', lexicon.shaking),
    group(KIND.shakingAndBody, '', lexicon.shakingAndBody),
    group(KIND.notShaking, '', lexicon.notShaking),
    group(KIND.cancelsShaking, '', lexicon.cancelsShaking),
    group(KIND.body, '', lexicon.body),
    group(KIND.notBody, '', lexicon.notBody),
    group(KIND.gear, '', lexicon.gear),
    group(KIND.feeling, '', lexicon.feeling),
    group(KIND.fitness, '', lexicon.fitness),
    ...lexicon.offTopic.map((g) => group(KIND.offTopic, g.id, g.words)),
    ...(Object.entries(lexicon.contexts) as [Context, string[]][]).map(([id, cues]) => group(KIND.context, id, cues)),
    ...causes.map((c) => group(KIND.cause, c.id satisfies CauseId, c.articlePhrases)),
  ];
  return {
    gate: gateStems([...lexicon.shaking, ...lexicon.shakingAndBody]).join('|'),
    // A feeling word makes a shaking word a body's as a body word does ("felt jittery").
    body: wordsPattern([...lexicon.body, ...lexicon.feeling]),
    groups,
  };
}
