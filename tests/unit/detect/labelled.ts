// Labelled pages (tests/fixtures/pages and tests/fixtures/unseen): each file says what it proves;
// positives list the situations they describe, the page's main one first. Read here once for
// the tests that score the detector on them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detect } from '@/knowledge/detect/index';
import type { Verdict } from '@/knowledge/detect/verdict';
import { doc, signals } from './helpers';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

export type Labelled = { name: string; positive: boolean; proves: string; contexts: string[]; causes: string[]; html: string };
export type Scored = { page: Labelled; verdict: Verdict };

function comment(html: string, key: string): string | undefined {
  const start = html.indexOf(`<!-- ${key}:`);
  if (start < 0) return undefined;
  const end = html.indexOf('-->', start);
  return html.slice(start + key.length + 6, end).trim();
}
const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The pages of `set` (a folder of tests/fixtures with positive/ and negative/), by name. */
export function labelledPages(set: string): Labelled[] {
  return (['positive', 'negative'] as const).flatMap((kind) =>
    readdirSync(path.join(FIXTURES, set, kind))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((name) => {
        const html = readFileSync(path.join(FIXTURES, set, kind, name), 'utf8');
        return {
          name: `${kind}/${name}`,
          positive: kind === 'positive',
          proves: comment(html, 'proves') ?? '',
          contexts: list(comment(html, 'expect-contexts')),
          causes: list(comment(html, 'expect-causes')),
          html,
        };
      }),
  );
}

export function scorePages(pages: readonly Labelled[]): Scored[] {
  return pages.map((page) => ({ page, verdict: detect(doc(page.html), signals).verdict }));
}

export type Figures = {
  precision: number;
  recall: number;
  /** Of the matching positives, the share whose named situation (the first context, the one the
   *  offer and sidebar say) is one the page is labelled with. */
  situation: number;
  falsePositives: string[];
  falseNegatives: string[];
  wrongSituation: string[];
};

export function figures(results: readonly Scored[]): Figures {
  const tp = results.filter((r) => r.page.positive && r.verdict.match);
  const fp = results.filter((r) => !r.page.positive && r.verdict.match);
  const fn = results.filter((r) => r.page.positive && !r.verdict.match);
  const wrong = tp.filter((r) => r.page.contexts.length > 0 && !r.page.contexts.includes(r.verdict.contexts[0] ?? ''));
  return {
    precision: tp.length / Math.max(1, tp.length + fp.length),
    recall: tp.length / Math.max(1, tp.length + fn.length),
    situation: (tp.length - wrong.length) / Math.max(1, tp.length),
    falsePositives: fp.map((r) => r.page.name),
    falseNegatives: fn.map((r) => r.page.name),
    wrongSituation: wrong.map((r) => `${r.page.name}: labelled [${r.page.contexts.join(', ')}], named ${r.verdict.contexts[0] ?? 'none'}`),
  };
}

/** One paragraph for the test log. */
export function describeFigures(what: string, results: readonly Scored[], f: Figures): string {
  const tp = results.filter((r) => r.page.positive && r.verdict.match).length;
  return [
    `${what}: ${results.length} pages; precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}, ` +
      `situation ${(f.situation * 100).toFixed(1)}% of ${tp} matches`,
    ...(f.falsePositives.length ? [`  false positives: ${f.falsePositives.join(', ')}`] : []),
    ...(f.falseNegatives.length ? [`  false negatives: ${f.falseNegatives.join(', ')}`] : []),
    ...f.wrongSituation.map((w) => `  situation: ${w}`),
  ].join('\n');
}
