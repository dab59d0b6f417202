// The detector's first check after the every-page look reads the main content once and runs the
// careful look over what it read (readMainIfNear), instead of a careful look over the page's prose
// and then the read. Only the main content is classified, so the two must decide alike: here on
// every labelled page, positive and negative, and on the hostile and demo pages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { classify } from '@/knowledge/detect/classify';
import { detect, readMainIfNear } from '@/knowledge/detect/index';
import { gatePatterns } from '@/knowledge/detect/gate';
import { nodeDetectorSignals } from '@/knowledge/detect/lexicon';
import { NO_MATCH } from '@/knowledge/detect/verdict';
import { parsePage } from '../../../scripts/node-dom/node-page';
import { FIXTURES } from './labelled';

const signals = nodeDetectorSignals();
const patterns = gatePatterns(signals);
const GATE = new RegExp(signals.gate, 'i');

/** Every fixture page whose title or text holds a word the every-page look stops at. */
function pagesWithAWord(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return pagesWithAWord(file);
    return e.name.endsWith('.html') && GATE.test(readFileSync(file, 'utf8')) ? [file] : [];
  });
}

const pages = pagesWithAWord(FIXTURES);

describe('read once, then look', () => {
  test('there are pages of every kind to compare', () => {
    expect(pages.length).toBeGreaterThan(400);
  });

  test('decides as the careful look and the read did, on every fixture page with a shaking word', () => {
    const differ = pages.filter((file) => {
      const html = readFileSync(file, 'utf8');
      const before = detect(parsePage(html), signals).verdict;
      const page = readMainIfNear(parsePage(html), patterns);
      const after = page ? classify(page, signals).verdict : NO_MATCH;
      return before.match !== after.match || before.contexts.join() !== after.contexts.join();
    });
    expect(differ.map((f) => path.relative(FIXTURES, f))).toEqual([]);
  });

  test('sent without the look (the background holds the raw text), the read gets the same verdicts', () => {
    // The classifier never matches a read the careful look turns down, so it may decide alone.
    let turnedDown = 0;
    const differ = pages.filter((file) => {
      const html = readFileSync(file, 'utf8');
      const looked = readMainIfNear(parsePage(html), patterns);
      if (!looked) turnedDown++;
      const before = looked ? classify(looked, signals).verdict : NO_MATCH;
      const after = classify(readMainIfNear(parsePage(html), null)!, signals).verdict;
      return before.match !== after.match || before.contexts.join() !== after.contexts.join();
    });
    expect(differ.map((f) => path.relative(FIXTURES, f))).toEqual([]);
    // Pages the look turns down are there to compare: over a hundred when this was written.
    expect(turnedDown).toBeGreaterThan(50);
  });
});
