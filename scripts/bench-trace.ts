// npm run bench:trace [-- <fixture path, default tests/fixtures/demo/plain-recipe.html>]
// Where Steady's script time on a cold page load goes: a CDP trace of each load in a fresh
// renderer (a host of its own), with the main thread's script events that belong to the
// extension's content scripts summed by kind and script (compile, evaluate, function calls), each
// with its median over the loads and its count in a load. Built from the production build
// (.output). STEADY_TRACE_LOADS loads the page that many times (5 by default);
// STEADY_TRACE_NAIVE=1 traces the naive reference scan of `npm run bench` instead, to compare;
// STEADY_TRACE_DIR=<unpacked extension folder> traces that build (an older one, a variant).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchExtension } from '../tests/e2e/harness/extension';
import { ROOT } from '../tests/e2e/harness/paths';
import { servePages } from '../tests/e2e/harness/server';
import { writeBenchExtensions } from './bench-extensions';
import { median } from './bench-stats';

type TraceEvent = { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; frame?: string } } };

const file = path.resolve(ROOT, process.argv[2] ?? 'tests/fixtures/demo/plain-recipe.html');
const LOADS = Number(process.env.STEADY_TRACE_LOADS ?? 5);
const NAIVE = process.env.STEADY_TRACE_NAIVE === '1';
const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline'].join(',');
const SCRIPT_EVENTS = ['EvaluateScript', 'FunctionCall', 'v8.compile', 'RunMicrotasks', 'TimerFire'];

/** One cold load's main-thread events of the extension's scripts, in ms by kind and script, and all script events. */
async function traceOnce(load: number, port: string, dir: string | undefined): Promise<{ ours: Map<string, number>; all: number }> {
  const session = await launchExtension({ dir });
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(`http://127.0.9.${1 + (load % 250)}:${port}/page.html`, { waitUntil: 'load' });
  await page.waitForTimeout(1_500); // the scripts at document_idle, and the look's first growth check at 1 s
  await cdp.send('Tracing.end');
  await done;
  await session.close();

  // The renderer's main thread: the thread of the page's own ParseHTML.
  const main = events.find((e) => e.name === 'ParseHTML');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const ours = new Map<string, number>();
  for (const e of onMain.filter((x) => (x.args?.data?.url ?? '').startsWith('chrome-extension://'))) {
    // By kind and script: the look, the reader, the detector and the offer each pay their own.
    const key = `${e.name} ${path.basename(new URL(e.args!.data!.url!).pathname)}`;
    ours.set(key, (ours.get(key) ?? 0) + e.dur! / 1000);
  }
  const all = onMain.filter((e) => SCRIPT_EVENTS.includes(e.name)).reduce((sum, e) => sum + e.dur! / 1000, 0);
  return { ours, all };
}

async function main(): Promise<void> {
  const server = await servePages({ '/page.html': readFileSync(file, 'utf8') }, { anyLoopback: true });
  const port = new URL(server.origin).port;
  const dir = NAIVE ? writeBenchExtensions(path.join(ROOT, 'bench-output')).naive : process.env.STEADY_TRACE_DIR;
  const loads: Awaited<ReturnType<typeof traceOnce>>[] = [];
  for (let i = 0; i < LOADS; i++) loads.push(await traceOnce(i, port, dir));
  await server.close();

  const keys = [...new Set(loads.flatMap((l) => [...l.ours.keys()]))];
  const rows = keys.map((key) => ({ key, ms: median(loads.map((l) => l.ours.get(key) ?? 0)) })).sort((a, b) => b.ms - a.ms);
  const who = NAIVE ? 'the naive reference scan' : "Steady's content scripts";
  console.log(`${path.relative(ROOT, file)}: main-thread script events of ${who}, median of ${LOADS} cold loads`);
  console.log('(ms; nested events overlap)');
  for (const { key, ms } of rows) console.log(`  ${key.padEnd(36)} ${ms.toFixed(3).padStart(8)}`);
  console.log(`All script events on the page's main thread, page's own included: median ${median(loads.map((l) => l.all)).toFixed(3)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
