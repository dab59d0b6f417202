// npm run --silent classify -- [--explain] <file.html|folder>...
// Runs the detector's extraction and decision on saved pages (parsed with linkedom) and prints
// one JSON line per file: {"file","match","score","contexts","causes","evidence"}.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from './node-dom/node-page';
import { detect } from '../knowledge/detect/index';
import { nodeDetectorSignals } from '../knowledge/detect/lexicon';

function htmlFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? htmlFiles(path.join(target, e.name)) : e.name.endsWith('.html') ? [path.join(target, e.name)] : []))
    .sort();
}

const args = process.argv.slice(2);
const explain = args.includes('--explain');
const targets = args.filter((a) => a !== '--explain');
if (targets.length === 0) {
  console.error('usage: npm run --silent classify -- <file.html|folder>...');
  process.exit(2);
}
const signals = nodeDetectorSignals();
let failed = false;
for (const file of targets.flatMap(htmlFiles)) {
  try {
    const detection = detect(parsePage(readFileSync(file, 'utf8')), signals);
    const extra = explain ? { explain: detection.explain ?? null, work: detection.work } : {};
    console.log(JSON.stringify({ file, ...detection.verdict, ...extra }));
  } catch (error) {
    failed = true;
    console.error(`${file}: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
