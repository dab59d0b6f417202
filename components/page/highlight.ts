// Shows a quote where it is on the page: scrolls it into view and marks it for a few seconds
// with the CSS Custom Highlight API, which paints over text without adding or changing a single
// node of the page. The ::highlight() rule has to live in the document's styles, so it goes in
// as an adopted constructed stylesheet (not a <style> element, and not blocked by the page's
// CSP), removed again with the highlight. Its name is random for each page: CSS.highlights is
// the page's too, and a fixed name would tell a page script that Steady is there.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const NAME = `h${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
const SHOW_MS = 4000;
const RULE = `::highlight(${NAME}){background-color:#ffe066;color:#1b1f24}`;

let sheet: CSSStyleSheet | undefined;
let timer: number | undefined;

function clear(): void {
  CSS.highlights?.delete(NAME);
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** Whether this browser can highlight without changing the page. */
export function canHighlight(): boolean {
  return typeof Highlight === 'function' && 'highlights' in CSS;
}

export function highlightRange(ctx: ContentScriptContext, range: Range): void {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  if (!canHighlight()) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(RULE);
  }
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set(NAME, new Highlight(range));
  if (timer !== undefined) clearTimeout(timer);
  timer = ctx.setTimeout(clear, SHOW_MS);
}

/** Removes any highlight still showing (when the sidebar closes or the extension goes away). */
export function clearHighlight(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  clear();
}
