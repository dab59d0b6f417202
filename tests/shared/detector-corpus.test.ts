// The 130 real pages of ../shared/corpus/readability/ are none of them about a person's
// muscles shaking; a few use the words in other senses. The detector must match none.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../scripts/node-dom/node-page';
import { expect, test } from 'vitest';
import { classify } from '../../knowledge/detect/classify';
import { gatePatterns } from '../../knowledge/detect/gate';
import { detect, readMainIfNear } from '../../knowledge/detect/index';
import { nodeDetectorSignals } from '../../knowledge/detect/lexicon';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus/readability');
const signals = nodeDetectorSignals();

test('no page of the real-page corpus matches', () => {
  const pages = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .sort();
  expect(pages.length).toBeGreaterThanOrEqual(130);
  const results = pages.map((f) => {
    return { f, detection: detect(parsePage(readFileSync(path.join(CORPUS, f), 'utf8')), signals) };
  });
  const classified = results.filter((r) => r.detection.explain);
  const highest = [...results].sort((a, b) => b.detection.verdict.score - a.detection.verdict.score).slice(0, 5);
  console.log(
    `corpus: ${pages.length} pages, ${classified.length} past the gate, ` +
      `${results.filter((r) => r.detection.verdict.match).length} matches; highest scores: ` +
      highest.map((r) => `${r.f} ${r.detection.verdict.score}`).join(', '),
  );
  expect(results.filter((r) => r.detection.verdict.match).map((r) => r.f)).toEqual([]);
});

// The detector's first check after the every-page look reads the main content once and looks
// over what it read (readMainIfNear): on the real pages too, no match that way either.
test('no page of the real-page corpus matches when the first check reads once, then looks', () => {
  const patterns = gatePatterns(signals);
  const gate = new RegExp(signals.gate, 'i');
  const withAWord = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ f, html: readFileSync(path.join(CORPUS, f), 'utf8') }))
    .filter((p) => gate.test(p.html));
  expect(withAWord.length).toBeGreaterThan(5);
  const matches = withAWord.filter((p) => {
    const page = readMainIfNear(parsePage(p.html), patterns);
    return page !== null && classify(page, signals).verdict.match;
  });
  expect(matches.map((p) => p.f)).toEqual([]);
});
