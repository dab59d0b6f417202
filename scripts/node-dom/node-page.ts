// Pages in Node (npm run classify, the tests): parsed with linkedom, the same parser for all of
// them, with linkedom's gaps filled for the calls the gate makes (linkedom-fixes.ts) and its
// templates emptied as a browser's are. Never imported by the extension.
import { Element, Node, parseHTML } from 'linkedom';
import type { DomNode } from '../../knowledge/detect/extract';
import type { GateDocument } from '../../knowledge/detect/gate';
import { compareDocumentPosition, NodeTextRange } from './linkedom-fixes';

Object.defineProperty(Node.prototype, 'compareDocumentPosition', {
  value(this: DomNode, other: DomNode) {
    return compareDocumentPosition(this, other);
  },
});

const byTagName = Element.prototype.getElementsByTagName;
Object.defineProperty(Element.prototype, 'getElementsByTagName', {
  value(this: { querySelectorAll(selector: string): unknown }, name: string) {
    return name === '*' ? this.querySelectorAll('*') : byTagName.call(this, name);
  },
});

export function parsePage(html: string): GateDocument {
  const { document } = parseHTML(html);
  // A browser keeps a template's content out of the document (in template.content); linkedom
  // leaves it in as children, where textContent and a Range would read it.
  for (const template of document.querySelectorAll('template')) template.replaceChildren();
  Object.defineProperty(document, 'createRange', { value: () => new NodeTextRange() });
  return document as unknown as GateDocument;
}
