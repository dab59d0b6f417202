// The five seed articles (../shared/seeds/), wrapped as simple pages, must all be recognised,
// with the situations they describe.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../scripts/node-dom/node-page';
import { seedAsHtml } from '../../scripts/node-dom/seed-page';
import { describe, expect, test } from 'vitest';
import { detect } from '../../knowledge/detect/index';
import { nodeDetectorSignals } from '../../knowledge/detect/lexicon';
import { rawTextMayMatch } from '../../knowledge/detect/classify';
import { rawTextInput } from '../../knowledge/detect/raw-text';

const SEEDS = path.resolve(import.meta.dirname, '../../../shared/seeds');
const signals = nodeDetectorSignals();

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const pages = new Map(seeds.map((f) => [f.slice(0, 3), seedAsHtml(readFileSync(path.join(SEEDS, f), 'utf8'))]));
const verdicts = new Map([...pages].map(([seed, html]) => [seed, detect(parsePage(html), signals).verdict]));

describe('the five seed articles', () => {
  test('are all there', () => {
    expect([...verdicts.keys()]).toEqual(['000', '001', '002', '003', '004']);
  });

  test.each([...verdicts.keys()])('seed %s matches, with contexts, causes and evidence', (seed) => {
    const v = verdicts.get(seed)!;
    console.log(`seed ${seed}: score ${v.score}, contexts [${v.contexts.join(', ')}], causes [${v.causes.slice(0, 5).join(', ')}…]`);
    expect(v.match).toBe(true);
    expect(v.contexts.length).toBeGreaterThan(0);
    expect(v.causes.length).toBeGreaterThan(0);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  test.each([...pages.keys()])('seed %s passes the background’s look at its raw text, so the reader is injected', (seed) => {
    const page = parsePage(pages.get(seed)!);
    expect(rawTextMayMatch(rawTextInput(page.title, page.body?.textContent ?? ''), signals)).toBe(true);
  });

  test('the stretching article is about stretching, the after-workout one about after exercise, the heel one about heel raises', () => {
    expect(verdicts.get('000')!.contexts).toContain('stretching');
    expect(verdicts.get('001')!.contexts).toContain('after-exercise');
    expect(verdicts.get('004')!.contexts).toContain('heel-raise');
  });
});
