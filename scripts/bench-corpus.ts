// The pages the benchmarks load: the real-page corpus beside the checkout (../shared, when it
// is there) and every labelled page we wrote (tests/fixtures: pages, unseen, held-out, blind).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../tests/e2e/harness/paths';

export type BenchPage = { route: string; file: string; html: string };

export const CORPUS = path.resolve(ROOT, '../shared/corpus/readability');
export const FIXTURE_SETS = [
  'pages',
  'unseen',
  'held-out',
  'blind',
  'blind-2',
  'blind-3',
  'blind-4',
  'blind-5',
  'blind-6',
  'blind-7',
  'blind-8',
  'blind-9',
  'blind-10',
  'blind-11',
  'blind-12',
  'blind-13',
];

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

export function benchPages(): BenchPage[] {
  const found = [
    ...pagesIn(CORPUS, 'corpus/'),
    ...FIXTURE_SETS.flatMap((set) => pagesIn(path.resolve(ROOT, 'tests/fixtures', set), `fixtures/${set}/`)),
  ];
  if (found.length === 0) throw new Error(`no pages found in ${CORPUS} or tests/fixtures`);
  return found.map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
}
