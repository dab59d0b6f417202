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

  test('a root of many elements is read up to its budget of elements, scripts still left out', () => {
    const d = doc(`<div>${paragraphs(30)}<script>x()</script>${paragraphs(30, 'tail')}</div>`);
    const words = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} ${i}`).join('');
    // The 41st element (the div is the first) is the tenth tail paragraph: reading stops before it.
    expect(gateText(d, bodyOf(d), GATE_LIMITS.maxChars, 41)).toBe(words(30, 'plain') + words(9, 'tail'));
    expect(gateText(d, bodyOf(d), GATE_LIMITS.maxChars, 1_000)).toBe(words(30, 'plain') + words(30, 'tail'));
  });

  test('it stops at the character budget between scripts', () => {
    const long = 'x'.repeat(1_000);
    const html = Array.from({ length: 50 }, () => `<p>${long}</p><script>s()</script>`).join('');
    expect(read(html, 20_000)).toHaveLength(20_000);
  });

  test('past 64 scripts the rest is read in one piece, with its code, rather than not at all', () => {
    const html = `${'<p>a</p><script>s</script>'.repeat(70)}<p>end</p>`;
    expect(read(html)).toBe(`${'a'.repeat(64)}${'as'.repeat(6)}end`);
  });

  test('a budget that ends inside a skipped element reads nothing past it', () => {
    // linkedom parses a noscript's content as elements, so the budget can end inside one.
    const d = doc(`<p>shown</p><noscript>${paragraphs(20, 'hidden')}</noscript><p>after</p>`);
    expect(gateText(d, bodyOf(d), GATE_LIMITS.maxChars, 5)).toBe('shown');
  });
});

describe('the decision', () => {
  test('a shaking word near a body word passes; one far from any does not', () => {
    expect(readGate(page('Squats', '<p>My legs were shaking.</p>'), patterns).hit).toBe(true);
    const far = `<p>The ground was shaking.</p>${'<p>Nothing here at all, just words.</p>'.repeat(60)}<p>Stretch your calves.</p>`;
    expect(readGate(page('Notes', far), patterns).hit).toBe(false);
  });

  test('words that appear only inside a script do not pass', () => {
    const html =
      '<main><p>A recipe for banana bread, with walnuts, baked for an hour.</p>' +
      '<p>Mix and bake.</p>'.repeat(20) +
      '<script>track({"legs":"shaking","muscles":"trembling"})</script></main>';
    expect(readGate(page('Bread', html), patterns).hit).toBe(false);
  });

  test('a shaking passage past the budget is not looked at, one inside it is', () => {
    const filler = '<p>Notes on the weather and the garden, nothing more.</p>'.repeat(2_500);
    const passage = '<p>After squats my legs were shaking.</p>';
    expect(readGate(page('Diary', passage + filler), patterns).hit).toBe(true);
    expect(readGate(page('Diary', filler + passage), patterns).hit).toBe(false);
  });

  test('a page with no shaking word anywhere is answered by one read of the body, scripts included', () => {
    const html = '<main><p>Banana bread with walnuts.</p><script>track("bread")</script></main>';
    const d = page('Bread', html);
    expect(readGate(d, patterns)).toEqual({ hit: false, chars: d.body!.textContent!.length, root: null });
  });

  test('a shaking word in the title alone still gets the careful read', () => {
    expect(readGate(page('Why my legs shake', '<p>My legs, after squats, every time.</p>'), patterns).hit).toBe(true);
  });

  test('a page of more elements than the careful read looks at skips the unbounded read of its body', () => {
    const d = page('Diary', '<p>Notes on the weather and the garden, nothing more.</p>'.repeat(5_000));
    const { hit, chars } = readGate(d, patterns);
    expect(hit).toBe(false);
    expect(chars).toBeLessThan(d.body!.textContent!.length);
  });
});
