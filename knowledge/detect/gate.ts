// The first look, on every page: does the article's text contain any word that could name
// shaking? Nearly every page answers no, and stops here. So this is the cheapest read that is
// still safe to stop on: the text nodes of the article (or of the body), one native tree walk
// that returns only text, concatenated up to a budget, then one test of a pattern of literal
// word beginnings (from the lexicon, letters only, so linear). It may say yes too often (it
// does not skip page chrome, and it reads small scripts); the full extraction and the
// classifier decide. It must never say no for a page the full read would match.
import { semanticRoot, MIN_ROOT_CHARS, type DomDocument, type DomNode } from './extract';

export type GateLimits = { maxTexts: number; maxChars: number };
/** A little more than the extraction reads: this text also holds the page's chrome. */
export const GATE_LIMITS: GateLimits = { maxTexts: 20_000, maxChars: 300_000 };

/** The gate's word beginnings as one pattern. They are letters only (signals.ts checks). */
export function gatePattern(gate: string): RegExp {
  return new RegExp(gate, 'i');
}

const SHOW_TEXT = 4;
/** Longer text is worth a look at its parent: scripts and styles are usually long. */
const CHECK_PARENT_OVER = 400;
const CODE = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

export type GateDocument = DomDocument & {
  createTreeWalker(root: DomNode, whatToShow: number): { nextNode(): DomNode | null };
};

export type GateReading = { hit: boolean; texts: number; chars: number };

function readText(doc: GateDocument, root: DomNode, limits: GateLimits): { text: string; texts: number } {
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let text = '';
  let texts = 0;
  for (let n = walker.nextNode(); n !== null && ++texts <= limits.maxTexts; n = walker.nextNode()) {
    const data = n.data ?? '';
    if (data.length > CHECK_PARENT_OVER) {
      const parent = n.parentNode as { localName?: string } | null;
      if (parent?.localName && CODE.has(parent.localName)) continue;
    }
    // Joined as the extraction joins them, so "sha<b>king</b>" is seen here as there.
    const room = limits.maxChars - text.length;
    if (data.length >= room) {
      text += data.slice(0, room);
      break;
    }
    text += data;
  }
  return { text, texts };
}

export function readGate(doc: GateDocument, gate: RegExp, limits: GateLimits = GATE_LIMITS): GateReading {
  const body = doc.body;
  if (!body) return { hit: false, texts: 0, chars: 0 };
  if (gate.test(doc.title || '')) return { hit: true, texts: 0, chars: 0 };
  const root = semanticRoot(doc);
  let read = readText(doc, root ?? body, limits);
  // The extraction reads the whole body when the page's main element is only a stub.
  if (root && read.text.length < MIN_ROOT_CHARS) read = readText(doc, body, limits);
  return { hit: gate.test(read.text), texts: read.texts, chars: read.text.length };
}
