// npm run bench, second part (the first is bench-script-time.ts): diagnostic timings from inside
// the page, in the benchmark build (STEADY_MEASURES=1) whose content script leaves its own
// performance measures: the detector's cost on real pages, next to the check Firefox runs on
// every page load (Readability's isProbablyReaderable) and a naive scan (body.textContent plus
// one keyword pattern), timed in the same page in the same run.
//
// - The built extension is loaded in headless Chromium; each page of ../shared/corpus/readability/
//   and tests/fixtures/pages/ is served from 127.0.0.1 (cross-origin isolated, so that
//   performance.now() has 5 µs resolution instead of 100 µs; every other request is blocked).
// - First run: the content script's own `steady:detect` measure(s) from the page's timeline,
//   i.e. what a reader pays, cold; median of LOADS fresh loads. The watcher the first check
//   sets up (`steady:watch`) is reported beside it. Next to it, the same figure for
//   a reference content script that only does the naive scan (bench-reference.ts), in a second
//   browser, in loads interleaved with Steady's: the floor a cold isolated world sets here.
// - Repeated runs: the same pure detector code (knowledge/detect) built by esbuild into a
//   separate script and added to the page with addScriptTag, so the extension's bundle is not
//   enlarged by anything the bench needs. Median of RUNS runs of each of the three checks,
//   interleaved. "Detector" is what runs in the page (readPage: the gate, and on pages that
//   pass it the main-content read); the classification runs in the extension's background
//   and is timed separately, in the page too, for the pages that reach it.
// - Long tasks (≥ 50 ms) seen by a PerformanceObserver installed before any page script runs:
//   the bench counts those that overlap a `steady:detect` or `steady:watch` measure.
// Prints a table and a summary and writes the same as markdown to bench-output/bench.md.
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../tests/e2e/harness/extension';
import { bundleForPage } from '../tests/e2e/harness/in-page';
import { extensionDir, ROOT } from '../tests/e2e/harness/paths';
import { servePages } from '../tests/e2e/harness/server';
import { nodeDetectorSignals } from '../knowledge/detect/lexicon';
import { REFERENCE_MEASURE, writeReferenceExtension } from './bench-reference';
import { benchPages } from './bench-corpus';
import { report, type Row } from './bench-report';
import { median } from './bench-stats';

const RUNS = 31;
/** Fresh loads of each page for the first-run figures (median), in each browser. */
const LOADS = Number(process.env.STEADY_BENCH_LOADS ?? 5);
const OUT = path.resolve(ROOT, 'bench-output');

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

// A content script's own measure(s) and the long tasks that overlap them.
const firstRun = (name: string) => `(() => {
  const measures = performance.getEntriesByName(${JSON.stringify(name)});
  const watch = performance.getEntriesByName('steady:watch');
  const overlaps = (globalThis.__longTasks || []).filter(([start, duration]) =>
    [...measures, ...watch].some((m) => start < m.startTime + m.duration && m.startTime < start + duration));
  const sum = (list) => list.reduce((total, m) => total + m.duration, 0);
  return { first: measures.length ? sum(measures) : null, watch: watch.length ? sum(watch) : null, longTasks: overlaps.length };
})()`;

type Cold = { first: number | null; watch: number | null; longTasks: number };

/**
 * Opens `url` in a fresh tab and reads the measure `name` once the content script has run (it
 * runs at document_idle), then hands the tab to `more` before closing it. The wait polls every
 * 50 ms rather than every frame, so that the bench itself keeps the machine as quiet as it can.
 */
async function coldLoad(session: ExtensionSession, url: string, name: string, more?: (page: Page) => Promise<void>): Promise<Cold> {
  const page = await session.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page
      .waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 10_000, polling: 50 })
      .catch(() => undefined);
    const cold = (await page.evaluate(firstRun(name))) as Cold;
    if (more) await more(page);
    return cold;
  } finally {
    await page.close();
  }
}

/** A browser with `dir` loaded (Steady by default), seeing only the bench's own server. */
async function benchBrowser(origin: string, dir?: string): Promise<ExtensionSession> {
  const session = await launchExtension({ dir });
  await session.context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await session.context.addInitScript({ content: LONG_TASKS });
  return session;
}

const ISOLATED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

async function main(): Promise<void> {
  const pages = benchPages();
  // The every-page script: the look (the detector is injected only where the look found something).
  const bundle = readFileSync(path.join(extensionDir(), 'look.js'));
  const bundleGzip = gzipSync(bundle, { level: 9 }).length;
  const detector = await detectorForPages();

  const server = await servePages();
  for (const p of pages) server.set(p.route, { body: p.html, headers: ISOLATED });
  loadAverage = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const session = await benchBrowser(server.origin);
  const reference = await benchBrowser(server.origin, writeReferenceExtension(OUT));
  chromiumVersion = session.context.browser()?.version() ?? '';

  const rows: Row[] = [];
  for (const p of pages) {
    try {
      // Cold first runs in LOADS fresh documents each (each its own isolated world), Steady's
      // and the reference's taking turns; the repeated runs in Steady's last one.
      const firsts: number[] = [];
      const naiveFirsts: number[] = [];
      const watches: number[] = [];
      let longTasks = 0;
      let r: InPage | null = null;
      for (let load = 0; load < LOADS; load++) {
        const last = load === LOADS - 1;
        const cold = await coldLoad(
          session,
          server.url(p.route),
          'steady:detect',
          last
            ? async (page) => {
                await page.addScriptTag({ content: READERABLE });
                await page.addScriptTag({ content: NAIVE });
                await page.addScriptTag({ content: detector });
                r = (await page.evaluate(`(${IN_PAGE})(${RUNS})`)) as InPage;
              }
            : undefined,
        );
        if (cold.first !== null) firsts.push(cold.first);
        if (cold.watch !== null) watches.push(cold.watch);
        longTasks += cold.longTasks;
        const naive = await coldLoad(reference, server.url(p.route), REFERENCE_MEASURE);
        if (naive.first !== null) naiveFirsts.push(naive.first);
      }
      const inPage = r as InPage | null;
      if (!inPage) continue;
      rows.push({
        page: p.route.slice(1),
        bytes: statSync(p.file).size,
        nodes: inPage.nodes,
        match: inPage.match,
        first: firsts.length ? median(firsts) : null,
        naiveFirst: naiveFirsts.length ? median(naiveFirsts) : null,
        watch: watches.length ? median(watches) : null,
        detector: median(inPage.det),
        detectorMax: Math.max(...inPage.det),
        classify: inPage.cls.length ? median(inPage.cls) : null,
        readerable: median(inPage.read),
        naive: median(inPage.naive),
        longTasks,
      });
    } catch (error) {
      console.error(`${p.route}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  await session.close();
  await reference.close();
  await server.close();
  report(rows, { bundleGzip, chromiumVersion, loadAverage, loads: LOADS, runs: RUNS, out: OUT });
}

let chromiumVersion = '';
let loadAverage = '';

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
