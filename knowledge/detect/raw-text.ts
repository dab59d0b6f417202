// The page as the every-page look has it, for the background's first judgement before anything
// else of the page is read (classify.ts, rawTextMayMatch): the title and the body's textContent,
// chrome, scripts and all. Pure, so the background, the tests and the tools split it the same way.
import { BLOCK_HEADING } from './extract';
import type { BlockSpan, ClassifyInput } from './classify';

/**
 * The most of a body's text the look sends. A longer one is not judged on its raw text (its
 * article may lie past any cut, behind a page's inline data): the reader reads it, as before.
 * The careful read takes at most 200,000 characters of main content (extract.ts).
 */
export const RAW_TEXT_MAX_CHARS = 200_000;
/** A title is cut here, as in the reader's messages (the careful read keeps its first 500: extract.ts). */
export const RAW_TITLE_MAX_CHARS = 1_000;

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
