// The page as the every-page look has it, for the background's first judgement before anything
// else of the page is read (classify.ts, rawTextMayMatch): the title and the body's textContent,
// chrome, scripts and all. Pure, so the background, the tests and the tools split it the same way.
import { BLOCK_HEADING } from './extract';
import type { BlockSpan, ClassifyInput } from './classify';

/**
 * The text as blocks, one per line (markup's line ends are where the page's elements break),
 * each a heading: the raw text cannot tell which lines are, and a heading weighs the most, so
 * the judgement stays an upper bound of the careful read.
 */
export function rawTextInput(title: string, text: string): ClassifyInput {
  const blocks: BlockSpan[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); start < text.length; end = text.indexOf('\n', start)) {
    if (end < 0) end = text.length;
    if (end > start) blocks.push({ start, end, kind: BLOCK_HEADING, section: -1 });
    start = end + 1;
  }
  return { title, text, blocks };
}
