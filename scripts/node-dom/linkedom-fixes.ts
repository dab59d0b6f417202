// What linkedom lacks or gets wrong among the DOM calls the gate makes (gate.ts). Node only
// (npm run classify, the tests); in the browser the gate uses the real calls, and an e2e test
// (tests/e2e/gate-text.test.ts) checks that both read the same text from the same pages.
// - Range: linkedom's has no toString and no selectNodeContents.
// - compareDocumentPosition: linkedom's says "following" for some preceding nodes that are not
//   ancestors (a style inside a div, asked from a script after that div).
// - getElementsByTagName('*'): linkedom's finds no element at all.
import type { DomNode } from '../../knowledge/detect/extract';
import type { TextRange } from '../../knowledge/detect/gate';

type Node = DomNode & { readonly childNodes?: ArrayLike<DomNode> };

/** The first node after `node` and everything inside it, in document order. */
function after(node: DomNode): DomNode | null {
  for (let n: DomNode | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/**
 * A Range for boundaries next to whole nodes, which is all the gate sets. A boundary is kept
 * as a node: the first node inside the range, and the first node after it (null: the end of
 * the document).
 */
export class NodeTextRange implements TextRange {
  private start: DomNode | null = null;
  private end: DomNode | null = null;

  selectNodeContents(node: Node): void {
    this.end = after(node);
    this.start = node.firstChild ?? this.end;
  }
  setStartBefore(node: DomNode): void {
    this.start = node;
  }
  setStartAfter(node: DomNode): void {
    this.start = after(node);
  }
  setEndBefore(node: DomNode): void {
    this.end = node;
  }
  setEndAfter(node: DomNode): void {
    this.end = after(node);
  }
  /** The text of the text nodes from start to end; '' when the end comes first, as a Range collapses then. */
  toString(): string {
    let text = '';
    for (let n = this.start; n !== this.end; n = n.firstChild ?? after(n)) {
      if (n === null) return '';
      if (n.nodeType === 3) text += n.data ?? '';
    }
    return text;
  }
}

const DISCONNECTED = 1;
const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINS = 8;
const CONTAINED_BY = 16;

function ancestry(node: DomNode): DomNode[] {
  const chain: DomNode[] = [];
  for (let n: DomNode | null = node; n; n = n.parentNode) chain.unshift(n);
  return chain;
}

/** Node.compareDocumentPosition, as the DOM standard defines it for nodes of one tree. */
export function compareDocumentPosition(self: DomNode, other: DomNode): number {
  if (self === other) return 0;
  const a = ancestry(self);
  const b = ancestry(other);
  if (a[0] !== b[0]) return DISCONNECTED;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length) return CONTAINED_BY | FOLLOWING;
  if (i === b.length) return CONTAINS | PRECEDING;
  // Siblings under the last common ancestor: is other's branch after self's?
  for (let n = a[i]!.nextSibling; n; n = n.nextSibling) if (n === b[i]) return FOLLOWING;
  return PRECEDING;
}
