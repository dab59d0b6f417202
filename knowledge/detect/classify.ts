// Decides whether extracted text is an article about a person's muscles shaking, and which
// situations and causes it describes. Words, not patterns: the text is split into words with a
// character loop, phrases are looked up by their first letters (phrases.ts), so the work grows
// with the text and nothing the page says can make it slower per character.
import { BLOCK_HEADING } from './extract';
import { findPhrases, phraseIndex, type Phrase, type PhraseIndex } from './phrases';
import { KIND, type DetectorSignals } from './signals';
import { NO_MATCH, type EvidenceQuote, type Verdict } from './verdict';
import { maxExercise, rawScore, sentenceSupport, supportOf, TIGHT, WEIGHTS, type PageSums, type SentenceFeatures } from './weights';
import type { CauseId, Context } from '../vocabulary';

/** A block of the extracted text (see extract.ts): where it is in `text`, and what it is. */
export type BlockSpan = { start: number; end: number; kind: number; section: number };
export type ClassifyInput = { title: string; text: string; blocks: readonly BlockSpan[] };
export type Classification = {
  verdict: Verdict;
  words: number;
  /** Why: the sums behind the verdict (for `npm run classify -- --explain` and for tuning). */
  explain: PageSums & { raw: number; contexts: [string, number][] };
};

const WEIGHT_TITLE = 4;
const WEIGHT_HEADING = 3;
const WEIGHT_BODY = 1;
/** A shaking word and a body word this many words apart or closer are about the same thing. */
const NEAR = 12;
/** Words longer than this are not words (base64, long runs of one letter) and match nothing. */
const MAX_WORD = 40;
/** A possessive this many words before a body word makes it someone's ("my left calf"). */
const OWNER_NEAR = 3;
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'their', 'our']);
/** A shaking word this many words from a shoe or a midsole is the thing's, unless a body word is as near. */
const GEAR_NEAR = 3;
const MAX_QUOTE = 220;
const MAX_SECTION = 120;

type Candidate = {
  block: number;
  start: number;
  end: number;
  /** Offset of the first shaking word, to centre a long quote on it. */
  at: number;
  rank: number;
  contexts: string[];
};

type Tally = {
  /** The weights of the sentences that tie shaking to a body. */
  strong: number;
  /** Those weights with what each sentence says (weights.ts). */
  support: number;
  /** Each strong sentence, kept only for the fit (scripts/fit-detector.ts). */
  sentences: SentenceFeatures[] | null;
  weak: number;
  fitness: number;
  offTopic: number;
  words: number;
  contexts: Map<string, number>;
  /** The situations named in the strong sentences and beside them (localShaking), and how many strong sentences there are. */
  local: Map<string, number>;
  strongSentences: number;
  causes: Map<string, number>;
  candidates: Candidate[];
  /** The page is about muscle fibre types: its "twitch" is a contraction, not a person twitching. */
  fibreTypes: boolean;
};

// Marks on the words of the sentence being analysed: 1 = its shaking sense is ruled out,
// 2 = its body sense is ruled out, 4 = it is a shaking word, 8 = it is inside an exercise's or a
// situation's name of several words (so it cancels nothing). Grown as needed and reused, so a
// sentence costs no garbage.
let marks = new Uint8Array(256);

function isWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  // Letters beyond ASCII, but not the punctuation and symbol blocks, nor × and ÷.
  return !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xd7 && c !== 0xf7 && c !== 0xfeff;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Splits lowercased text into sentences of words and hands each to `sentence`: the words, the
 * offset of each word, and the sentence's start and end offsets.
 */
export function forEachSentence(
  lower: string,
  from: number,
  to: number,
  sentence: (words: string[], offsets: number[], start: number, end: number) => void,
): number {
  const words: string[] = [];
  const offsets: number[] = [];
  let count = 0;
  let start = from;
  let wordStart = -1;
  let curly = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? lower.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0 && isApostrophe(c) && i + 1 < to && isWordChar(lower.charCodeAt(i + 1))) {
      if (c !== 39) curly = true;
      continue;
    }
    if (wordStart >= 0) {
      if (i - wordStart <= MAX_WORD) {
        const word = lower.slice(wordStart, i);
        words.push(curly ? word.replace(/\u2019/g, "'") : word);
        offsets.push(wordStart);
      }
      wordStart = -1;
      curly = false;
    }
    const end = c === 33 || c === 63 || c === 0x2026 || (c === 46 && !(i + 1 < to && isWordChar(lower.charCodeAt(i + 1))));
    if (end && words.length > 0) {
      count += words.length;
      sentence(words, offsets, start, i + 1);
      words.length = 0;
      offsets.length = 0;
      start = i + 1;
    } else if (end) {
      start = i + 1;
    }
  }
  if (words.length > 0) {
    count += words.length;
    sentence(words, offsets, start, to);
  }
  return count;
}

/** True when some shaking word and some body word are at most NEAR words apart (both sorted). */
function near(shaking: number[], body: number[]): boolean {
  let j = 0;
  for (const s of shaking) {
    while (j < body.length && body[j]! < s - NEAR) j++;
    if (j < body.length && body[j]! <= s + NEAR) return true;
  }
  return false;
}

/** Subjects that make a shaking word a person's own ("I started shaking", "you're trembling"); not "we", a team in a match report. */
const SUBJECTS: ReadonlySet<string> = new Set(['i', "i'm", "i've", "i'd", 'you', "you're", "you'll", "you've"]);
/** Such a subject this many words before the shaking word or closer is its subject. */
const SUBJECT_NEAR = 2;

/**
 * Whether some shaking word has a body word right beside it, whether that body part is
 * someone's, and, if not, whether the sentence still says whose shaking it is: someone's body
 * word further off ("your legs will feel like jelly and a bit wobbly"), or "I" or "you" just
 * before the shaking word. Both lists are sorted; one pass over each, so an endless sentence
 * stays linear.
 */
function closeness(words: readonly string[], shakes: number[], bodies: number[]): Pick<SentenceFeatures, 'tight' | 'person' | 'someone'> {
  let tight = false;
  let j = 0;
  for (const s of shakes) {
    while (j < bodies.length && bodies[j]! < s - TIGHT) j++;
    for (let k = j; k < bodies.length && bodies[k]! <= s + TIGHT; k++) {
      tight = true;
      if (owned(words, bodies[k]!)) return { tight, person: true, someone: false };
    }
  }
  return { tight, person: false, someone: bodies.some((b) => owned(words, b)) || shakes.some((s) => subjectBefore(words, s)) };
}

const owned = (words: readonly string[], b: number) => {
  for (let d = 1; d <= OWNER_NEAR && d <= b; d++) if (POSSESSIVES.has(words[b - d]!)) return true;
  return false;
};

const subjectBefore = (words: readonly string[], s: number) => {
  for (let d = 1; d <= SUBJECT_NEAR && d <= s; d++) if (SUBJECTS.has(words[s - d]!)) return true;
  return false;
};

/** A shaking word the person feels: at most FELT words after the end of a feeling phrase. */
const FELT = 3;
function felt(feeling: number[], shaking: number[]): boolean {
  return feeling.some((f) => shaking.some((s) => s > f && s - f <= FELT));
}

/** Whether the shaking word at `p` is said of a thing worn or used ("the midsole felt wobbly"), not of the body. */
function gearShakes(p: number, gear: number[], bodies: number[]): boolean {
  let d = GEAR_NEAR + 1;
  for (const g of gear) d = Math.min(d, Math.abs(g - p));
  return d <= GEAR_NEAR && !bodies.some((b) => Math.abs(b - p) <= d);
}

function scan(index: PhraseIndex, lower: string, from: number, to: number, weight: number, block: number, tally: Tally): void {
  // Whether the previous sentence of this block named a body part.
  let bodyBefore = false;
  // The situations the previous sentence of this block named, and whether it was strong.
  let namedBefore: Map<string, number> | null = null;
  let strongBefore = false;
  tally.words += forEachSentence(lower, from, to, (words, offsets, start, end) => {
    if (marks.length < words.length) marks = new Uint8Array(words.length * 2);
    marks.fill(0, 0, words.length);
    const shaking: number[] = [];
    const body: number[] = [];
    const feeling: number[] = [];
    const cancels: number[] = [];
    const gear: number[] = [];
    const offTopic: number[] = [];
    const contexts: { id: string; at: number }[] = [];
    const causes: string[] = [];
    findPhrases(index, words, (phrase: Phrase, at: number, length: number) => {
      switch (phrase.kind) {
        case KIND.shaking:
          shaking.push(at);
          marks[at]! |= 4;
          break;
        case KIND.shakingAndBody:
          shaking.push(at);
          marks[at]! |= 4;
          body.push(at);
          break;
        case KIND.notShaking:
          for (let k = at; k < at + length; k++) marks[k]! |= 1;
          break;
        case KIND.cancelsShaking:
          cancels.push(at);
          break;
        case KIND.feeling:
          feeling.push(at + length - 1);
          break;
        case KIND.body:
          body.push(at);
          break;
        case KIND.notBody:
          for (let k = at; k < at + length; k++) marks[k]! |= 2;
          break;
        case KIND.gear:
          for (let k = at; k < at + length; k++) gear.push(k);
          break;
        case KIND.fitness:
          tally.fitness++;
          if (length > 1) for (let k = at; k < at + length; k++) marks[k]! |= 8;
          break;
        case KIND.offTopic:
          offTopic.push(at);
          break;
        case KIND.context:
          contexts.push({ id: phrase.id, at });
          if (length > 1) for (let k = at; k < at + length; k++) marks[k]! |= 8;
          break;
        case KIND.cause:
          causes.push(phrase.id);
          break;
      }
    });
    // An off-topic word inside an exercise's name ("downward dog", "horse stance") says nothing
    // of the page's subject.
    for (const p of offTopic) if ((marks[p]! & 8) === 0) tally.offTopic += weight > WEIGHT_BODY ? 2 : 1;
    // A dog, an engine or a market in the sentence is what shakes, unless the word is part of
    // an exercise's name ("downward dog", "cat-cow").
    const cancelled = cancels.some((p) => (marks[p]! & 8) === 0);
    const bodies = body.filter((p) => (marks[p]! & 2) === 0);
    // A shoe right beside the shaking word is what wobbles, unless a body word is as near.
    const shakes = cancelled
      ? []
      : shaking.filter(
          (p) => (marks[p]! & 1) === 0 && !gearShakes(p, gear, bodies) && !(tally.fibreTypes && words[p]!.startsWith('twitch')),
        );
    // "They shake" right after a sentence about the legs is about the legs; so is a shaking
    // word a person feels ("I felt so jittery").
    const strong = shakes.length > 0 && (bodyBefore || near(shakes, bodies) || felt(feeling, shakes));
    bodyBefore = bodies.length > 0;
    if (strong) {
      // A situation beside the shaking word, not the shaking word itself ("twitches" names twitching).
      const situation = contexts.some((c) => (marks[c.at]! & 4) === 0);
      const features = { weight, ...closeness(words, shakes, bodies), situation };
      tally.strong += weight;
      tally.support += sentenceSupport(features, WEIGHTS);
      tally.sentences?.push(features);
    } else if (shakes.length > 0) tally.weak += weight;
    const emphasis = weight === WEIGHT_TITLE ? 3 : weight === WEIGHT_HEADING ? 2 : 1;
    // A situation named beside a shaking word counts three times; a shaking word is not by
    // itself a situation ("twitching" names one, but only weakly when it is the word that shakes).
    // A sentence names a situation once, however many of its cues it uses ("with every step
    // downhill" is one mention, not three), so one dense sentence does not outweigh the page.
    const named = situationsNamed(contexts, (isShakingWord) => (shakes.length > 0 && !isShakingWord ? 3 : 1) * emphasis);
    for (const [id, by] of named) add(tally.contexts, id, by);
    // The situation of a strong sentence is often set by its neighbour ("We held the band
    // stretch for a minute. My thigh started quivering."): the neighbours count half. In its own
    // sentence a shaking word that names a situation ("twitching") comes first: it says what
    // the shaking is, where the situations beside it say when.
    if (strong) {
      tally.strongSentences++;
      for (const [id, by] of situationsNamed(contexts, (isShakingWord) => (isShakingWord ? 4 : 3) * emphasis)) add(tally.local, id, by);
      if (namedBefore) for (const [id, by] of namedBefore) add(tally.local, id, by * NEIGHBOUR);
    } else if (strongBefore) for (const [id, by] of named) add(tally.local, id, by * NEIGHBOUR);
    namedBefore = named;
    strongBefore = strong;
    for (const id of causes) add(tally.causes, id, emphasis);
    if (shakes.length > 0 && block >= 0) {
      const rank = strong ? (weight === WEIGHT_BODY ? 2 : 1) : 0;
      const ids = contexts.map((c) => c.id);
      tally.candidates.push({ block, start, end, at: offsets[shakes[0]!]!, rank, contexts: ids });
    }
  });
}

/**
 * The situations a sentence names, each once at the most its cues weigh (`weigh` is told whether
 * the cue is the sentence's shaking word itself, as "twitching" is). Reads the sentence's marks.
 */
function situationsNamed(contexts: { id: string; at: number }[], weigh: (isShakingWord: boolean) => number): Map<string, number> {
  const named = new Map<string, number>();
  for (const c of contexts) {
    const by = weigh((marks[c.at]! & 5) === 4);
    if (by > (named.get(c.id) ?? 0)) named.set(c.id, by);
  }
  return named;
}

/** How much a situation in the sentence before or after a strong one counts towards `local`. */
const NEIGHBOUR = 0.5;
/**
 * A long page that ties shaking to a body in at most FEW_STRONG sentences (a race report with
 * one sentence about jelly legs at the finish, a plan with one list item about twitching calves)
 * has its situation where it says so, not in what the rest of the page is about: page-wide, a
 * race report is "during exercise" throughout. Chosen over the labelled sets (README, "The
 * detector's accuracy"): from 600 to 1,000 words and with 2 or 3 sentences the figures are the same.
 */
const FEW_STRONG = 2;
const LONG_PAGE = 800;

function localShaking(tally: Tally): boolean {
  return tally.strongSentences <= FEW_STRONG && tally.words >= LONG_PAGE && tally.local.size > 0;
}

/** The page's situations, those named in or beside its strong sentences first (by that weight), then the rest. */
function nearFirst(ranks: [string, number][], local: Map<string, number>): [string, number][] {
  return [...ranks].sort((a, b) => (local.get(b[0]) ?? 0) - (local.get(a[0]) ?? 0) || b[1] - a[1]);
}

function add(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function ranked(map: Map<string, number>): [string, number][] {
  // Stable: equal weights keep the order in which the page first mentioned them.
  return [...map].sort((a, b) => b[1] - a[1]);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A quote of at most MAX_QUOTE characters, cut at spaces, around the shaking word. */
function quote(text: string, c: Candidate): string {
  const whole = collapse(text.slice(c.start, c.end));
  if (whole.length <= MAX_QUOTE) return whole;
  let from = Math.max(c.start, c.at - 80);
  let to = Math.min(c.end, from + MAX_QUOTE);
  if (from > c.start) {
    const space = text.indexOf(' ', from);
    if (space > 0 && space < c.at) from = space + 1;
  }
  if (to < c.end) {
    const space = text.lastIndexOf(' ', to);
    if (space > c.at) to = space;
  }
  return collapse(text.slice(from, to)).slice(0, MAX_QUOTE);
}

function evidence(input: ClassifyInput, tally: Tally, top: string | undefined): EvidenceQuote[] {
  const chosen: Candidate[] = [];
  const seen = new Set<number>();
  const order = tally.candidates
    .map((c, i) => ({ c, i, cue: top !== undefined && c.contexts.includes(top) ? 1 : 0 }))
    .sort((a, b) => b.c.rank - a.c.rank || b.cue - a.cue || a.i - b.i);
  for (const { c } of order) {
    if (chosen.length === 3) break;
    if (seen.has(c.block)) continue;
    seen.add(c.block);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  const title = collapse(input.title).slice(0, MAX_SECTION);
  return chosen.map((c) => {
    const section = input.blocks[input.blocks[c.block]!.section];
    return {
      text: quote(input.text, c),
      section: section ? collapse(input.text.slice(section.start, section.end)).slice(0, MAX_SECTION) : title,
      block: c.block,
    };
  });
}

/** Fibre types named this many times make a page about them ("fast-twitch", "slow twitch"). */
const FIBRE_PAGE = 2;
const FIBRE_TYPE = /\b(?:fast|slow)[- ]?twitch/gi;
function aboutFibreTypes(text: string): boolean {
  FIBRE_TYPE.lastIndex = 0;
  let n = 0;
  while (n < FIBRE_PAGE && FIBRE_TYPE.exec(text)) n++;
  return n >= FIBRE_PAGE;
}

function newTally(fibreTypes: boolean, sentences: SentenceFeatures[] | null = null): Tally {
  return {
    fibreTypes,
    strong: 0,
    support: 0,
    sentences,
    weak: 0,
    fitness: 0,
    offTopic: 0,
    words: 0,
    contexts: new Map(),
    local: new Map(),
    strongSentences: 0,
    causes: new Map(),
    candidates: [],
  };
}

/** Indices of the blocks in which a gate word occurs: the only ones that can hold shaking. */
function blocksWithGateWords(input: ClassifyInput, index: PhraseIndex): number[] {
  const found: number[] = [];
  const { blocks, text } = input;
  const re = index.gateAll;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // Binary search for the block that holds the hit (blocks are in text order).
    let lo = 0;
    let hi = blocks.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = blocks[mid]!;
      if (m.index < b.start) hi = mid - 1;
      else if (m.index >= b.end) lo = mid + 1;
      else {
        at = mid;
        break;
      }
    }
    if (at >= 0) {
      found.push(at);
      // One look per block: jump past it.
      re.lastIndex = blocks[at]!.end;
    }
  }
  return found;
}

const weightOf = (b: BlockSpan) => (b.kind === BLOCK_HEADING ? WEIGHT_HEADING : WEIGHT_BODY);
/** The raw score at which a page matches; the reported score is 0.5 there. */
const THRESHOLD = WEIGHTS.threshold;
const scoreOf = (raw: number) => Math.round((raw / (raw + THRESHOLD)) * 100) / 100;

/**
 * The title (lower-cased) and the blocks that contain a gate word: shaking can only be there.
 * The other factors of the score are at most maxExercise and 1, so if this much support cannot
 * reach the threshold, no full read can.
 */
function quickTally(input: ClassifyInput, title: string, index: PhraseIndex, fibreTypes: boolean): { tally: Tally; bound: number } {
  const quick = newTally(fibreTypes);
  scan(index, title, 0, title.length, WEIGHT_TITLE, -1, quick);
  for (const i of blocksWithGateWords(input, index)) {
    const b = input.blocks[i]!;
    const lower = input.text.slice(b.start, b.end).toLowerCase();
    scan(index, lower, 0, lower.length, weightOf(b), -1, quick);
  }
  return { tally: quick, bound: supportOf(quick) * maxExercise(WEIGHTS) };
}

/**
 * Whether a page's raw text (raw-text.ts: its title and body's textContent, chrome and all, its
 * lines weighing as headings) could match: the quick bound of classify(), made an upper bound
 * of what the careful read of its main content can reach. Fibre-type pages keep their twitch
 * words here, because the raw text cannot tell which mentions of fibre types are the article's.
 * Read by the background before it has the reader read the page
 * (components/background/detector-injection.ts): a page that says "no" here pays nothing more.
 */
export function rawTextMayMatch(input: ClassifyInput, signals: DetectorSignals): boolean {
  const { tally, bound } = quickTally(input, input.title.toLowerCase(), phraseIndex(signals), false);
  return tally.strong > 0 && bound >= THRESHOLD;
}

/**
 * `sentences`, for the fit only (scripts/fit-detector.ts): filled with the strong sentences of a
 * full read, which then never stops at the quick bound, so that every page has its features.
 */
export function classify(input: ClassifyInput, signals: DetectorSignals, sentences?: SentenceFeatures[]): Classification {
  const index = phraseIndex(signals);
  const title = input.title.toLowerCase();

  // First the quick bound: most pages that merely use a shaking word stop here.
  // A page that names fibre types twice uses "twitch" for a contraction everywhere ("a single
  // twitch", "peak twitch force"), not only in the phrases the lexicon rules out.
  const fibreTypes = aboutFibreTypes(input.title) || aboutFibreTypes(input.text);
  const { tally: quick, bound } = quickTally(input, title, index, fibreTypes);
  if (!sentences && (quick.strong === 0 || bound < THRESHOLD)) {
    const { strong, support, weak, words } = quick;
    const explain = { strong, support, weak, fitness: quick.fitness, offTopic: quick.offTopic, raw: bound, contexts: [] };
    return { verdict: { ...NO_MATCH, score: scoreOf(bound) }, words, explain };
  }

  const tally = newTally(fibreTypes, sentences);
  scan(index, title, 0, title.length, WEIGHT_TITLE, -1, tally);
  const lower = input.text.toLowerCase();
  input.blocks.forEach((b, i) => scan(index, lower, b.start, b.end, weightOf(b), i, tally));

  // The exercise factor is at most maxExercise and the relevance at most 1, so the quick bound above holds.
  const raw = rawScore(tally, WEIGHTS);
  const match = tally.strong > 0 && raw >= THRESHOLD;
  const score = scoreOf(raw);
  const contextRanks = ranked(tally.contexts);
  const { strong, support, weak, offTopic } = tally;
  const words = tally.words + quick.words;
  const explain = { strong, support, weak, fitness: tally.fitness, offTopic, raw: Math.round(raw * 100) / 100, contexts: contextRanks };
  if (!match) return { verdict: { ...NO_MATCH, score }, words, explain };

  const order = localShaking(tally) ? nearFirst(contextRanks, tally.local) : contextRanks;
  const topWeight = order[0]?.[1] ?? 0;
  // A situation is named when it weighs 3 or more (one mention beside a shaking word, or three
  // elsewhere) and a quarter of the top one. A page with none that heavy names its top one, even
  // if it is mentioned only once: a page that now matches on one sentence about someone's legs
  // often names its situation once, elsewhere, and its only cue beats naming none.
  const weighty = order.filter(([, w]) => w >= Math.max(3, topWeight * 0.25));
  const contexts = (weighty.length > 0 ? weighty : order.slice(0, 1)).slice(0, 3).map(([id]) => id as Context);
  const causes = ranked(tally.causes).map(([id]) => id as CauseId);
  return {
    verdict: { match, score, contexts, causes, evidence: evidence(input, tally, contexts[0]) },
    words,
    explain,
  };
}
