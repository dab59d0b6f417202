// npm run bench:popup: how fast the toolbar popup shows its first screen, and how much it loads.
//
// - The built extension (STEADY_OUT_DIR, default .output) is loaded in headless Chromium, and
//   popup.html is opened LOADS times, each in a fresh page, in two states: no saved check (it
//   opens on step 1 of the self-check) and a saved check (it opens on the result, the heavier
//   render). Every page load is timed by the popup itself: the `steady:popup-render` measure,
//   from navigation start to the frame after the first real screen was committed (the saved
//   check has been read from storage and rendered). The very first load, a cold start of the
//   extension's pages, is included in the max. The last column starts at the popup module's
//   first line (`steady:popup-start`): Steady's own work, without loading and parsing.
// - Bundle: every script and stylesheet popup.html loads (its module, the chunks it preloads,
//   its CSS), each gzipped at level 9, summed.
// A benchmark, not a test: it prints figures for the README and never fails on a time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchExtension, type ExtensionSession } from '../tests/e2e/harness/extension';
import { extensionDir } from '../tests/e2e/harness/paths';
import { writeStorage } from '../tests/e2e/harness/storage';

const LOADS = Number(process.env.BENCH_LOADS ?? 25);
const MEASURE = 'steady:popup-render';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type Sample = { total: number; script: number };

async function renderTimes(session: ExtensionSession): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await session.openPopup();
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MEASURE, { timeout: 10_000 });
    samples.push(
      await page.evaluate((name) => {
        const total = performance.getEntriesByName(name)[0]!.duration;
        const start = performance.getEntriesByName('steady:popup-start')[0]?.startTime ?? 0;
        return { total, script: total - start };
      }, MEASURE),
    );
    await page.close();
  }
  return samples;
}

function bundle(dir: string): { files: { file: string; bytes: number; gzip: number }[]; bytes: number; gzip: number } {
  const html = readFileSync(path.join(dir, 'popup.html'), 'utf8');
  const refs = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\s[^>]*?(?:src|href)="([^"]+)"/g)) {
    const ref = match[1]!;
    if (/\.(?:js|css)$/.test(ref)) refs.add(ref.replace(/^\//, ''));
  }
  const files = [...refs].map((file) => {
    const content = readFileSync(path.join(dir, file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const session = await launchExtension();
try {
  const empty = await renderTimes(session);
  await writeStorage(session, 'local', {
    selfCheck: {
      answers: { when: ['after-exercise', 'stretching'], duration: 'days', factors: ['hard-workout', 'low-fluids'], flags: [] },
      savedAt: new Date().toISOString(),
    },
  });
  const saved = await renderTimes(session);
  const size = bundle(extensionDir());
  if (session.errors.length) console.error(`Console errors during the bench:\n${session.errors.join('\n')}`);

  const row = (name: string, samples: Sample[]) => {
    const total = samples.map((s) => s.total);
    const script = samples.map((s) => s.script);
    return `| ${name} | ${ms(median(total))} | ${ms(Math.max(...total))} | ${ms(median(script))} |`;
  };
  console.log(`Popup first render (${LOADS} fresh loads each, navigation start → first screen painted)`);
  console.log('| Opens on | median | max | median from module start |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(row('step 1 (no saved check)', empty));
  console.log(row('saved result', saved));
  console.log('');
  console.log(`Popup bundle: ${kb(size.gzip)} gzip (${kb(size.bytes)} raw), JS + CSS`);
  for (const f of size.files) console.log(`  ${f.file}: ${kb(f.gzip)} gzip (${kb(f.bytes)})`);
} finally {
  await session.close();
}
