// The DOM calls linkedom lacks or gets wrong, as the gate uses them in Node (linkedom-fixes.ts).
// The browser's own calls are compared with these in tests/e2e/gate-text.test.ts.
import { describe, expect, test } from 'vitest';
import type { DomNode } from '@/knowledge/detect/extract';
import { compareDocumentPosition, NodeTextRange } from '@/scripts/node-dom/linkedom-fixes';
import { doc } from './helpers';

const page = doc('<div id="a">one <b id="b">two</b><p id="c">three <i id="d">four</i></p></div><p id="e">five</p>');
const el = (id: string) => page.querySelector(`#${id}`)! as unknown as DomNode;

describe('compareDocumentPosition', () => {
  test('as the DOM standard says: contains, contained by, preceding, following', () => {
    expect(compareDocumentPosition(el('a'), el('a'))).toBe(0);
    expect(compareDocumentPosition(el('a'), el('d'))).toBe(16 | 4);
    expect(compareDocumentPosition(el('d'), el('a'))).toBe(8 | 2);
    expect(compareDocumentPosition(el('b'), el('d'))).toBe(4);
    expect(compareDocumentPosition(el('e'), el('d'))).toBe(2);
    expect(compareDocumentPosition(el('d'), el('e'))).toBe(4);
  });

  test('the node linkedom gets wrong: a preceding element inside another branch', () => {
    // An element inside an earlier branch, asked from a later one: linkedom's own says "following".
    expect((el('e') as unknown as { compareDocumentPosition(o: DomNode): number }).compareDocumentPosition(el('d'))).toBe(2);
  });
});

describe('NodeTextRange', () => {
  test('reads the text between boundaries next to whole nodes', () => {
    const range = new NodeTextRange();
    range.selectNodeContents(el('a'));
    expect(range.toString()).toBe('one twothree four');
    range.setStartAfter(el('b'));
    expect(range.toString()).toBe('three four');
    range.setEndBefore(el('d'));
    expect(range.toString()).toBe('three ');
    range.setStartBefore(el('b'));
    range.setEndAfter(el('c'));
    expect(range.toString()).toBe('twothree four');
  });

  test('an end before the start reads nothing, as a Range collapses then', () => {
    const range = new NodeTextRange();
    range.selectNodeContents(el('a'));
    range.setStartAfter(el('c'));
    range.setEndBefore(el('b'));
    expect(range.toString()).toBe('');
  });
});
