// The detector in real Chromium with the built extension: on a matching article served from
// 127.0.0.1 it sets the toolbar badge and title, and leaves nothing in the page's performance
// timeline (its measures exist only in the benchmark build); on other pages nothing changes;
// a single-page site that moves from another page to a matching article is noticed, and back
// again, and so is an article rendered late by script. Also the size budgets of the every-page
// look (2 KB gzip) and of the detector with its reader and offer (10 KB gzip), and that the built look
// touches no extension API on a page without a shaking word.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { badgeOf } from './harness/badge';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import { extensionDir, ROOT } from './harness/paths';
import type { PageServer } from './harness/server';
import { FAVICON } from './settings-helpers';
import { detectorState, waitForChecks } from './harness/detector-state';
import { EAGER_COMPILE_HINT } from '../../scripts/vite/compile-hint';

const BUDGET = 10 * 1024;
const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/pages', name), 'utf8');

// A small single-page site: a route change swaps the article without loading a new document.
const ARTICLES = {
  recipe: `<h1>Lemon and herb roast chicken</h1>
    <p>Rub the chicken with butter, lemon zest and thyme, then roast it for an hour and a half.</p>
    <p>For the dressing, shake the oil, lemon juice and mustard together in a jar.</p>
    <p>Rest the bird for fifteen minutes before carving, and serve it with roast potatoes.</p>`,
  squats: `<h1>Why my legs shake after squats</h1>
    <p>After a heavy squat session my legs were shaking all the way home and my quads kept trembling on the stairs.</p>
    <p>Tired muscles fire less smoothly, so the shaking is usually muscle fatigue. Eat, drink water and rest before the next workout.</p>
    <p>If the shaking lasts into the next day, or comes with pain, see a doctor.</p>`,
};
// Its script is a file of its own, so that the articles it holds are not in the body's text.
const SPA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Everyday Fit</title></head>
<body><nav><a href="/app">Home</a></nav><main id="view">${ARTICLES.recipe}</main><script src="/spa.js"></script></body></html>`;
const SPA_SCRIPT = `
  const articles = ${JSON.stringify(ARTICLES)};
  window.go = (name) => {
    history.pushState({}, '', '/app/' + name);
    document.getElementById('view').innerHTML = articles[name];
    document.title = name === 'squats' ? 'Why my legs shake after squats' : 'Everyday Fit';
  };
`;

// An article rendered late by script: the first look finds a shell; a growth check finds it.
const LATE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Everyday Fit</title></head>
<body><nav><a href="/">Home</a></nav><main id="view"><p>Loading…</p></main>
<script>
  setTimeout(() => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => '<p>Note ' + i + ' on rest days and sleep.</p>').join('');
    document.getElementById('view').innerHTML = ${JSON.stringify(ARTICLES.squats)} + paragraphs;
    document.title = 'Why my legs shake after squats';
  }, 1200);
</script></body></html>`;

const test = e2eTest({
  routes: {
    ...FAVICON,
    '/positive.html': fixture('positive/legs-shaking-after-squats-short-post.html'),
    '/stretch.html': fixture('positive/physio-clinic-shaking-during-hamstring-stretch.html'),
    '/protein.html': fixture('negative/protein-shake-recipe-fitness-site.html'),
    '/recipe.html': readFileSync(path.join(ROOT, 'tests/fixtures/demo/plain-recipe.html'), 'utf8'),
    '/chrome-only.html': fixture('negative/deadlift-article-keywords-only-in-footer.html'),
    '/app': SPA,
    '/spa.js': { body: SPA_SCRIPT, type: 'text/javascript' },
    '/late.html': LATE,
  },
});
let session: ExtensionSession;
let server: PageServer;
test.beforeAll(({ session: s, server: v }) => {
  [session, server] = [s, v];
});

async function open(pathname: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(pathname));
  await waitForChecks(session, page, 1);
  return page;
}

const checks = async (page: Page) => (await detectorState(session, page)).checks;
/** Every measure and mark in the page's timeline whose name says Steady. */
const steadyEntries = (page: Page) =>
  page.evaluate(() =>
    [...performance.getEntriesByType('measure'), ...performance.getEntriesByType('mark')]
      .map((e) => e.name)
      .filter((n) => /steady/i.test(n)),
  );

describe('on a matching article', () => {
  test('sets the badge and the title, and leaves no measure in the page', async () => {
    const page = await open('/positive.html');
    await expect.poll(async () => (await badgeOf(session, page)).text, { timeout: 10_000 }).toBe('i');
    expect((await badgeOf(session, page)).title).toBe('Steady: this article is about muscles shaking after a workout');
    expect(await steadyEntries(page)).toEqual([]);
    await page.close();
  });

  test('the title names the situation the article describes', async () => {
    const page = await open('/stretch.html');
    await expect
      .poll(async () => (await badgeOf(session, page)).title, { timeout: 10_000 })
      .toBe('Steady: this article is about muscles shaking during stretching');
    await page.close();
  });
});

describe('on other pages nothing changes', () => {
  test.each(['/protein.html', '/chrome-only.html'])('%s: no badge, default title, no element added', async (pathname) => {
    const page = await session.context.newPage();
    await page.goto(server.url(pathname));
    const before = await page.evaluate(() => document.getElementsByTagName('*').length);
    // A check is counted once its verdict has been handled: the state below is final.
    await waitForChecks(session, page, 1);
    expect(await badgeOf(session, page)).toEqual({ text: '', title: 'Steady' });
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBe(before);
    expect(await page.locator('steady-ui').count()).toBe(0);
    await page.close();
  });
});

describe('the settings and the detector only on a hit', () => {
  test('a page with no word that could name shaking is looked at without either; a matching one gets both', async () => {
    // The gate's decision is left in the isolated world only once the settings have been read.
    const recipe = await open('/recipe.html');
    expect(await detectorState(session, recipe)).toEqual({ gate: null, checks: 1, detector: false });
    const article = await open('/positive.html');
    expect(await detectorState(session, article)).toEqual({ gate: 'check', checks: 1, detector: true });
    await recipe.close();
    await article.close();
  });
});

describe('a page with a shaking word that is not about a body', () => {
  test('has its settings read and its raw text judged by the background, and gets no detector', async () => {
    const page = await open('/protein.html');
    expect(await detectorState(session, page)).toEqual({ gate: 'check', checks: 1, detector: false });
    await page.close();
  });
});

describe('a single-page site', () => {
  test('a route change to a matching article is noticed, and a change away clears it', async () => {
    // open() waits for the first check to finish: its verdict (no match) is final. The first
    // route says "shake" of a dressing: the raw text rules it out, and the look watches on.
    const page = await open('/app');
    expect((await badgeOf(session, page)).text).toBe('');
    expect(await detectorState(session, page)).toEqual({ gate: 'check', checks: 1, detector: false });

    await page.evaluate(() => (window as unknown as { go(name: string): void }).go('squats'));
    await expect.poll(async () => (await badgeOf(session, page)).text, { timeout: 10_000 }).toBe('i');
    expect(await checks(page)).toBeGreaterThanOrEqual(2);

    await page.evaluate(() => (window as unknown as { go(name: string): void }).go('recipe'));
    await expect.poll(async () => (await badgeOf(session, page)).text, { timeout: 10_000 }).toBe('');
    await page.close();
  });
});

describe('content rendered late', () => {
  test('an article that appears after the first look is noticed by a later count of the elements', async () => {
    const page = await open('/late.html');
    expect((await badgeOf(session, page)).text).toBe('');
    await expect.poll(async () => (await badgeOf(session, page)).text, { timeout: 10_000 }).toBe('i');
    expect(await checks(page)).toBe(2);
    await page.close();
  });
});

// The look runs on every page, so it has a budget of its own; the detector (its reader and the
// offer with it) is injected only where the look found something.
const SCRIPTS: [string, number][] = [
  ['look.js', 2_048],
  ['content-scripts/detector.js', BUDGET],
];
test.each(SCRIPTS)('%s stays within its gzip budget (%i B), without the classifier’s words or the knowledge base', (file, budget) => {
  const bundle = readFileSync(path.join(extensionDir(), file));
  const gzip = gzipSync(bundle, { level: 9 }).length;
  console.log(`${file}: ${bundle.length} B, ${gzip} B gzip (budget ${budget} B)`);
  expect(gzip).toBeLessThanOrEqual(budget);
  const text = bundle.toString('utf8');
  const causes = JSON.parse(readFileSync(path.join(ROOT, 'knowledge/data/causes.json'), 'utf8')) as { causes: { summary: string }[] };
  for (const c of causes.causes) expect(text).not.toContain(c.summary);
  expect(text).not.toContain('protein shake');
  expect(text).not.toContain('ZodError');
});

test('the built detector asks to be compiled whole, on its first line; the every-page look does not', () => {
  // scripts/vite/compile-hint.ts: the hint belongs at the top of the file.
  const first = (file: string) => readFileSync(path.join(extensionDir(), file), 'utf8').split('\n', 1)[0];
  expect(first('content-scripts/detector.js')).toBe(EAGER_COMPILE_HINT);
  expect(first('look.js')).not.toBe(EAGER_COMPILE_HINT);
});

/**
 * The built look.js, run in a bare context whose `chrome` and `browser` say when they are
 * touched (the first touch sets up the extension's bindings in a real page, about 0.75 ms), on
 * a page with `text`; its timers (the watcher's counts) are run one after another.
 */
function runBuiltLook(text: string): { touched: string[]; sent: unknown[] } {
  const touched: string[] = [];
  const sent: unknown[] = [];
  const timers: (() => void)[] = [];
  const scope: Record<string, unknown> = {
    document: { title: 'Club news', URL: 'http://127.0.0.1/news', body: { textContent: text }, getElementsByTagName: () => [] },
    setTimeout: (handler: () => void) => timers.push(handler),
    setInterval: () => 0,
    clearInterval: () => undefined,
  };
  scope.window = scope;
  const runtime = {
    id: 'steady',
    sendMessage: (message: unknown) => Promise.resolve(sent.push(message)).then(() => ({ decision: 'check', offerStyle: 'button' })),
  };
  for (const name of ['browser', 'chrome'])
    Object.defineProperty(scope, name, { get: () => (touched.push(name), name === 'chrome' ? { runtime } : undefined) });
  vm.runInNewContext(readFileSync(path.join(extensionDir(), 'look.js'), 'utf8'), vm.createContext(scope));
  for (let i = 0; i < 10 && timers.length > 0; i++) timers.shift()!();
  return { touched, sent };
}

test('the built look touches no extension API on a page with no shaking word; on a hit it asks for the gate, sends its text', async () => {
  expect(runBuiltLook('Fixtures, results and the new kit for the autumn season.').touched).toEqual([]);
  const text = 'After the match my legs were shaking.';
  const hit = runBuiltLook(text);
  await expect.poll(() => hit.sent.length).toBe(2);
  expect(hit.sent).toEqual([{ type: 'content:look' }, { type: 'content:raw-text', title: 'Club news', text }]);
  expect(hit.touched.length).toBeGreaterThan(0);
});
