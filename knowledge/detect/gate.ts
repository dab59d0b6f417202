// The first look, on every page: does the article's text contain a word that could name
// shaking, with a word for a part of the body anywhere near it? Nearly every page answers no,
// and stops here, so this is the cheapest read that is still safe to stop on: the article
// element's `textContent` (or that of each of the body's children but scripts and styles),
// built natively in one call with no per-node work in script (on a page's first run every
// node a content script touches costs a wrapper object), cut to a budget, then a scan for
// literal word beginnings from the lexicon (letters only, so linear). It may say yes too often
// (it does not skip page chrome, and it reads scripts inside the article); the extraction and
// the classifier decide. It never says no to a page the full read would match: it reads
// everything that read does, and looks much further around each shaking word.
import { semanticRoot, MIN_ROOT_CHARS, type DomDocument, type DomElement, type DomNode } from './extract';

export type GateLimits = { maxChars: number };
/** A little more than the extraction reads: this text also holds the page's chrome. */
export const GATE_LIMITS: GateLimits = { maxChars: 300_000 };

/** The gate's word beginnings as one pattern. They are letters only (signals.ts checks). */
export function gatePattern(gate: string): RegExp {
  return new RegExp(gate, 'i');
}

/** What the gate looks for: shaking words, and body words near them. */
export type GatePatterns = { shaking: RegExp; body: RegExp };
export function gatePatterns(signals: { gate: string; body: string }): GatePatterns {
  return { shaking: new RegExp(signals.gate, 'gi'), body: new RegExp(signals.body, 'i') };
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
function shakingNearBody(text: string, p: GatePatterns): boolean {
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

const CODE = new Set(['script', 'style', 'noscript', 'template']);

type TextNode = DomNode & { readonly textContent: string | null; readonly localName?: string };
export type GateDocument = DomDocument & {
  readonly body: (DomDocument['body'] & { readonly childNodes: ArrayLike<TextNode> }) | null;
};

export type GateReading = {
  hit: boolean;
  chars: number;
  /** What the extraction must read: the page's semantic root, or null for the whole body. */
  root: DomElement | null;
};

function bodyText(body: NonNullable<GateDocument['body']>, max: number): string {
  let text = '';
  const nodes = body.childNodes;
  for (let i = 0; i < nodes.length && text.length < max; i++) {
    const n = nodes[i]!;
    if (n.nodeType === 1 ? !CODE.has(n.localName ?? '') : n.nodeType === 3) text += n.textContent ?? '';
  }
  return text;
}

export function readGate(doc: GateDocument, patterns: GatePatterns, limits: GateLimits = GATE_LIMITS): GateReading {
  const body = doc.body;
  if (!body) return { hit: false, chars: 0, root: null };
  let root = semanticRoot(doc);
  let text = (root as TextNode | null)?.textContent ?? '';
  // The extraction reads the whole body when the page's main element is only a stub.
  if (text.length < MIN_ROOT_CHARS) {
    root = null;
    text = bodyText(body, limits.maxChars);
  }
  // Slicing a string is free in JavaScript engines: only the budget is scanned.
  if (text.length > limits.maxChars) text = text.slice(0, limits.maxChars);
  // The title first: the classifier reads it as the article's first sentence.
  return { hit: shakingNearBody(`${doc.title || ''}\n${text}`, patterns), chars: text.length, root };
}
