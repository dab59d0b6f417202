// npm run bench: the detector's cost on real pages, next to the check Firefox runs on every
// page load (Readability's isProbablyReaderable) and a naive scan (body.textContent plus one
// keyword pattern), timed in the same page in the same run.
//
// - The built extension is loaded in headless Chromium; each page of ../shared/corpus/readability/
//   and tests/fixtures/pages/ is served from 127.0.0.1 (cross-origin isolated, so that
//   performance.now() has 5 µs resolution instead of 100 µs; every other request is blocked).
// - First run: the content script's own `steady:detect` measure(s) from the page's timeline,
//   i.e. what a reader pays, cold.
// - Repeated runs: the same pure detector code (knowledge/detect) built by esbuild into a
//   separate script and added to the page with addScriptTag, so the extension's bundle is not
//   enlarged by anything the bench needs. Median of RUNS runs of each of the three checks,
//   interleaved. "Detector" is what runs in the page (readPage: the gate, and on pages that
//   pass it the main-content read); the classification runs in the extension's background
//   and is timed separately, in the page too, for the pages that reach it.
// - Long tasks (≥ 50 ms) seen by a PerformanceObserver installed before any page script runs:
//   the bench counts those that overlap a `steady:detect` measure.
// Prints a table and a summary and writes the same as markdown to bench-output/bench.md.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchExtension } from '../tests/e2e/harness/extension';
import { bundleForPage } from '../tests/e2e/harness/in-page';
import { extensionDir, ROOT } from '../tests/e2e/harness/paths';
import { servePages } from '../tests/e2e/harness/server';
import { nodeDetectorSignals } from '../knowledge/detect/lexicon';

const RUNS = 31;
/** Fresh loads of each page for the first-run figure (median). */
const LOADS = 3;
const CORPUS = path.resolve(ROOT, '../shared/corpus/readability');
const FIXTURES = path.resolve(ROOT, 'tests/fixtures/pages');
const OUT = path.resolve(ROOT, 'bench-output');

type Row = {
  page: string;
  bytes: number;
  nodes: number;
  match: boolean;
  first: number | null;
  detector: number;
  detectorMax: number;
  /** Median time of the classification, for pages that get that far (it runs in the background). */
  classify: number | null;
  readerable: number;
  naive: number;
  longTasks: number;
};

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function pagesIn(dir: string, prefix: string): { route: string; file: string }[] {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.sort().flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return pagesIn(file, `${prefix}${name}/`);
    return name.endsWith('.html') ? [{ route: `/${prefix}${name}`, file }] : [];
  });
}

function detectorForPages(): Promise<string> {
  const signals = JSON.stringify(nodeDetectorSignals());
  return bundleForPage(
    `import { detect, readPage } from './knowledge/detect/index';\n` +
      `import { classify } from './knowledge/detect/classify';\n` +
      `import { gatePatterns } from './knowledge/detect/gate';\n` +
      `const signals = ${signals};\n` +
      `const gate = gatePatterns(signals);\n` +
      `globalThis.__steadyBench = {\n` +
      `  read: () => readPage(document, gate),\n` +
      `  classify: (page) => classify(page, signals),\n` +
      `  detect: () => detect(document, signals),\n` +
      `};\n`,
  );
}

const READERABLE = readFileSync(path.resolve(ROOT, 'node_modules/@mozilla/readability/Readability-readerable.js'), 'utf8');
const NAIVE = `globalThis.__naive = () => /shak|trembl|tremor|quiver|twitch|jitter/i.test(document.body ? document.body.textContent : '');`;

// Installed before any page script: records long tasks from the start of the page.
const LONG_TASKS = `
  globalThis.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

type InPage = {
  det: number[];
  cls: number[];
  read: number[];
  naive: number[];
  match: boolean;
  nodes: number;
};

// Runs in the page. Plain JavaScript in a string: tsx would otherwise wrap a function passed to
// page.evaluate with helpers that do not exist in the page.
const IN_PAGE = `(runs) => {
  const g = globalThis;
  const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
  const det = [], read = [], naive = [], cls = [];
  for (let i = 0; i < runs; i++) {
    det.push(time(() => g.__steadyBench.read()));
    read.push(time(() => g.isProbablyReaderable(document)));
    naive.push(time(g.__naive));
  }
  const page = g.__steadyBench.read().page;
  if (page) for (let i = 0; i < runs; i++) cls.push(time(() => g.__steadyBench.classify(page)));
  return {
    det, read, naive, cls,
    match: g.__steadyBench.detect().verdict.match,
    nodes: document.getElementsByTagName('*').length,
  };
}`;

// The content script's own measure(s) and the long tasks that overlap them.
const FIRST_RUN = `(() => {
  const measures = performance.getEntriesByName('steady:detect');
  const overlaps = (globalThis.__longTasks || []).filter(([start, duration]) =>
    measures.some((m) => start < m.startTime + m.duration && m.startTime < start + duration));
  return { first: measures.length ? measures.reduce((sum, m) => sum + m.duration, 0) : null, longTasks: overlaps.length };
})()`;

const ISOLATED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

async function main(): Promise<void> {
  const pages = [...pagesIn(CORPUS, 'corpus/'), ...pagesIn(FIXTURES, 'fixtures/')];
  if (pages.length === 0) throw new Error(`no pages found in ${CORPUS} or ${FIXTURES}`);
  const bundle = readFileSync(path.join(extensionDir(), 'content-scripts/detector.js'));
  const bundleGzip = gzipSync(bundle, { level: 9 }).length;
  const detector = await detectorForPages();

  const server = await servePages();
  for (const p of pages) server.set(p.route, { body: readFileSync(p.file, 'utf8'), headers: ISOLATED });
  loadAverage = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const session = await launchExtension();
  chromiumVersion = session.context.browser()?.version() ?? '';
  await session.context.route('**/*', (route) =>
    route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
  );
  await session.context.addInitScript({ content: LONG_TASKS });

  const rows: Row[] = [];
  for (const p of pages) {
    try {
      // Cold first runs: the content script's measure in LOADS fresh documents (each its own
      // isolated world), median of them; the repeated runs in the last one.
      const firsts: number[] = [];
      let longTasks = 0;
      let r: InPage | null = null;
      for (let load = 0; load < LOADS; load++) {
        const page = await session.context.newPage();
        try {
          await page.goto(server.url(p.route), { waitUntil: 'load', timeout: 30_000 });
          // The content script runs at document_idle; every page gets a measure.
          await page
            .waitForFunction(() => performance.getEntriesByName('steady:detect').length > 0, null, { timeout: 10_000 })
            .catch(() => undefined);
          const cold = (await page.evaluate(FIRST_RUN)) as { first: number | null; longTasks: number };
          if (cold.first !== null) firsts.push(cold.first);
          longTasks += cold.longTasks;
          if (load === LOADS - 1) {
            await page.addScriptTag({ content: READERABLE });
            await page.addScriptTag({ content: NAIVE });
            await page.addScriptTag({ content: detector });
            r = (await page.evaluate(`(${IN_PAGE})(${RUNS})`)) as InPage;
          }
        } finally {
          await page.close();
        }
      }
      if (!r) continue;
      rows.push({
        page: p.route.slice(1),
        bytes: statSync(p.file).size,
        nodes: r.nodes,
        match: r.match,
        first: firsts.length ? median(firsts) : null,
        detector: median(r.det),
        detectorMax: Math.max(...r.det),
        classify: r.cls.length ? median(r.cls) : null,
        readerable: median(r.read),
        naive: median(r.naive),
        longTasks,
      });
    } catch (error) {
      console.error(`${p.route}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  await session.close();
  await server.close();
  report(rows, bundleGzip);
}

const ms = (v: number | null) => (v === null ? 'n/a' : v.toFixed(3));

let chromiumVersion = '';
let loadAverage = '';

function report(rows: Row[], bundleGzip: number): void {
  const firsts = rows.map((r) => r.first).filter((v): v is number => v !== null);
  const classified = rows.map((r) => r.classify).filter((v): v is number => v !== null);
  const col = (f: (r: Row) => number) => rows.map(f);
  const summary = {
    pages: rows.length,
    detectorMedian: median(col((r) => r.detector)),
    detectorMax: Math.max(...col((r) => r.detector)),
    detectorWorstSingleRun: Math.max(...col((r) => r.detectorMax)),
    readerableMedian: median(col((r) => r.readerable)),
    readerableMax: Math.max(...col((r) => r.readerable)),
    naiveMedian: median(col((r) => r.naive)),
    naiveMax: Math.max(...col((r) => r.naive)),
    firstMedian: firsts.length ? median(firsts) : null,
    firstMax: firsts.length ? Math.max(...firsts) : null,
    firstMissing: rows.length - firsts.length,
    longTasks: rows.reduce((n, r) => n + r.longTasks, 0),
    classified: rows.filter((r) => r.classify !== null).length,
    classifyMedian: classified.length ? median(classified) : null,
    classifyMax: classified.length ? Math.max(...classified) : null,
    matches: rows.filter((r) => r.match).map((r) => r.page),
  };
  const ratio = summary.detectorMedian / summary.readerableMedian;
  const lines: string[] = [];
  lines.push(
    `Steady detector benchmark: ${rows.length} pages; first run = median over ${LOADS} fresh loads of the content script's steady:detect; ` +
      `repeated = median of ${RUNS} runs in the page; Chromium ${chromiumVersion}, headless; load average at the start ${loadAverage}`,
  );
  lines.push('');
  lines.push('| page | bytes | elements | match | detector first (ms) | detector median (ms) | readerable median (ms) | naive median (ms) | classify median (background, ms) |');
  lines.push('|---|---:|---:|:---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    lines.push(
      `| ${r.page} | ${r.bytes} | ${r.nodes} | ${r.match ? 'yes' : ''} | ${ms(r.first)} | ${ms(r.detector)} | ${ms(r.readerable)} | ${ms(r.naive)} | ${r.classify === null ? '' : ms(r.classify)} |`,
    );
  }
  lines.push('');
  lines.push('| | median over pages (ms) | max over pages (ms) |');
  lines.push('|---|---:|---:|');
  lines.push(`| detector, first run (steady:detect) | ${ms(summary.firstMedian)} | ${ms(summary.firstMax)} |`);
  lines.push(`| detector, repeated | ${ms(summary.detectorMedian)} | ${ms(summary.detectorMax)} |`);
  lines.push(`| isProbablyReaderable, repeated | ${ms(summary.readerableMedian)} | ${ms(summary.readerableMax)} |`);
  lines.push(`| naive textContent + pattern, repeated | ${ms(summary.naiveMedian)} | ${ms(summary.naiveMax)} |`);
  lines.push('');
  lines.push(`- detector median / isProbablyReaderable median: ${ratio.toFixed(2)}x (target ≤ 3x)`);
  lines.push(`- detector median / naive median: ${(summary.detectorMedian / summary.naiveMedian).toFixed(2)}x`);
  lines.push(`- detector repeated, max of per-page medians: ${ms(summary.detectorMax)} ms (target < 2 ms); slowest single run: ${ms(summary.detectorWorstSingleRun)} ms`);
  lines.push(`- detector first run: median ${ms(summary.firstMedian)} ms (target ≤ 0.5), max ${ms(summary.firstMax)} ms (target ≤ 4); pages without a measure: ${summary.firstMissing}`);
  lines.push(`- long tasks (≥ 50 ms) overlapping the detector: ${summary.longTasks}`);
  lines.push(
    `- classification (in the background, not in the page; timed here in the page for reference) on the ${summary.classified} pages that reach it: median ${ms(summary.classifyMedian)} ms, max ${ms(summary.classifyMax)} ms`,
  );
  lines.push(`- content-scripts/detector.js: ${bundle(bundleGzip)} gzip (target ≤ 10 KB)`);
  lines.push(`- pages the detector matched: ${summary.matches.length} (${summary.matches.join(', ') || 'none'})`);
  const text = lines.join('\n');
  console.log(text);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'bench.md'), `# ${text}\n`);
  writeFileSync(path.join(OUT, 'bench.json'), `${JSON.stringify({ summary, rows, bundleGzip }, null, 2)}\n`);
}

function bundle(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB (${bytes} B)`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
