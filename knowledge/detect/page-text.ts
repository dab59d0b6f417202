// The extracted page as a message: the content script reads the page and the background
// classifies it, so the content script does not carry the classifier or its words. Blocks go
// as [start, end, kind, section] tuples: a long article has thousands of them.
import type { BlockSpan, ClassifyInput } from './classify';
import type { Extraction } from './extract';

export type BlockTuple = [start: number, end: number, kind: number, section: number];
export type PageText = { title: string; text: string; blocks: BlockTuple[] };

export function toPageText(page: Pick<Extraction, 'title' | 'text' | 'blocks'>): PageText {
  return { title: page.title, text: page.text, blocks: page.blocks.map((b) => [b.start, b.end, b.kind, b.section]) };
}

export function fromPageText(page: PageText): ClassifyInput {
  const blocks: BlockSpan[] = page.blocks.map(([start, end, kind, section]) => ({ start, end, kind, section }));
  return { title: page.title, text: page.text, blocks };
}
