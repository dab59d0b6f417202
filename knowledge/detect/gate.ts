// The first look, on every page: does the article's text contain any word that could name
// shaking? Nearly every page answers no, and stops here, so this is the cheapest read that is
// still safe to stop on: the article element's `textContent` (or that of each of the body's
// children but scripts and styles), built natively in one call with no per-node work in
// script, cut to a budget, then one test of a pattern of literal word beginnings (from the
// lexicon, letters only, so linear). It may say yes too often (it does not skip page chrome,
// and it reads scripts inside the article); the full extraction and the classifier decide.
// It never says no to a page the full read would match: it reads everything that read does.
import { semanticRoot, MIN_ROOT_CHARS, type DomDocument, type DomNode } from './extract';

export type GateLimits = { maxChars: number };
/** A little more than the extraction reads: this text also holds the page's chrome. */
export const GATE_LIMITS: GateLimits = { maxChars: 300_000 };

/** The gate's word beginnings as one pattern. They are letters only (signals.ts checks). */
export function gatePattern(gate: string): RegExp {
  return new RegExp(gate, 'i');
}

const CODE = new Set(['script', 'style', 'noscript', 'template']);

type TextNode = DomNode & { readonly textContent: string | null; readonly localName?: string };
export type GateDocument = DomDocument & {
  readonly body: (DomDocument['body'] & { readonly childNodes: ArrayLike<TextNode> }) | null;
};

export type GateReading = { hit: boolean; chars: number };

function bodyText(body: NonNullable<GateDocument['body']>, max: number): string {
  let text = '';
  const nodes = body.childNodes;
  for (let i = 0; i < nodes.length && text.length < max; i++) {
    const n = nodes[i]!;
    if (n.nodeType === 1 ? !CODE.has(n.localName ?? '') : n.nodeType === 3) text += n.textContent ?? '';
  }
  return text;
}

export function readGate(doc: GateDocument, gate: RegExp, limits: GateLimits = GATE_LIMITS): GateReading {
  const body = doc.body;
  if (!body) return { hit: false, chars: 0 };
  if (gate.test(doc.title || '')) return { hit: true, chars: 0 };
  const root = semanticRoot(doc) as TextNode | null;
  let text = root?.textContent ?? '';
  // The extraction reads the whole body when the page's main element is only a stub.
  if (text.length < MIN_ROOT_CHARS) text = bodyText(body, limits.maxChars);
  // Slicing a string is free in JavaScript engines: only the budget is scanned.
  if (text.length > limits.maxChars) text = text.slice(0, limits.maxChars);
  return { hit: gate.test(text), chars: text.length };
}
