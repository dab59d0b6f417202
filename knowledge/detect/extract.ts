// Reads the main content of a page: the article's text, block by block, without the page's
// chrome. Pure: it only uses the document it is given (no DOM globals), so the same code runs
// in the content script, in the bench and in Node with linkedom.
//
// It runs in the page, on the pages the gate (gate.ts) lets through, so cost still matters:
// - no layout: nothing that asks for styles or geometry (innerText, getComputedStyle, offset*);
//   "hidden" means the hidden attribute, aria-hidden="true" or an inline display/visibility;
// - one pass over the chosen subtree with firstChild/nextSibling/parentNode (a tree walk that
//   can skip a subtree; linkedom's TreeWalker can only step forward, and materialises every
//   node first), a fixed budget of nodes and of characters;
// - few nodes touched: a paragraph with nothing special inside is read in one call, and
//   attributes are read only on elements that have any (class and id only on containers).

/** The parts of the DOM the extractor uses; a real Document and linkedom's both fit. */
export type DomNode = {
  readonly nodeType: number;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
  /** Text nodes only. */
  readonly data?: string;
};
export type DomElement = DomNode & {
  readonly localName: string;
  readonly textContent: string | null;
  hasAttributes(): boolean;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
};
export type DomDocument = {
  readonly title: string;
  readonly body: DomElement | null;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
};

export const BLOCK_BODY = 1;
export const BLOCK_HEADING = 2;

export type TextBlock = {
  /** Start and end of the block's text in `Extraction.text`. */
  start: number;
  end: number;
  kind: typeof BLOCK_BODY | typeof BLOCK_HEADING;
  /** Index (in `blocks`) of the nearest heading above, or -1 (then the page title is the section). */
  section: number;
  /** The element the text belongs to, so that a caller can find a quote again. */
  element: DomElement;
};

export type Extraction = {
  title: string;
  /** All block texts, one after another, separated by a newline. */
  text: string;
  blocks: TextBlock[];
  /** Nodes visited, for the budget and for tests that check the work grows linearly. */
  nodes: number;
  truncated: boolean;
  /** True when the page said where its article is (main, [role=main], its only article). */
  semantic: boolean;
};

export type ExtractLimits = { maxNodes: number; maxChars: number };
export const DEFAULT_LIMITS: ExtractLimits = { maxNodes: 20_000, maxChars: 200_000 };

const ELEMENT = 1;
const TEXT = 3;

/** Never content: code, media, form fields, and the page's own chrome by tag. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'map',
  'head',
  'title',
  'link',
  'meta',
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'button',
  'datalist',
  'output',
  'label',
  'nav',
  'aside',
  'footer',
  'dialog',
  'menu',
]);
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose class and id are worth reading: the ones page chrome is built from. */
const CONTAINER_TAGS = new Set(['div', 'section', 'ul', 'ol', 'li', 'table', 'form', 'figure', 'dl', 'span', 'p', 'header', 'details']);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'tooltip',
  'tablist',
]);
/**
 * Inline elements that are only checked for being hidden: links and emphasis inside running
 * text are the commonest elements of an article, and their roles and classes do not mark
 * page chrome in practice (a span's may, and are checked).
 */
const PLAIN_INLINE = new Set([
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'q',
  'code',
  'small',
  'sup',
  'sub',
  'abbr',
  'cite',
  'mark',
  'time',
  'img',
  'wbr',
  'br',
]);
/** Blocks that usually hold plain running text: worth trying to read in one call. */
const TEXT_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'figcaption',
  'caption',
  'blockquote',
  'pre',
  'summary',
]);
/**
 * Anything inside a text block that the walk would treat specially: any element but plain
 * inline ones and spans, one with an attribute that may hide it, or a span with a role, class
 * or id. A block without any is read with one textContent, which gives the same text.
 * Short on purpose: the browser checks every descendant against each of these.
 */
const SPECIAL = [
  `*:not(${[...PLAIN_INLINE].filter((t) => t !== 'br').join(', ')}, span)`,
  '[hidden]',
  '[aria-hidden]',
  '[style]',
  'span[role]',
  'span[class]',
  'span[id]',
].join(',');
// Class or id words of comment, related, share, ad and similar boxes. Literal alternatives
// only: linear on any input (and class names are short).
const CHROME_CLASS = new RegExp(
  [
    'comment|disqus|related|recommend|sharing|share(?:bar|daddy|-)|social|sponsor|advert|promo|outbrain|taboola',
    'newsletter|subscri|signup|popular|trending|breadcrumb|sidebar|widget|navbar|navigation|menu|footer|cookie',
    'masthead|modal|popup|(?:^|[^a-z])ads?(?:$|[^a-z])',
  ].join('|'),
  'i',
);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const NOT_SPACE = /\S/;

function isChromeOrHidden(el: DomElement, tag: string): boolean {
  if (el.getAttribute('hidden') !== null) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  if (PLAIN_INLINE.has(tag)) return false;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  if (!CONTAINER_TAGS.has(tag)) return false;
  const cls = el.getAttribute('class');
  if (cls !== null && CHROME_CLASS.test(cls)) return true;
  const id = el.getAttribute('id');
  return id !== null && CHROME_CLASS.test(id);
}

/**
 * Reads the main content of `root`, or of the whole body when `root` is null. The detector
 * reads the root the gate chose (gate.ts: chooseRoot), so the page is not asked twice for its
 * root and that root's text.
 */
export function extractMainContent(doc: DomDocument, limits: ExtractLimits, root: DomElement | null): Extraction {
  const title = (doc.title || '').slice(0, 500);
  const body = doc.body;
  if (!body) return { title, text: '', blocks: [], nodes: 0, truncated: false, semantic: false };
  return root ? walk(root, true, title, limits) : walk(body, false, title, limits);
}

function walk(root: DomElement, inArticle: boolean, title: string, limits: ExtractLimits): Extraction {
  const blocks: TextBlock[] = [];
  let text = '';
  let nodes = 0;
  let truncated = false;
  let lastHeading = -1;

  // The block being filled: its element, kind and where its text starts.
  let blockEl: DomElement = root;
  let blockKind: typeof BLOCK_BODY | typeof BLOCK_HEADING = BLOCK_BODY;
  let blockStart = 0;
  let blockHasText = false;
  // One entry per element we descended into: the enclosing block element to return to when we
  // leave it (null when the element is not a block), and whether it opened an article.
  const openBlocks: (DomElement | null)[] = [];
  const blockParents: DomElement[] = [];
  let articleDepth = inArticle ? 1 : 0;
  const opensArticle: boolean[] = [];

  const closeBlock = () => {
    if (blockHasText) {
      const kind = blockKind;
      blocks.push({ start: blockStart, end: text.length, kind, section: lastHeading, element: blockEl });
      if (kind === BLOCK_HEADING) lastHeading = blocks.length - 1;
      text += '\n';
    }
    blockStart = text.length;
    blockHasText = false;
  };

  /** Adds text to the current block; false when the character budget is used up. */
  const add = (data: string): boolean => {
    if (data.length === 0) return true;
    const room = limits.maxChars - text.length;
    if (data.length >= room) {
      text += data.slice(0, Math.max(0, room));
      blockHasText = true;
      truncated = true;
      return false;
    }
    text += data;
    // Whitespace-only text between tags does not make a block.
    if (!blockHasText && NOT_SPACE.test(data)) blockHasText = true;
    return true;
  };

  let n: DomNode | null = root.firstChild;
  outer: while (n) {
    if (++nodes > limits.maxNodes) {
      truncated = true;
      break;
    }
    const type = n.nodeType;
    if (type === TEXT) {
      if (!add(n.data ?? '')) break;
    } else if (type === ELEMENT) {
      const el = n as DomElement;
      const tag = el.localName;
      const skip =
        SKIP_TAGS.has(tag) ||
        (tag === 'header' && articleDepth === 0) ||
        (tag !== 'img' && el.hasAttributes() && isChromeOrHidden(el, tag));
      if (!skip) {
        if (tag === 'br') {
          text += ' ';
        } else {
          const heading = HEADING_TAGS.has(tag);
          const block = heading || BLOCK_TAGS.has(tag);
          const child = el.firstChild;
          if (block) {
            closeBlock();
            blockParents.push(blockEl);
            blockEl = el;
            blockKind = heading ? BLOCK_HEADING : BLOCK_BODY;
          }
          // A block with nothing inside that this walk would treat specially (the usual
          // paragraph: text, links, emphasis) is read in one native call instead of node by
          // node. Same text, far fewer nodes touched.
          if (child && TEXT_BLOCKS.has(tag) && el.querySelector(SPECIAL) === null) {
            const read = add(el.textContent ?? '');
            leaveBlock();
            if (!read) break;
          } else if (child) {
            const article = tag === 'article' || tag === 'main';
            if (article) articleDepth++;
            openBlocks.push(block ? el : null);
            opensArticle.push(article);
            n = child;
            continue;
          }
          if (block) leaveBlock();
        }
      }
    }
    // Next: the next sibling, or the next sibling of the nearest ancestor that has one.
    for (;;) {
      const sibling: DomNode | null = n.nextSibling;
      if (sibling) {
        n = sibling;
        continue outer;
      }
      const parent: DomNode | null = n.parentNode;
      if (parent === null || parent === root || openBlocks.length === 0) break outer;
      n = parent;
      if (opensArticle.pop()) articleDepth--;
      if (openBlocks.pop()) leaveBlock();
    }
  }
  closeBlock();
  return { title, text, blocks, nodes, truncated, semantic: inArticle };

  function leaveBlock(): void {
    closeBlock();
    blockEl = blockParents.pop() ?? root;
    blockKind = BLOCK_BODY;
  }
}

/**
 * When the page does not say where its article is: keep the blocks inside the element that
 * holds the most paragraph text (its paragraphs count fully, its grandchildren's half), widened
 * to its ancestors while it holds less than 60% of all paragraph text, so that an article split
 * into sibling sections stays whole while unlabelled link lists and threads beside it drop out.
 */
export function densestBlocks(blocks: TextBlock[]): TextBlock[] {
  const scores = new Map<DomNode, number>();
  const paragraphs: TextBlock[] = [];
  let total = 0;
  let best: DomNode | null = null;
  let bestScore = 0;
  const credit = (node: DomNode, by: number) => {
    const s = (scores.get(node) ?? 0) + by;
    scores.set(node, s);
    if (s > bestScore) [best, bestScore] = [node, s];
  };
  for (const b of blocks) {
    const length = b.end - b.start;
    const parent = b.element.parentNode;
    if (b.kind !== BLOCK_BODY || length < 40 || !parent) continue;
    paragraphs.push(b);
    total += length;
    credit(parent, length);
    if (parent.parentNode) credit(parent.parentNode, length / 2);
  }
  let container = best as DomNode | null;
  if (!container || total < 500) return blocks;
  const held = (c: DomNode) => paragraphs.reduce((sum, b) => sum + (within(b.element, c) ? b.end - b.start : 0), 0);
  for (let up = 0; up < 3 && held(container) < total * 0.6; up++) {
    const parent: DomNode | null = container.parentNode;
    if (!parent || parent.nodeType !== ELEMENT) break;
    container = parent;
  }
  const inside = container;
  return blocks.filter((b) => within(b.element, inside));
}

/** Levels a block may sit below the densest container and still count as inside it. */
const MAX_LEVELS = 12;

/** Whether `node` is `container` or at most MAX_LEVELS below it: a bounded climb, so that a
 *  deeply nested page costs linear time (`contains` would climb all the way for every block). */
function within(node: DomNode, container: DomNode): boolean {
  let n: DomNode | null = node;
  for (let level = 0; n !== null && level <= MAX_LEVELS; level++, n = n.parentNode) {
    if (n === container) return true;
  }
  return false;
}
