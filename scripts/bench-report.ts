// The bench's figures: a row per page, the medians and maxima over pages, the ratios against
// the references measured in the same run, and the issue's targets beside them. Printed, and
// written to bench-output/bench.md and bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median } from './bench-stats';

export type Row = {
  page: string;
  bytes: number;
  nodes: number;
  match: boolean;
  /** Steady's steady:detect on a fresh load, median of the loads. */
  first: number | null;
  /** The reference content script's first run (bench-reference.ts), median of its loads. */
  naiveFirst: number | null;
  /** Setting up the watcher for route changes and late content (steady:watch), median of the loads. */
  watch: number | null;
  detector: number;
  detectorMax: number;
  /** Median time of the classification, for pages that get that far (it runs in the background). */
  classify: number | null;
  readerable: number;
  naive: number;
  longTasks: number;
};

export type RunInfo = { bundleGzip: number; chromiumVersion: string; loadAverage: string; loads: number; runs: number; out: string };

const ms = (v: number | null) => (v === null ? 'n/a' : v.toFixed(3));
const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
const bundle = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB (${bytes} B)`;
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

export function report(rows: Row[], run: RunInfo): void {
  const firsts = present(rows.map((r) => r.first));
  const naiveFirsts = present(rows.map((r) => r.naiveFirst));
  const watches = present(rows.map((r) => r.watch));
  const totals = present(rows.map((r) => (r.first === null ? null : r.first + (r.watch ?? 0))));
  const classified = present(rows.map((r) => r.classify));
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
    watchMedian: watches.length ? median(watches) : null,
    watchMax: watches.length ? Math.max(...watches) : null,
    totalMedian: totals.length ? median(totals) : null,
    totalMax: totals.length ? Math.max(...totals) : null,
    naiveFirstMedian: naiveFirsts.length ? median(naiveFirsts) : null,
    naiveFirstMax: naiveFirsts.length ? Math.max(...naiveFirsts) : null,
    longTasks: rows.reduce((n, r) => n + r.longTasks, 0),
    classified: classified.length,
    classifyMedian: classified.length ? median(classified) : null,
    classifyMax: classified.length ? Math.max(...classified) : null,
    matches: rows.filter((r) => r.match).map((r) => r.page),
  };
  const ratio = summary.detectorMedian / summary.readerableMedian;
  const firstRatio = summary.firstMedian !== null && summary.naiveFirstMedian ? summary.firstMedian / summary.naiveFirstMedian : null;
  const lines: string[] = [];
  lines.push(
    `Steady detector benchmark: ${rows.length} pages; first run = median over ${run.loads} fresh loads ` +
      `of the content script's steady:detect (and of the reference content script's naive scan, in a ` +
      `second browser, loads taking turns); repeated = median of ${run.runs} runs in the page; ` +
      `Chromium ${run.chromiumVersion}, headless; load average at the start ${run.loadAverage}`,
  );
  lines.push('');
  const columns = [
    'page',
    'bytes',
    'elements',
    'match',
    'detector first (ms)',
    'watcher set-up (ms)',
    'naive content script first (ms)',
    'detector median (ms)',
    'readerable median (ms)',
    'naive median (ms)',
    'classify median (background, ms)',
  ];
  lines.push(`| ${columns.join(' | ')} |`);
  lines.push('|---|---:|---:|:---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const cells = [r.page, r.bytes, r.nodes, r.match ? 'yes' : '', ms(r.first), ms(r.watch), ms(r.naiveFirst)];
    cells.push(ms(r.detector), ms(r.readerable), ms(r.naive), r.classify === null ? '' : ms(r.classify));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('');
  lines.push('| | median over pages (ms) | max over pages (ms) |');
  lines.push('|---|---:|---:|');
  lines.push(`| detector, first run (steady:detect) | ${ms(summary.firstMedian)} | ${ms(summary.firstMax)} |`);
  lines.push(`| watcher set-up, first check (steady:watch) | ${ms(summary.watchMedian)} | ${ms(summary.watchMax)} |`);
  lines.push(`| detector and watcher, first run | ${ms(summary.totalMedian)} | ${ms(summary.totalMax)} |`);
  lines.push(`| naive scan as a content script, first run (reference) | ${ms(summary.naiveFirstMedian)} | ${ms(summary.naiveFirstMax)} |`);
  lines.push(`| detector, repeated | ${ms(summary.detectorMedian)} | ${ms(summary.detectorMax)} |`);
  lines.push(`| isProbablyReaderable, repeated | ${ms(summary.readerableMedian)} | ${ms(summary.readerableMax)} |`);
  lines.push(`| naive textContent + pattern, repeated | ${ms(summary.naiveMedian)} | ${ms(summary.naiveMax)} |`);
  lines.push('');
  lines.push(`- repeated: detector median / isProbablyReaderable median: ${ratio.toFixed(2)}x (target ≤ 3x: ${met(ratio <= 3)})`);
  lines.push(`- repeated: detector median / naive median: ${(summary.detectorMedian / summary.naiveMedian).toFixed(2)}x`);
  lines.push(
    `- repeated: detector, max of per-page medians: ${ms(summary.detectorMax)} ms ` +
      `(target < 2 ms: ${met(summary.detectorMax < 2)}); slowest single run: ${ms(summary.detectorWorstSingleRun)} ms`,
  );
  lines.push(
    `- first run: detector median ${ms(summary.firstMedian)} ms (target ≤ 0.5: ${met((summary.firstMedian ?? Infinity) <= 0.5)}), ` +
      `max ${ms(summary.firstMax)} ms (target ≤ 4: ${met((summary.firstMax ?? Infinity) <= 4)}); ` +
      `pages without a measure: ${summary.firstMissing}`,
  );
  lines.push(
    `- first run: the reference naive content script, same pages, same time: ` +
      `median ${ms(summary.naiveFirstMedian)} ms, max ${ms(summary.naiveFirstMax)} ms; ` +
      `detector / reference medians: ${firstRatio === null ? 'n/a' : `${firstRatio.toFixed(2)}x`}`,
  );
  lines.push(`- long tasks (≥ 50 ms) overlapping the detector: ${summary.longTasks}`);
  lines.push(
    `- classification (in the background, not in the page; timed here in the page for reference) on the ` +
      `${summary.classified} pages that reach it: median ${ms(summary.classifyMedian)} ms, max ${ms(summary.classifyMax)} ms`,
  );
  lines.push(`- look.js (the every-page script): ${bundle(run.bundleGzip)} gzip (target ≤ 2 KB: ${met(run.bundleGzip <= 2 * 1024)})`);
  lines.push(`- pages the detector matched: ${summary.matches.length} (${summary.matches.join(', ') || 'none'})`);
  const text = lines.join('\n');
  console.log(text);
  mkdirSync(run.out, { recursive: true });
  writeFileSync(path.join(run.out, 'bench.md'), `# ${text}\n`);
  writeFileSync(path.join(run.out, 'bench.json'), `${JSON.stringify({ summary, rows, bundleGzip: run.bundleGzip }, null, 2)}\n`);
}
