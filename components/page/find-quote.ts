// Finds an evidence quote in the live page and returns a DOM Range over it, without touching the
// page: it walks the text nodes (skipping scripts, styles and Steady's own element), builds one
// whitespace-collapsed, lower-case string with a map back to (node, offset), and searches it
// with indexOf. The quote is page text, so it is never turned into a RegExp, and the walk stops
// after a fixed budget of text.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'STEADY-UI']);
const MAX_CHARS = 1_000_000;
/** A quote the detector trimmed may end in an ellipsis; a long one is found by its start. */
const PROBE_CHARS = 80;

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

const QUOTE_MARKS = ' "\'“”‘’…';

function trimMarks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && QUOTE_MARKS.includes(text[start]!)) start++;
  while (end > start && QUOTE_MARKS.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

function cleanQuote(quote: string): string {
  const q = trimMarks(normalise(quote));
  // Keep the longest piece between ellipses: the detector may have cut the middle out.
  return q
    .split('…')
    .map((part) => part.trim())
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

type TextIndex = { text: string; nodes: Text[]; nodeOf: Int32Array; offsetOf: Int32Array };

function indexText(root: Node): TextIndex {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.ELEMENT_NODE && SKIP.has((n as Element).tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const chars: string[] = [];
  const nodes: Text[] = [];
  let nodeOf = new Int32Array(1024);
  let offsetOf = new Int32Array(1024);
  let length = 0;
  let lastSpace = true;
  const push = (ch: string, node: number, offset: number) => {
    if (length === nodeOf.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      nodeOf = grow(nodeOf);
      offsetOf = grow(offsetOf);
    }
    chars.push(ch);
    nodeOf[length] = node;
    offsetOf[length] = offset;
    length++;
  };
  for (let n = walker.nextNode(); n && length < MAX_CHARS; n = walker.nextNode()) {
    if (n.nodeType !== Node.TEXT_NODE) continue;
    const node = n as Text;
    const data = node.data;
    const index = nodes.push(node) - 1;
    for (let i = 0; i < data.length && length < MAX_CHARS; i++) {
      const ch = data[i]!;
      if (/\s/.test(ch)) {
        if (!lastSpace) push(' ', index, i);
        lastSpace = true;
      } else {
        const lower = ch.toLowerCase();
        // A few letters lower-case to two characters; keep those as they are so the map stays 1:1.
        push(lower.length === 1 ? lower : ch, index, i);
        lastSpace = false;
      }
    }
    // Block boundaries are not visible in text nodes; a space keeps words from running together.
    if (!lastSpace) {
      push(' ', index, data.length);
      lastSpace = true;
    }
  }
  return { text: chars.join(''), nodes, nodeOf, offsetOf };
}

function rangeAt(index: TextIndex, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(index.nodes[index.nodeOf[start]!]!, index.offsetOf[start]!);
  const last = end - 1;
  range.setEnd(index.nodes[index.nodeOf[last]!]!, index.offsetOf[last]! + 1);
  return range;
}

/**
 * A Range over the first place the quote appears in the page's main content (or anywhere in the
 * body if the main content does not hold it), or null when the page no longer has it.
 */
export function findQuote(quote: string, doc: Document = document): Range | null {
  const needle = cleanQuote(quote);
  if (needle.length === 0) return null;
  const main = doc.querySelector('article, main, [role="main"]');
  for (const root of main ? [main, doc.body] : [doc.body]) {
    if (!root) continue;
    const index = indexText(root);
    let at = index.text.indexOf(needle);
    let length = needle.length;
    if (at < 0 && needle.length > PROBE_CHARS) {
      const probe = needle.slice(0, PROBE_CHARS);
      at = index.text.indexOf(probe);
      length = probe.length;
    }
    if (at >= 0) return rangeAt(index, at, at + length);
  }
  return null;
}
