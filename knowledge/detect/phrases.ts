// Finding the lexicon's phrases in a sentence's words: a lookup by each word's first letters,
// then a word-by-word comparison. No RegExp is built from anything; the work is the number of
// words times the (small) number of phrases that share a beginning.
import type { DetectorSignals, Kind } from './signals';

export type Phrase = {
  kind: Kind;
  id: string;
  /** The phrase's words; a word ending in '*' matches any word that begins with the rest (so '*' alone, any word). */
  words: string[];
};

export type PhraseIndex = {
  /** Every occurrence of the gate's word beginnings (global, case-insensitive). */
  gateAll: RegExp;
  byKey: Map<string, Phrase[]>;
  /** Lengths below KEY_LENGTH of wildcard words that start phrases (usually none). */
  shortStems: number[];
};

const KEY_LENGTH = 3;

function keyOf(word: string): string {
  return word.length <= KEY_LENGTH ? word : word.slice(0, KEY_LENGTH);
}

const cache = new WeakMap<DetectorSignals, PhraseIndex>();

/** Built once per signals object (the content script has one) and reused. */
export function phraseIndex(signals: DetectorSignals): PhraseIndex {
  const known = cache.get(signals);
  if (known) return known;
  const byKey = new Map<string, Phrase[]>();
  const shortStems = new Set<number>();
  for (const [kind, id, list] of signals.groups) {
    for (const text of list.split('|')) {
      const words = text.split(' ');
      const first = words[0]!;
      const star = first.endsWith('*');
      const stem = star ? first.slice(0, -1) : first;
      if (star && stem.length < KEY_LENGTH) shortStems.add(stem.length);
      const key = star && stem.length < KEY_LENGTH ? stem : keyOf(stem);
      const phrase: Phrase = { kind, id, words };
      const bucket = byKey.get(key);
      if (bucket) bucket.push(phrase);
      else byKey.set(key, [phrase]);
    }
  }
  // The gate's stems are letters only (buildDetectorSignals checks), so this pattern is a
  // plain alternation of literals: linear time on any page.
  const index: PhraseIndex = { gateAll: new RegExp(signals.gate, 'gi'), byKey, shortStems: [...shortStems] };
  cache.set(signals, index);
  return index;
}

function wordMatches(pattern: string, word: string): boolean {
  if (pattern.charCodeAt(pattern.length - 1) !== 42 /* * */) return pattern === word;
  return word.length >= pattern.length - 1 && word.startsWith(pattern.slice(0, -1));
}

/** Number of words the phrase covers when it starts at `at`, or 0. */
function matchAt(phrase: Phrase, words: readonly string[], at: number): number {
  const pw = phrase.words;
  if (at + pw.length > words.length) return 0;
  for (let k = 0; k < pw.length; k++) {
    if (!wordMatches(pw[k]!, words[at + k]!)) return 0;
  }
  return pw.length;
}

/** Calls `found` for every phrase of the index that occurs in `words`. */
export function findPhrases(
  index: PhraseIndex,
  words: readonly string[],
  found: (phrase: Phrase, at: number, length: number) => void,
): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    visit(index.byKey.get(keyOf(word)), i);
    for (const n of index.shortStems) {
      if (word.length > n) visit(index.byKey.get(word.slice(0, n)), i);
    }
  }
  function visit(bucket: Phrase[] | undefined, i: number): void {
    if (!bucket) return;
    for (const phrase of bucket) {
      const length = matchAt(phrase, words, i);
      if (length > 0) found(phrase, i, length);
    }
  }
}
