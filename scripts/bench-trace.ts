// npm run bench:trace [-- <fixture path, default tests/fixtures/demo/plain-recipe.html>]
// Where Steady's script time on one cold page load goes: a CDP trace of the load in a fresh
// renderer (a host of its own), with the main thread's script events that belong to Steady's
// content script summed by kind (compile, evaluate, function calls, microtasks, garbage
// collection), each with its total and count. Built from the production build (.output).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchExtension } from '../tests/e2e/harness/extension';
import { ROOT } from '../tests/e2e/harness/paths';
import { servePages } from '../tests/e2e/harness/server';

type TraceEvent = { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; frame?: string } } };

const file = path.resolve(ROOT, process.argv[2] ?? 'tests/fixtures/demo/plain-recipe.html');
const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline'].join(',');

async function main(): Promise<void> {
  const server = await servePages({ '/page.html': readFileSync(file, 'utf8') }, { anyLoopback: true });
  const session = await launchExtension();
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(`http://127.0.9.9:${new URL(server.origin).port}/page.html`, { waitUntil: 'load' });
  await page.waitForTimeout(1_500); // the detector at document_idle, and its first growth check at 1 s
  await cdp.send('Tracing.end');
  await done;
  await session.close();
  await server.close();

  const ours = (e: TraceEvent) => (e.args?.data?.url ?? '').startsWith('chrome-extension://');
  // The renderer's main thread: the thread of the page's own ParseHTML.
  const main = events.find((e) => e.name === 'ParseHTML');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const byName = new Map<string, { total: number; count: number }>();
  for (const e of onMain.filter(ours)) {
    // By kind and script: the look, the reader, the detector and the offer each pay their own.
    const key = `${e.name} ${path.basename(new URL(e.args!.data!.url!).pathname)}`;
    const entry = byName.get(key) ?? { total: 0, count: 0 };
    entry.total += e.dur! / 1000;
    entry.count += 1;
    byName.set(key, entry);
  }
  const scriptTotal = onMain
    .filter((e) => ['EvaluateScript', 'FunctionCall', 'v8.compile', 'RunMicrotasks', 'TimerFire'].includes(e.name))
    .reduce((sum, e) => sum + e.dur! / 1000, 0);
  console.log(`${path.relative(ROOT, file)}: main-thread script events of Steady's content script (ms; events overlap when nested)`);
  for (const [name, { total, count }] of [...byName].sort((a, b) => b[1].total - a[1].total)) {
    console.log(`  ${name.padEnd(36)} ${total.toFixed(3).padStart(8)}  ×${count}`);
  }
  console.log(`All script events on the page's main thread, page's own included: ${scriptTotal.toFixed(3)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
