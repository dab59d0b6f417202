// How much of a page the every-page look sends the background (raw-text.ts). A module of its own
// with no imports: the look (components/page/look.ts) takes these two numbers, and a bundle that
// imported raw-text.ts for them would carry the reader's module-level code too (extract.ts).

/**
 * The most of a body's text the look sends. A longer one is not judged on its raw text (its
 * article may lie past any cut, behind a page's inline data): the reader reads it, as before.
 * The careful read takes at most 200,000 characters of main content (extract.ts).
 */
export const RAW_TEXT_MAX_CHARS = 200_000;
/** A title is cut here, as in the reader's messages (the careful read keeps its first 500: extract.ts). */
export const RAW_TITLE_MAX_CHARS = 1_000;
