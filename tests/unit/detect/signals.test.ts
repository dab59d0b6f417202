// The detector lexicon is data, and is checked like code: valid, no duplicates, every shaking
// phrase reachable through the gate, every situation of the shared vocabulary covered.
import { describe, expect, test } from 'vitest';
import raw from '@/knowledge/data/detector-lexicon.json';
import { kb } from '@/knowledge/index';
import { DetectorLexicon } from '@/knowledge/detect/lexicon-schema';
import { buildDetectorSignals, KIND } from '@/knowledge/detect/signals';
import { gatePatterns } from '@/knowledge/detect/gate';
import { findPhrases, phraseIndex } from '@/knowledge/detect/phrases';
import { CONTEXTS } from '@/knowledge/vocabulary';
import { lexiconProblems } from '@/knowledge/detect/lexicon';
import { validateKnowledge } from '@/knowledge/validate';

const lexicon = DetectorLexicon.parse(raw);
const signals = buildDetectorSignals(kb.causes, lexicon);

describe('detector lexicon', () => {
  test('matches its schema', () => {
    expect(DetectorLexicon.safeParse(raw).success).toBe(true);
  });

  test('the schema rejects what the matcher cannot read', () => {
    const bad = (patch: object) => DetectorLexicon.safeParse({ ...lexicon, ...patch }).success;
    expect(bad({ shaking: ['Shaking'] })).toBe(false);
    expect(bad({ shaking: ['sh*'] })).toBe(false);
    expect(bad({ shaking: ['shak(e|ing)'] })).toBe(false);
    expect(bad({ contexts: { stretching: ['stretch'] } })).toBe(false);
    expect(bad({ extra: [] })).toBe(false);
    // A lone * is any one word, but not a phrase's first: the gate and the lookup need its letters.
    expect(bad({ shaking: ['* shake'] })).toBe(false);
    expect(bad({ contexts: { ...lexicon.contexts, 'after-exercise': ['after * race'] } })).toBe(true);
  });

  test('is checked with the knowledge base, and a broken entry is named', () => {
    expect(validateKnowledge().ok).toBe(true);
    expect(lexiconProblems()).toEqual([]);
    const broken = { ...lexicon, shaking: [...lexicon.shaking, 'Shaking!'] };
    expect(lexiconProblems(broken)).toEqual([
      { file: 'detector-lexicon.json', entry: 'shaking: "Shaking!"', problem: expect.stringContaining('lowercase') },
    ]);
    expect((raw as { $schema?: string }).$schema).toBe('../json-schema/detector-lexicon.schema.json');
  });

  test('no list repeats a phrase', () => {
    const lists: [string, string[]][] = [
      ['shaking', lexicon.shaking],
      ['shakingAndBody', lexicon.shakingAndBody],
      ['notShaking', lexicon.notShaking],
      ['cancelsShaking', lexicon.cancelsShaking],
      ['body', lexicon.body],
      ['notBody', lexicon.notBody],
      ['gear', lexicon.gear],
      ['fitness', lexicon.fitness],
      ...lexicon.offTopic.map((g): [string, string[]] => [g.id, g.words]),
      ...Object.entries(lexicon.contexts),
    ];
    for (const [name, list] of lists) {
      const seen = new Set<string>();
      const repeated = list.filter((p) => seen.size === seen.add(p).size);
      expect(repeated, name).toEqual([]);
    }
  });

  test('every situation of the shared vocabulary has cues', () => {
    expect(Object.keys(lexicon.contexts).sort()).toEqual([...CONTEXTS].sort());
  });

  test('every phrase that cancels a shaking word contains one', () => {
    // Two words (either may end in *) can stand for the same word of a page.
    const overlap = (a: string, b: string) => {
      const [sa, sb] = [a.replace('*', ''), b.replace('*', '')];
      if (a.endsWith('*') && b.endsWith('*')) return sa.startsWith(sb) || sb.startsWith(sa);
      if (a.endsWith('*')) return sb.startsWith(sa);
      if (b.endsWith('*')) return sa.startsWith(sb);
      return a === b;
    };
    const shakingWords = lexicon.shaking.filter((p) => !p.includes(' '));
    const without = lexicon.notShaking.filter((p) => !p.split(/[ -]/).some((w) => shakingWords.some((s) => overlap(w, s))));
    expect(without).toEqual([]);
    expect(gatePatterns(signals).shaking.test('a protein shake')).toBe(true);
  });
});

describe('phrases', () => {
  test('a lone * in a phrase stands for exactly one word', () => {
    const index = phraseIndex({ gate: 'after', body: '', groups: [[KIND.context, 'after-exercise', 'after * race']] });
    const found = (text: string) => {
      let n = 0;
      findPhrases(index, text.split(' '), () => n++);
      return n;
    };
    expect(found('after my race')).toBe(1);
    expect(found('sore after a race')).toBe(1);
    expect(found('after race day')).toBe(0);
    expect(found('after a long race')).toBe(0);
  });
});

describe('signals', () => {
  test('the gate is letters joined by |, and every shaking phrase begins with one of its stems', () => {
    expect(signals.gate).toMatch(/^[a-z']+(?:\|[a-z']+)*$/);
    const stems = signals.gate.split('|');
    for (const phrase of [...lexicon.shaking, ...lexicon.shakingAndBody]) {
      expect(
        stems.some((s) => phrase.startsWith(s)),
        phrase,
      ).toBe(true);
    }
  });

  test('the body pattern finds each body phrase’s first word as a word, not inside other words', () => {
    expect(signals.body).toMatch(/^\(\?<!\[a-z\]\)\(\?:[a-z'|()?![\]-]+\)$/);
    const body = new RegExp(signals.body, 'i');
    for (const phrase of lexicon.body) expect(body.test(`my ${phrase.replace('*', 's')} shake`), phrase).toBe(true);
    for (const other of ['legal advice', 'a warm harm', 'relationship', 'absolutely', 'handle'])
      expect(body.test(other), other).toBe(false);
  });

  test('carries every cause’s article phrases under its id, and nothing of the causes’ prose', () => {
    const causeGroups = signals.groups.filter(([kind]) => kind === KIND.cause);
    expect(causeGroups.map(([, id]) => id)).toEqual(kb.causes.map((c) => c.id));
    const json = JSON.stringify(signals);
    for (const cause of kb.causes) {
      expect(json).not.toContain(cause.summary);
      expect(json).not.toContain(cause.explanation);
    }
  });

  test('stays small: the background holds it, and a few kilobytes of it reach nothing else', () => {
    // The whole table is the background's (about 20 KB of its 85 KB); the page's scripts get
    // only the gate's two patterns.
    expect(JSON.stringify(signals).length).toBeLessThan(24_000);
    expect(signals.gate.length + signals.body.length).toBeLessThan(2_000);
  });
});
