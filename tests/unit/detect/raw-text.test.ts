// The background's judgement of a page's raw text (classify.ts, rawTextMayMatch), which decides
// whether the reader is injected at all: it must be an upper bound of the careful read, so every
// labelled page the detector matches passes it, and it must be worth its message, so it rules
// out most of the labelled pages that use a shaking word and are not about a body shaking.
import { describe, expect, test } from 'vitest';
import { rawTextMayMatch } from '@/knowledge/detect/classify';
import { rawTextInput } from '@/knowledge/detect/raw-text';
import { FIXTURE_SETS } from '@/scripts/bench-corpus';
import { doc, signals } from './helpers';
import { labelledPages, scorePages } from './labelled';

/** The raw text as the look has it in a browser: the title and the body's textContent. */
const rawOf = (html: string) => {
  const page = doc(html);
  return rawTextInput(page.title, page.body?.textContent ?? '');
};

describe('rawTextInput', () => {
  test('makes one block per non-empty line, in text order', () => {
    const input = rawTextInput('T', '\nLegs\n\n  shake after squats\nend');
    expect(input.blocks.map((b) => input.text.slice(b.start, b.end))).toEqual(['Legs', '  shake after squats', 'end']);
    expect(rawTextInput('T', '').blocks).toEqual([]);
  });
});

describe('rawTextMayMatch', () => {
  test('passes a page whose only tie of shaking to a body is in a heading, whatever the raw text’s blocks weigh', () => {
    const html = '<h2>Why my legs shake after a long run</h2><p>Runners ask this after races.</p>';
    expect(rawTextMayMatch(rawOf(html), signals)).toBe(true);
  });

  test('keeps twitch words on a page that names fibre types, which the raw text cannot place', () => {
    const html =
      '<nav>Fast-twitch fibres guide · Slow-twitch fibres guide</nav>' +
      '<p>My calf muscles have been twitching every evening this week after my runs.</p>';
    expect(rawTextMayMatch(rawOf(html), signals)).toBe(true);
  });

  test('rules out a page whose shaking words are never about a body', () => {
    expect(rawTextMayMatch(rawOf('<p>Shake the dressing in a jar, then pour it over the salad.</p>'), signals)).toBe(false);
  });

  const sets = FIXTURE_SETS.map((set) => ({ set, scored: scorePages(labelledPages(set)) }));

  test.each(sets)('tests/fixtures/$set: every page the detector matches passes', ({ scored }) => {
    const lost = scored.filter((s) => s.verdict.match && !rawTextMayMatch(rawOf(s.page.html), signals)).map((s) => s.page.name);
    expect(lost).toEqual([]);
  });

  test('over all labelled sets, it rules out most negatives that use a shaking word', () => {
    // The look's own pattern: these are the pages whose look sends the raw text.
    const gate = new RegExp(signals.gate, 'i');
    const negatives = sets.flatMap(({ scored }) => scored.filter((s) => !s.page.positive)).map((s) => rawOf(s.page.html));
    const withWord = negatives.filter((input) => gate.test(input.title) || gate.test(input.text));
    const ruledOut = withWord.filter((input) => !rawTextMayMatch(input, signals)).length;
    console.log(`raw text rules out ${ruledOut} of ${withWord.length} negatives with a shaking word (${negatives.length} negatives)`);
    // Measured 0.74 (274 of 371) when it was written; below 0.6 the message would rarely spare the reader.
    expect(ruledOut / withWord.length).toBeGreaterThan(0.6);
  });
});
