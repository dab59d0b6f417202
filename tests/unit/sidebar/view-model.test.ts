// What the sidebar says for a page, worked out from a verdict, the knowledge base and a saved
// self-check: the content a reader sees, checked without a browser.
import { describe, expect, test } from 'vitest';
import { kb } from '@/knowledge/index';
import type { Verdict } from '@/knowledge/detect/verdict';
import { urgencyRank } from '@/knowledge/vocabulary';
import { sidebarView, type SavedSelfCheck } from '@/components/sidebar/view-model';

const stretching: Verdict = {
  match: true,
  score: 0.9,
  contexts: ['stretching'],
  causes: ['poor-flexibility', 'muscle-fatigue'],
  evidence: [{ text: 'My hamstrings quiver when I hold the stretch.', section: 'Why do legs shake?', block: 3 }],
};

describe('a matching stretching article', () => {
  const view = sidebarView(stretching, null, 'en-GB');

  test('says what the article is about in the knowledge base’s words', () => {
    expect(view.about).toBe('This article is about muscles shaking during stretching.');
    expect(view.matched).toBe(true);
    expect(view.personal).toBeUndefined();
  });

  test('shows three to six causes, warm-up or flexibility among the first three, each with 1–3 tips', () => {
    expect(view.causes.length).toBeGreaterThanOrEqual(3);
    expect(view.causes.length).toBeLessThanOrEqual(6);
    const firstThree = view.causes.slice(0, 3).map((c) => c.cause.id);
    expect(firstThree).toContain('poor-flexibility');
    expect(firstThree).toContain('insufficient-warm-up');
    for (const c of view.causes) {
      expect(c.tips.length).toBeGreaterThanOrEqual(1);
      expect(c.tips.length).toBeLessThanOrEqual(3);
      expect(c.why.length).toBeGreaterThan(0);
    }
    expect(view.causes[0]!.why).toContain('The article discusses it');
  });

  test('keeps the evidence quotes as the detector gave them', () => {
    expect(view.evidence).toEqual(stretching.evidence);
  });

  test('lists every red flag, most urgent first', () => {
    expect(view.redFlags.map((f) => f.id).sort()).toEqual(kb.redFlags.map((f) => f.id).sort());
    const ranks = view.redFlags.map((f) => urgencyRank(f.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test('cites the sources behind what it shows, seed articles first, each once', () => {
    const ids = view.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('seed-stretching');
    const firstOutside = view.sources.findIndex((s) => s.kind === 'outside');
    expect(firstOutside).toBeGreaterThan(0);
    expect(view.sources.slice(firstOutside).every((s) => s.kind === 'outside')).toBe(true);
    for (const c of view.causes) for (const s of c.cause.sources) expect(ids).toContain(s);
    for (const f of view.redFlags) for (const s of f.sources) expect(ids).toContain(s);
  });
});

describe('with a saved self-check', () => {
  const saved: SavedSelfCheck = {
    answers: { when: ['after-exercise'], duration: 'days', factors: ['skipped-meal'], flags: [] },
    savedAt: '2025-05-03T09:30:00.000Z',
  };

  test('says openly that the ranking used it, with its date', () => {
    expect(sidebarView(stretching, saved, 'en-GB').personal).toBe('Ranked using your self-check from 3 May 2025.');
  });

  test('moves the causes that fit the person up', () => {
    const after: Verdict = { ...stretching, contexts: ['after-exercise'], causes: [] };
    expect(sidebarView(after, null).causes[0]!.cause.id).toBe('muscle-fatigue');
    const mine = sidebarView(after, saved).causes[0]!;
    expect(mine.cause.id).toBe('energy-depletion');
    expect(mine.why).toContain('Fits your self-check answers');
  });
});

describe('a page that did not match', () => {
  test('says so, shows common everyday causes and still every red flag', () => {
    for (const verdict of [undefined, { match: false, score: 0.1, contexts: [], causes: [], evidence: [] } satisfies Verdict]) {
      const view = sidebarView(verdict, null);
      expect(view.matched).toBe(false);
      expect(view.about).toMatch(/did not find an article about shaking muscles/);
      expect(view.causes.length).toBe(3);
      expect(view.causes.every((c) => c.cause.kind !== 'medical-condition')).toBe(true);
      expect(view.evidence).toEqual([]);
      expect(view.redFlags.length).toBe(kb.redFlags.length);
    }
  });
});
