// The first look (gate.ts): what text it reads, and that it stops at its budget. The browser's
// Range does the same reading in tests/e2e/gate-text.test.ts, against these Node results.
import { describe, expect, test } from 'vitest';
import { GATE_LIMITS, gatePatterns, gateText, readGate, type GateDocument } from '@/knowledge/detect/gate';
import { doc, page, signals } from './helpers';

const patterns = gatePatterns(signals);
const bodyOf = (d: GateDocument) => d.body!;
const read = (html: string, max = GATE_LIMITS.maxChars) => {
  const d = doc(html);
  return gateText(d, bodyOf(d), max);
};
const paragraphs = (n: number, word = 'plain') => Array.from({ length: n }, (_, i) => `<p>${word} ${i}</p>`).join('');

describe('what the look reads', () => {
  test('a small root without scripts: its whole text', () => {
    expect(read('<h1>Squats</h1><p>Legs <b>shake</b> after.</p>')).toBe('SquatsLegs shake after.');
  });

  test('scripts, styles and noscripts anywhere inside are left out, and the text around them kept', () => {
    const html =
      '<div>before <script>var legs = "shaking";</script>middle<div><style>.legs{}</style><p>inside</p>' +
      '<noscript><p>enable scripts</p></noscript></div> after</div><script>{"json":"shake"}</script>';
    expect(read(html)).toBe('before middleinside after');
  });

  test('a root of many elements is read in stretches, the same text as in one piece', () => {
    const html = `<div>${paragraphs(1_700)}<script>x()</script>${paragraphs(300, 'tail')}</div>`;
    const text = read(html);
    expect(text).toBe(Array.from({ length: 1_700 }, (_, i) => `plain ${i}`).join('') + Array.from({ length: 300 }, (_, i) => `tail ${i}`).join(''));
  });

  test('it stops after the stretch that fills the budget, and never reads much past it', () => {
    const long = 'x'.repeat(40);
    const html = Array.from({ length: 5_000 }, () => `<p>${long}</p>`).join('');
    const text = read(html, 20_000);
    expect(text.length).toBeGreaterThanOrEqual(20_000);
    // One stretch is 500 elements of 40 characters.
    expect(text.length).toBeLessThanOrEqual(20_000 + 500 * 40);
  });

  test('a stretch boundary inside a skipped element is no boundary', () => {
    // linkedom parses a noscript's content as elements, so a stretch can end inside one.
    const html = `<noscript>${paragraphs(600, 'hidden')}</noscript><p>shown</p>`;
    expect(read(html)).toBe('shown');
  });
});

describe('the decision', () => {
  test('a shaking word near a body word passes; one far from any does not', () => {
    expect(readGate(page('Squats', '<p>My legs were shaking.</p>'), patterns).hit).toBe(true);
    const far = `<p>The ground was shaking.</p>${'<p>Nothing here at all, just words.</p>'.repeat(60)}<p>Stretch your calves.</p>`;
    expect(readGate(page('Notes', far), patterns).hit).toBe(false);
  });

  test('words that appear only inside a script do not pass', () => {
    const html = '<main><p>A recipe for banana bread, with walnuts, baked for an hour.</p>' + '<p>Mix and bake.</p>'.repeat(20) +
      '<script>track({"legs":"shaking","muscles":"trembling"})</script></main>';
    expect(readGate(page('Bread', html), patterns).hit).toBe(false);
  });

  test('a shaking passage past the budget is not looked at, one inside it is', () => {
    const filler = '<p>Notes on the weather and the garden, nothing more.</p>'.repeat(2_500);
    const passage = '<p>After squats my legs were shaking.</p>';
    expect(readGate(page('Diary', passage + filler), patterns).hit).toBe(true);
    expect(readGate(page('Diary', filler + passage), patterns).hit).toBe(false);
  });
});
