// The first look reads the same text in Chromium, with the browser's Range and live element
// lists, as in Node, where the unit tests, the fixtures' precision and recall and `npm run
// classify` run it on linkedom with linkedom-fixes.ts. Every fixture page, and pages built to
// exercise what differs: scripts, styles and noscripts inside the article, a root of many
// elements, and a budget of elements that stops the reading.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { GATE_LIMITS, gatePatterns, gateText, readGate } from '../../knowledge/detect/gate';
import { parsePage } from '../../scripts/node-dom/node-page';
import { nodeDetectorSignals } from '../../knowledge/detect/lexicon';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import { bundleForPage } from './harness/in-page';
import { ROOT } from './harness/paths';
import type { PageServer } from './harness/server';

const FIXTURES = path.join(ROOT, 'tests/fixtures/pages');
const paragraphs = (n: number, word: string) => Array.from({ length: n }, (_, i) => `<p>${word} ${i} <a href="#">link</a></p>`).join('\n');
const wrap = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const BUILT: Record<string, string> = {
  'scripts-inside-article.html': wrap(
    'Scripts inside',
    `<main><h1>Leg day</h1><script>window.data = {"legs":"shaking"};</script><p>My legs shake after squats.</p>
     <div><style>.x { color: red }</style><p>Rest between sets.</p><noscript><p>Turn on scripts</p></noscript></div>
     ${paragraphs(20, 'more')}</main><script>track("shaking")</script>`,
  ),
  'many-elements.html': wrap('Many', `<div class="wrap">${paragraphs(1_400, 'para')}<script>x()</script>${paragraphs(400, 'tail')}</div>`),
  'past-the-budget.html': wrap('Long', `<main>${paragraphs(6_000, 'A long line of notes about the garden and the weather')}</main>`),
};

const pages: Record<string, string> = { ...BUILT };
for (const kind of ['positive', 'negative']) {
  for (const name of readdirSync(path.join(FIXTURES, kind)).filter((f) => f.endsWith('.html'))) {
    pages[`${kind}-${name}`] = readFileSync(path.join(FIXTURES, kind, name), 'utf8');
  }
}

type Reading = { text: string; hit: boolean; chars: number; root: string | null };

const test = e2eTest({
  routes: Object.fromEntries(Object.entries(pages).map(([name, html]) => [`/${name}`, html])),
  // Two pages carry scripts of their own that call what is not there, as article embeds do.
  pageErrors: /\/(scripts-inside-article|many-elements)\.html/,
});
let session: ExtensionSession;
let server: PageServer;
let inPage: string;

test.beforeAll(async ({ session: s, server: v }) => {
  [session, server] = [s, v];
  inPage = await bundleForPage(
    `import { GATE_LIMITS, gatePatterns, gateText, readGate } from './knowledge/detect/gate';\n` +
      `const patterns = gatePatterns(${JSON.stringify(nodeDetectorSignals())});\n` +
      `globalThis.__gate = () => { const look = readGate(document, patterns);\n` +
      `  return { text: gateText(document, look.root ?? document.body, GATE_LIMITS.maxChars), ` +
      `hit: look.hit, chars: look.chars, root: look.root ? look.root.localName : null }; };\n`,
  );
});

function inNode(html: string): Reading {
  const doc = parsePage(html);
  const look = readGate(doc, gatePatterns(nodeDetectorSignals()));
  return {
    text: gateText(doc, look.root ?? doc.body!, GATE_LIMITS.maxChars),
    hit: look.hit,
    chars: look.chars,
    root: look.root?.localName ?? null,
  };
}

test(`Chromium and Node read the same text on ${Object.keys(pages).length} pages`, async () => {
  const page = await session.context.newPage();
  const differ: string[] = [];
  for (const [name, html] of Object.entries(pages)) {
    await page.goto(server.url(`/${name}`));
    await page.addScriptTag({ content: inPage });
    const browser = (await page.evaluate('globalThis.__gate()')) as Reading;
    const node = inNode(html);
    // Whitespace between tags is the one thing two HTML parsers may place differently.
    const squash = (r: Reading) => ({ ...r, text: r.text.replace(/\s+/g, ' ').trim(), chars: 0 });
    if (JSON.stringify(squash(browser)) !== JSON.stringify(squash(node))) differ.push(name);
    if (name in BUILT) expect(squash(browser), name).toEqual(squash(node));
  }
  await page.close();
  expect(differ).toEqual([]);
  // The pages built for it took the paths they were built for.
  const budget = inNode(pages['past-the-budget.html']!);
  // Each paragraph is two elements (a p and its link): the budget of 3,000 ends after 1,500.
  expect(budget.text).toMatch(/weather 1499 link\s*$/);
  expect(inNode(pages['scripts-inside-article.html']!).text).not.toMatch(/window\.data|color: red|Turn on scripts|track/);
}, 120_000);
