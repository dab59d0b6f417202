// What a page load pays for Steady, measured from outside the page: the JavaScript time the
// browser itself counts for the tab (CDP Performance.getMetrics, ScriptDuration), with and
// without a content script.
//
// - Four browsers with the same flags: no extension; an extension whose content script is
//   `void 0`; the naive scan (textContent, one pattern, a message on a hit); Steady's
//   production build (.output/chrome-mv3, built by `npm run bench` just before).
// - Every load on a host of its own (127.0.x.y, a new address each time): site isolation then
//   gives it a new renderer, which is what a reader pays on a site they have not opened yet.
//   The four variants of a page are loaded one after another, their order turning page by page,
//   so that machine drift falls on all of them alike.
// - After the load event, the figure is read once it has stopped changing for IDLE_POLLS reads
//   POLL_MS apart (the detector runs at document_idle, right after load), or MAX_WAIT_MS after
//   the load on a page whose own scripts never go quiet. Timers that fire later (Steady's growth
//   checks at 1, 3, 10 and 30 s) are not in it. Requests off the loopback are refused.
// - A variant's added cost is its figure minus the no-extension figure for the same page.
// Prints the summary and writes it, with every page's figures, to bench-output/script-time.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ARGS, launchExtension } from '../tests/e2e/harness/extension';
import { chromiumPath, extensionDir, ROOT } from '../tests/e2e/harness/paths';
import { servePages, type PageServer } from '../tests/e2e/harness/server';
import { detect } from '../knowledge/detect/index';
import { nodeDetectorSignals } from '../knowledge/detect/lexicon';
import { parsePage } from './node-dom/node-page';
import { writeBenchExtensions } from './bench-extensions';
import { benchPages, type BenchPage } from './bench-corpus';
import { median, percentile, traceScriptTime, type TraceEvent } from './bench-stats';

const ALL_VARIANTS = ['none', 'empty', 'naive', 'steady', 'previous'] as const;
type Variant = (typeof ALL_VARIANTS)[number];
/**
 * Another build of Steady to load beside this one (`STEADY_BENCH_PREVIOUS=<its chrome-mv3
 * folder>`), for a change's before and after in one run.
 */
const PREVIOUS = process.env.STEADY_BENCH_PREVIOUS;
/**
 * `STEADY_BENCH_METRIC=trace`: instead of ScriptDuration, the main thread's script events in a
 * trace of the load. ScriptDuration counts the scripts a page runs (v8.run) but not the promise
 * callbacks and microtasks that follow an extension API's answer, so work a content script does
 * after `await chrome.storage…` is missing from it; the trace counts both, and the creation of
 * the script's world.
 */
const TRACE = process.env.STEADY_BENCH_METRIC === 'trace';
const VARIANTS = ALL_VARIANTS.filter((v) => v !== 'previous' || PREVIOUS);
const POLL_MS = 100;
const IDLE_POLLS = Number(process.env.STEADY_BENCH_IDLE_POLLS ?? 3);
/** One load, CDP calls included, may take this long; a page that takes longer is left out. */
const LOAD_TIMEOUT_MS = 20_000;
/** A page whose own scripts never go quiet is read this long after its load event. */
const MAX_WAIT_MS = 3_000;
const OUT = path.resolve(ROOT, 'bench-output');

/** 127.0.x.y for the n-th load, never 127.0.0.1 (the tests' host) and never a .0 or .255. */
function hostFor(n: number): string {
  const i = n + 2;
  return `127.0.${Math.floor(i / 250)}.${(i % 250) + 2}`;
}

async function browserFor(variant: Variant, dirs: Record<Exclude<Variant, 'none'>, string>): Promise<BrowserContext> {
  const context =
    variant === 'none'
      ? await chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, args: ARGS })
      : (await launchExtension({ dir: dirs[variant] })).context;
  // The corpus pages name images, fonts and scripts on the web; none of it is fetched, so a
  // load ends when the page itself has.
  await context.route(/^https?:\/\/(?!127\.)/, (route) => route.abort());
  return context;
}

/** The tab's ScriptDuration, in ms, after a fresh load of `url` has gone quiet. */
async function scriptTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    return await within(LOAD_TIMEOUT_MS, measure(context, page, url));
  } finally {
    // A renderer stuck in a page's own loop must not slow the loads after it.
    await within(5_000, page.close()).catch(() => undefined);
  }
}

async function measure(context: BrowserContext, page: Page, url: string): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  if (TRACE) {
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.execute', transferMode: 'ReportEvents' });
  }
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  let last = await read();
  const end = Date.now() + MAX_WAIT_MS;
  for (let same = 0; same < IDLE_POLLS && Date.now() < end;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const now = await read();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  if (!TRACE) return last;
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  return traceScriptTime(events, url);
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

type Row = { page: string; match: boolean; ms: Record<Variant, number> };

async function main(): Promise<void> {
  const limit = Number(process.env.STEADY_BENCH_PAGES ?? Infinity);
  const only = process.env.STEADY_BENCH_ONLY;
  // STEADY_BENCH_EVERY=n: every n-th page, for a quicker sample of the same mix.
  const every = Number(process.env.STEADY_BENCH_EVERY ?? 1);
  // STEADY_BENCH_REPEAT=n: each page n times over (with STEADY_BENCH_ONLY, one page's spread).
  const repeat = Number(process.env.STEADY_BENCH_REPEAT ?? 1);
  const pages = benchPages()
    .filter((p, i) => (!only || p.route.includes(only)) && i % every === 0)
    .slice(0, limit)
    .flatMap((p) => Array.from({ length: repeat }, () => p));
  if (pages.length === 0) throw new Error(`no bench page's route contains "${only}" (the corpus and the fixture sets of bench-corpus.ts)`);
  const signals = nodeDetectorSignals();
  const matches = (p: BenchPage) => detect(parsePage(p.html), signals).verdict.match;
  const server: PageServer = await servePages({}, { anyLoopback: true });
  for (const p of pages) server.set(p.route, p.html);
  const port = new URL(server.origin).port;
  const dirs = { ...writeBenchExtensions(OUT), steady: extensionDir(), previous: PREVIOUS ?? '' };
  const browsers = {} as Record<Variant, BrowserContext>;
  for (const v of VARIANTS) browsers[v] = await browserFor(v, dirs);
  const version = browsers.none.browser()?.version() ?? '';

  const rows: Row[] = [];
  const skipped: string[] = [];
  let load = 0;
  for (const [i, p] of pages.entries()) {
    const ms = {} as Record<Variant, number>;
    try {
      // The order turns page by page: each variant is first, second, third and last as often.
      for (let k = 0; k < VARIANTS.length; k++) {
        const v = VARIANTS[(i + k) % VARIANTS.length]!;
        ms[v] = await scriptTime(browsers[v], `http://${hostFor(load++)}:${port}${p.route}`);
      }
      rows.push({ page: p.route.slice(1), match: matches(p), ms });
    } catch (error) {
      // A page whose own scripts hang the renderer: left out of every variant, and named.
      skipped.push(`${p.route.slice(1)} (${(error as Error).message.split('\n')[0]})`);
    }
    if ((i + 1) % 10 === 0) console.error(`${i + 1} of ${pages.length} pages, ${new Date().toISOString().slice(11, 19)}`);
  }
  for (const v of VARIANTS) await browsers[v].close();
  await server.close();
  const text = report(rows, version) + (skipped.length ? `\n\nLeft out (${skipped.length}): ${skipped.join('; ')}` : '');
  console.log(text);
  mkdirSync(OUT, { recursive: true });
  const name = TRACE ? 'script-time-trace' : 'script-time';
  writeFileSync(path.join(OUT, `${name}.md`), `${text}\n\n${pageTable(rows)}\n`);
  writeFileSync(path.join(OUT, `${name}.json`), JSON.stringify(rows, null, 1));
}

const added = (rows: Row[], v: Variant) => rows.map((r) => r.ms[v] - r.ms.none);
const f2 = (x: number) => x.toFixed(2);

function report(rows: Row[], version: string): string {
  const stats = (values: number[]) => ({ median: median(values), p90: percentile(values, 0.9), max: Math.max(...values) });
  const all = { empty: stats(added(rows, 'empty')), naive: stats(added(rows, 'naive')), steady: stats(added(rows, 'steady')) };
  const previous = PREVIOUS ? stats(added(rows, 'previous')) : null;
  const matching = rows.filter((r) => r.match);
  const ratio = (a: number, b: number) => (b > 0 ? f2(a / b) : 'n/a');
  const line = (name: string, s: ReturnType<typeof stats>) => `| ${name} | ${f2(s.median)} | ${f2(s.p90)} | ${f2(s.max)} |`;
  const lines = [
    `Script time a page load adds (${TRACE ? 'main-thread script events in a trace' : 'CDP ScriptDuration'} ` +
      `minus the same page with no extension), ${rows.length} pages,`,
    `one fresh load each per variant on a host of its own; Chromium ${version}, headless.`,
    '',
    '| Variant | median (ms) | 90th percentile (ms) | max (ms) |',
    '| --- | --- | --- | --- |',
    line('empty content script (`void 0`)', all.empty),
    line('naive scan', all.naive),
    line('Steady', all.steady),
    ...(previous ? [line(`Steady, previous build (${PREVIOUS})`, previous)] : []),
    `| **Steady ÷ naive** | **${ratio(all.steady.median, all.naive.median)}** | **${ratio(all.steady.p90, all.naive.p90)}** | ` +
      `**${ratio(all.steady.max, all.naive.max)}** |`,
    ...(previous
      ? [
          `| previous build ÷ naive | ${ratio(previous.median, all.naive.median)} | ` +
            `${ratio(previous.p90, all.naive.p90)} | ${ratio(previous.max, all.naive.max)} |`,
        ]
      : []),
    '',
    `No extension: median ${f2(median(rows.map((r) => r.ms.none)))} ms of script on a page load (the page's own scripts).`,
  ];
  if (matching.length > 0) {
    const s = stats(added(matching, 'steady'));
    const n = stats(added(matching, 'naive'));
    lines.push(
      `On the ${matching.length} pages where Steady offers: Steady adds median ${f2(s.median)} ms (max ${f2(s.max)}), ` +
        `the naive scan ${f2(n.median)} ms (max ${f2(n.max)}): ${ratio(s.median, n.median)}× at the median.`,
    );
    if (previous) {
      const b = stats(added(matching, 'previous'));
      lines.push(`On the same pages the previous build adds median ${f2(b.median)} ms (max ${f2(b.max)}).`);
    }
  }
  return lines.join('\n');
}

function pageTable(rows: Row[]): string {
  return [
    `| page | offers | none (ms) | empty +ms | naive +ms | Steady +ms |${PREVIOUS ? ' previous +ms |' : ''}`,
    `| --- | --- | --- | --- | --- | --- |${PREVIOUS ? ' --- |' : ''}`,
    ...rows.map(
      (r) =>
        `| ${r.page} | ${r.match ? 'yes' : ''} | ${f2(r.ms.none)} | ${f2(r.ms.empty - r.ms.none)} | ` +
        `${f2(r.ms.naive - r.ms.none)} | ${f2(r.ms.steady - r.ms.none)} |${PREVIOUS ? ` ${f2(r.ms.previous - r.ms.none)} |` : ''}`,
    ),
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
