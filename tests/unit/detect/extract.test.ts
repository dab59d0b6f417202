import { describe, expect, test } from 'vitest';
import { BLOCK_HEADING } from '@/knowledge/detect/extract';
import { doc, mainContent } from './helpers';

const ARTICLE = '<p>The article text stays in the reading, every word of it, however long it runs on.</p>';
const LONG = `<p>${'This paragraph is part of the article and is long enough to count. '.repeat(6)}</p>`;

function textOf(body: string): string {
  return mainContent(doc(body)).text;
}

describe('main content', () => {
  test('prefers <main> over the rest of the body', () => {
    const text = textOf(`<div><p>Outside the main element.</p></div><main>${LONG}</main>`);
    expect(text).toContain('part of the article');
    expect(text).not.toContain('Outside the main element');
  });

  test('uses [role=main] when there is no <main>', () => {
    const text = textOf(`<div><p>Beside it.</p></div><div role="main">${LONG}</div>`);
    expect(text).toContain('part of the article');
    expect(text).not.toContain('Beside it');
  });

  test('uses the only <article> when there is neither', () => {
    const text = textOf(`<div><p>Beside it.</p></div><article>${LONG}</article>`);
    expect(text).not.toContain('Beside it');
  });

  test('reads the whole body when several articles compete or the main element is a stub', () => {
    expect(textOf(`<article><p>First teaser.</p></article><article><p>Second teaser.</p></article>`)).toContain('Second teaser');
    const stub = textOf(`<main><p>Hi.</p></main><div>${LONG}</div>`);
    expect(stub).toContain('part of the article');
    // Scripts are not text: a main element that holds little else is a stub too, as for the gate.
    const scripted = `<main><p>Hi.</p><script>${'window.app = {};'.repeat(40)}</script></main><div>${LONG}</div>`;
    expect(textOf(scripted)).toContain('part of the article');
  });

  test('reports whether the page said where its article is', () => {
    expect(mainContent(doc(`<main>${LONG}</main>`)).semantic).toBe(true);
    expect(mainContent(doc(`<div>${LONG}</div>`)).semantic).toBe(false);
  });
});

describe('skips what is not the article', () => {
  const cases: [string, string][] = [
    ['nav', '<nav><p>SKIPPED</p></nav>'],
    ['aside', '<aside><p>SKIPPED</p></aside>'],
    ['footer', '<footer><p>SKIPPED</p></footer>'],
    ['a site header', '<header><p>SKIPPED</p></header>'],
    ['role=navigation', '<div role="navigation">SKIPPED</div>'],
    ['role=complementary', '<div role="complementary">SKIPPED</div>'],
    ['role=contentinfo', '<div role="contentinfo">SKIPPED</div>'],
    ['a comments block', '<section id="comments"><p>SKIPPED</p></section>'],
    ['a comment list by class', '<ol class="comment-list"><li>SKIPPED</li></ol>'],
    ['related posts', '<div class="related-posts"><p>SKIPPED</p></div>'],
    ['recommended reading', '<div class="RecommendedStories"><p>SKIPPED</p></div>'],
    ['share buttons', '<div class="share-buttons"><p>SKIPPED</p></div>'],
    ['social links', '<ul class="social"><li>SKIPPED</li></ul>'],
    ['an ad slot', '<div class="ad"><p>SKIPPED</p></div>'],
    ['ads by id', '<div id="top-ads">SKIPPED</div>'],
    ['a sponsored box', '<div class="sponsored-content"><p>SKIPPED</p></div>'],
    ['the hidden attribute', '<div hidden><p>SKIPPED</p></div>'],
    ['aria-hidden', '<div aria-hidden="true"><p>SKIPPED</p></div>'],
    ['inline display:none', '<div style="color: red; display : none"><p>SKIPPED</p></div>'],
    ['inline visibility:hidden', '<p style="visibility:hidden">SKIPPED</p>'],
    ['script', '<script>var SKIPPED = 1;</script>'],
    ['style', '<style>.SKIPPED { color: red }</style>'],
    ['noscript', '<noscript>SKIPPED</noscript>'],
    ['template', '<template><p>SKIPPED</p></template>'],
    ['svg', '<svg><text>SKIPPED</text></svg>'],
    ['a text field', '<form><textarea>SKIPPED</textarea></form>'],
    ['a select', '<select><option>SKIPPED</option></select>'],
    ['a button', '<button>SKIPPED</button>'],
    ['a label', '<label>SKIPPED <input value="x"></label>'],
  ];
  test.each(cases)('%s', (_name, chrome) => {
    const text = textOf(`<div>${ARTICLE}${chrome}${ARTICLE}</div>`);
    expect(text).toContain('The article text');
    expect(text).not.toContain('SKIPPED');
  });

  test.each([
    ['a hidden span', '<span hidden>SKIPPED</span>'],
    ['an aria-hidden icon', '<span aria-hidden="true">SKIPPED</span>'],
    ['an inline display:none', '<em style="display:none">SKIPPED</em>'],
    ['a script', '<script>SKIPPED()</script>'],
    ['a share link', '<span class="share-link">SKIPPED</span>'],
  ])('inside a paragraph too: %s', (_name, inline) => {
    const text = textOf(`<main><p>The article text ${inline}goes on.</p>${LONG}</main>`);
    expect(text).toContain('The article text goes on.');
    expect(text).not.toContain('SKIPPED');
  });

  test('a paragraph read whole keeps its words apart at line breaks and joins its inline parts', () => {
    const page = mainContent(doc(`<main><p>Legs <b>sha</b>king<br>after squats</p>${LONG}</main>`));
    const first = page.blocks[0]!;
    expect(page.text.slice(first.start, first.end)).toBe('Legs shaking after squats');
  });

  test('keeps an article’s own header (its title) and the words that only look like chrome', () => {
    const text = textOf(
      `<article><header><h1>KEPT title</h1></header><div class="entry-content"><p class="shadow">KEPT body.</p>${LONG}</div></article>`,
    );
    expect(text).toContain('KEPT title');
    expect(text).toContain('KEPT body');
  });
});

describe('blocks', () => {
  test('headings are blocks of their own and give the following blocks their section', () => {
    const page = mainContent(doc(`<main><h2>Why legs shake</h2><p>First paragraph.</p><p>Second <em>one</em>.</p>${LONG}</main>`));
    const [heading, first, second] = page.blocks;
    expect(page.text.slice(heading!.start, heading!.end)).toBe('Why legs shake');
    expect(heading!.kind).toBe(BLOCK_HEADING);
    expect(page.text.slice(first!.start, first!.end)).toBe('First paragraph.');
    expect(first!.section).toBe(0);
    expect(page.text.slice(second!.start, second!.end)).toBe('Second one.');
  });

  test('text after a nested block belongs to the outer block, not to the heading or paragraph before it', () => {
    const page = mainContent(doc(`<main><div>Intro <p>Inner.</p> tail.</div>${LONG}</main>`));
    const texts = page.blocks.map((b) => page.text.slice(b.start, b.end).trim());
    expect(texts.slice(0, 3)).toEqual(['Intro', 'Inner.', 'tail.']);
  });
});

describe('budgets', () => {
  test('stops after the node budget', () => {
    const body = '<main>' + '<p>x</p>'.repeat(5000) + '</main>';
    const page = mainContent(doc(body), { maxNodes: 1000, maxChars: 200_000 });
    expect(page.truncated).toBe(true);
    expect(page.nodes).toBeLessThanOrEqual(1001);
  });

  test('stops at the character budget, even inside one huge text node', () => {
    const page = mainContent(doc(`<main><p>${'a'.repeat(50_000)}</p></main>`), { maxNodes: 100, maxChars: 10_000 });
    expect(page.truncated).toBe(true);
    expect(page.text.length).toBeLessThanOrEqual(10_001);
  });
});
