// The first look, on every page: does the article's text contain a word that could name
// shaking, with a word for a part of the body anywhere near it? Nearly every page answers no,
// and stops here, so this is the cheapest read that is still safe to stop on: the text of the
// article element (or of the body), built natively (a textContent, or a Range moved past each
// script and style) with no per-node work in script (on a page's first run every node a
// content script touches costs a wrapper object), up to a budget, then a scan for literal
// word beginnings from the lexicon (letters only, so linear). It may say yes too often (it
// does not skip page chrome); the extraction and the classifier decide. Within its budget it
// never says no to a page the full read would match: it reads all the prose that read does,
// and looks much further around each shaking word. Past its budget (the root's first 3,000
// elements, at most 100,000 characters: several times the longest article) it reads nothing.
import type { DomDocument, DomElement, DomNode } from './extract';

export type GateLimits = { maxChars: number };
/**
 * Characters of prose, chrome included. Reading text costs about 6 ns a character in
 * Chromium (two-byte text), so this keeps the look near a millisecond on the longest pages.
 */
export const GATE_LIMITS: GateLimits = { maxChars: 100_000 };

/** What the gate looks for: shaking words (`any` finds the first, `shaking` walks them all), and body words near them. */
export type GatePatterns = { any: RegExp; shaking: RegExp; body: RegExp };
export function gatePatterns(signals: { gate: string; body: string }): GatePatterns {
  return { any: new RegExp(signals.gate, 'i'), shaking: new RegExp(signals.gate, 'gi'), body: new RegExp(signals.body, 'i') };
}

/**
 * How far around a shaking word a body word may be, in characters. The classifier wants them
 * a dozen words apart in one sentence, or the body word in the sentence before: these windows
 * are far wider, so the page's own markup and chrome between the two cannot hide a match.
 */
const BEFORE = 800;
const AFTER = 400;
/** After this many shaking words without a body word near one, stop looking and read on. */
const MAX_LOOKS = 200;

/** Whether some shaking word in `text` has a body word near it (or too many to look at). */
export function shakingNearBody(text: string, p: GatePatterns): boolean {
  const shaking = p.shaking;
  shaking.lastIndex = 0;
  let looks = 0;
  let checkedTo = 0;
  for (let m = shaking.exec(text); m !== null; m = shaking.exec(text)) {
    if (++looks > MAX_LOOKS) return true;
    const from = Math.max(checkedTo, m.index - BEFORE);
    const to = Math.min(text.length, m.index + AFTER);
    if (p.body.test(text.slice(from, to))) return true;
    // Up to here there is no body word: the next window need not look at it again (but for
    // the last few characters, where a word may have been cut).
    checkedTo = Math.max(from, to - 24);
  }
  return false;
}

export type GateElement = DomElement & {
  getElementsByTagName(name: string): ArrayLike<GateElement>;
  compareDocumentPosition(other: DomNode): number;
  contains(other: DomNode | null): boolean;
  readonly lastChild: DomNode | null;
};
/** The few Range calls the look uses: a browser's Range, or linkedom-fixes.ts's in Node. */
export type TextRange = {
  selectNodeContents(node: DomNode): void;
  setStartBefore(node: DomNode): void;
  setStartAfter(node: DomNode): void;
  setEndBefore(node: DomNode): void;
  setEndAfter(node: DomNode): void;
  toString(): string;
};
export type GateDocument = DomDocument & {
  readonly body: GateElement | null;
  createRange(): TextRange;
};

export type GateReading = {
  hit: boolean;
  chars: number;
  /** What the extraction must read: the page's semantic root, or null for the whole body. */
  root: GateElement | null;
};

/** Elements whose text is code, not prose: the look reads around them. */
const CODE = ['script', 'style', 'noscript'];
/**
 * The look reads at most this many elements of the root (and scripts and styles among the
 * first of them): about 100,000 characters on the densest page of the corpus, more than the
 * longest article. A Range ends before the next one; each end set costs the browser a walk
 * along that element's earlier siblings, so there are few of them, whatever the page.
 */
const ELEMENTS = 3_000;
/** Scripts and styles read around; past them the rest is read with its code (and the budget holds). */
const PIECES = 64;
const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING (there is no Node global in Node).

/** Yields the elements of `lists` (each in document order) merged into document order. */
function merged(lists: ArrayLike<GateElement>[]): () => GateElement | undefined {
  const at = lists.map(() => 0);
  return () => {
    let first = -1;
    let head: GateElement | undefined;
    for (let i = 0; i < lists.length; i++) {
      const candidate = lists[i]![at[i]!];
      if (candidate && (!head || head.compareDocumentPosition(candidate) & PRECEDING)) [first, head] = [i, candidate];
    }
    if (head) at[first]!++;
    return head;
  };
}

/**
 * The text of `root`'s first ELEMENTS elements without the text of their scripts and styles,
 * or a little more than `max` characters of it. A root with neither code nor that many
 * elements is read in one native call; otherwise a Range is moved past each script and style
 * and ended before the element the budget stops at, all native too, and only those elements
 * are touched from script. Inline scripts are often most of a page's text (a news page's JSON),
 * so they are not read at all. The element lists are the browser's live ones: they find each
 * next element lazily, with no selector to match.
 */
export function gateText(doc: GateDocument, root: GateElement, max: number, elements = ELEMENTS): string {
  const end: GateElement | undefined = root.getElementsByTagName('*')[elements];
  const nextCode = merged(CODE.map((tag) => root.getElementsByTagName(tag)));
  let code = nextCode();
  if (code === undefined && end === undefined) return root.textContent ?? '';
  const range = doc.createRange();
  range.selectNodeContents(root);
  let text = '';
  // The last skipped script or style: one inside it is skipped with it (linkedom parses a
  // noscript's content as elements; a browser running scripts does not).
  let skipped: GateElement | null = null;
  for (let pieces = 0; code !== undefined && pieces < PIECES; code = nextCode()) {
    // Code at or past the end of the budget: the rest is read in one piece.
    if (end !== undefined && !(end.compareDocumentPosition(code) & PRECEDING)) break;
    if (skipped?.contains(code)) continue;
    range.setEndBefore(code);
    text += range.toString();
    if (text.length >= max) return text;
    range.setStartAfter(code);
    skipped = code;
    pieces++;
  }
  if (end === undefined) range.setEndAfter(root.lastChild!);
  else range.setEndBefore(end);
  return text + range.toString();
}

/** The article, if the page says where it is: main, [role=main], or its only article. */
export function semanticRoot(doc: GateDocument): GateElement | null {
  // Tag lookups are cheap (browsers keep these collections); the attribute query walks the
  // whole document, so it runs only when there is no <main>.
  const main = doc.getElementsByTagName('main')[0];
  if (main) return main as GateElement;
  const role = doc.querySelector('[role="main"]');
  if (role) return role as GateElement;
  const articles = doc.getElementsByTagName('article');
  return articles.length === 1 ? ((articles[0] as GateElement | undefined) ?? null) : null;
}

/** A semantic root with less prose than this is a stub, and the whole body is read instead. */
export const MIN_ROOT_CHARS = 200;

/**
 * What the detector reads, and the look's text of it: the page's semantic root, or null (the
 * whole body) when there is none or it is a stub. The extraction is given the same root.
 */
export function chooseRoot(doc: GateDocument, max = GATE_LIMITS.maxChars): { root: GateElement | null; text: string } {
  const root = semanticRoot(doc);
  const text = root ? gateText(doc, root, max) : '';
  if (text.length >= MIN_ROOT_CHARS) return { root, text };
  return { root: null, text: doc.body ? gateText(doc, doc.body, max) : '' };
}

/**
 * The look before the look: no shaking word anywhere in the title or the body's text (scripts
 * and styles included) means none in any part of it. One native textContent and one pattern,
 * which is all a naive keyword scan does, for the pages with no such word (121 of the 130 corpus
 * pages); the careful read below is for the rest. A page of more than ELEMENTS elements skips
 * it, because its textContent has no bound, and so does one of more text than the careful
 * read's budget: the careful read has bounds.
 */
function mayNameShaking(doc: GateDocument, body: GateElement, p: GatePatterns, max: number): { maybe: boolean; chars: number } {
  if (body.getElementsByTagName('*')[ELEMENTS] !== undefined) return { maybe: true, chars: 0 };
  const text = body.textContent ?? '';
  // More text than the careful read's budget: it decides, scanning no more than that.
  if (text.length > max) return { maybe: true, chars: 0 };
  return { maybe: p.any.test(doc.title || '') || p.any.test(text), chars: text.length };
}

/** The look: the quick look for a shaking word's beginning, then one near a body word in the chosen root. */
export function readGate(doc: GateDocument, patterns: GatePatterns, limits: GateLimits = GATE_LIMITS): GateReading {
  if (!doc.body) return { hit: false, chars: 0, root: null };
  const quick = mayNameShaking(doc, doc.body, patterns, limits.maxChars);
  if (!quick.maybe) return { hit: false, chars: quick.chars, root: null };
  const chosen = chooseRoot(doc, limits.maxChars);
  // Slicing a string is free in JavaScript engines: only the budget is scanned.
  const text = chosen.text.length > limits.maxChars ? chosen.text.slice(0, limits.maxChars) : chosen.text;
  // The title first: the classifier reads it as the article's first sentence.
  return { hit: shakingNearBody(`${doc.title || ''}\n${text}`, patterns), chars: text.length, root: chosen.root };
}
