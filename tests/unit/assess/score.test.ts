// How causes are scored, on a small hand-made knowledge base where the right answer is obvious.
import { describe, expect, test } from 'vitest';
import { rankCauses } from '@/knowledge/assess/score';
import { tipsFor } from '@/knowledge/assess/tips';
import { watchFor } from '@/knowledge/assess/watch-for';
import type { Answers } from '@/knowledge/assess/answers';
import type { Cause, RedFlag, Tip } from '@/knowledge/schema';
import { kb } from '@/knowledge/index';

function cause(
  id: Cause['id'],
  kind: Cause['kind'],
  contexts: Cause['contexts'],
  factors: Cause['factors'],
  tips: string[] = ['t'],
): Cause {
  return {
    id,
    name: id,
    kind,
    summary: 'A summary.',
    explanation: 'An explanation.',
    contexts,
    factors,
    articlePhrases: ['x'],
    tips,
    seeDoctor: 'When.',
    sources: ['s'],
    reviewed: '2026-01-01',
  };
}

const vocabulary = kb.vocabulary;
const answers = (a: Partial<Answers>): Answers => ({ when: [], duration: 'first-time', factors: [], flags: [], ...a });

describe('cause fit', () => {
  test('a precise fit beats a cause with many weak links', () => {
    const causes = [
      cause(
        'nervous-system-sensitivity',
        'body-and-habits',
        { stretching: 1, 'after-exercise': 1, night: 1, 'at-rest': 1 },
        {
          'long-holds': 1,
          'tight-muscles': 1,
          stress: 1,
          caffeine: 1,
          'poor-sleep': 1,
        },
      ),
      cause('poor-flexibility', 'training-and-effort', { stretching: 3 }, { 'tight-muscles': 3, 'long-holds': 3 }),
    ];
    const ranked = rankCauses(answers({ when: ['stretching', 'after-exercise'], factors: ['tight-muscles', 'stress', 'caffeine'] }), {
      causes,
      vocabulary,
    });
    expect(ranked.map((c) => c.id)).toEqual(['poor-flexibility', 'nervous-system-sensitivity']);
  });

  test('a cause is not penalised for listing situations the person did not report', () => {
    const causes = [
      cause('muscle-fatigue', 'training-and-effort', { 'during-exercise': 3, 'after-exercise': 3, stretching: 3, 'heel-raise': 3 }, {}),
      cause('overexertion', 'training-and-effort', { 'after-exercise': 3 }, {}),
    ];
    const [a, b] = rankCauses(answers({ when: ['after-exercise'] }), { causes, vocabulary });
    expect(a!.score).toBe(b!.score);
  });

  test('a missing typical factor counts against a cause', () => {
    const causes = [
      cause('medication-side-effects', 'body-and-habits', { 'at-rest': 2 }, { 'new-medication': 3 }),
      cause('alcohol', 'body-and-habits', { 'at-rest': 2 }, {}),
    ];
    expect(rankCauses(answers({ when: ['at-rest'] }), { causes, vocabulary }).map((c) => c.id)).toEqual([
      'alcohol',
      'medication-side-effects',
    ]);
  });

  test('a medical condition does not lead a first-time shake on the same evidence, but can after months', () => {
    const causes = [
      cause('parkinsons-disease', 'medical-condition', { 'during-exercise': 3 }, {}),
      cause('muscle-fatigue', 'training-and-effort', { 'during-exercise': 3 }, { 'hard-workout': 3 }),
    ];
    const first = rankCauses(answers({ when: ['during-exercise'], duration: 'first-time' }), { causes, vocabulary });
    expect(first[0]!.id).toBe('muscle-fatigue');
    const months = rankCauses(answers({ when: ['during-exercise'], duration: 'months' }), { causes, vocabulary });
    expect(months[0]!.id).toBe('parkinsons-disease');
  });

  test('a condition the person says they have is not held back', () => {
    const causes = [
      cause('diabetes', 'medical-condition', { 'during-exercise': 1 }, { diabetes: 3 }),
      cause('muscle-fatigue', 'training-and-effort', { 'during-exercise': 2 }, { 'hard-workout': 3 }),
    ];
    const ranked = rankCauses(answers({ when: ['during-exercise'], factors: ['diabetes'] }), { causes, vocabulary });
    expect(ranked[0]!.id).toBe('diabetes');
  });

  test('causes nothing points to are left out; reasons use the vocabulary, strongest first', () => {
    const causes = [
      cause('dehydration', 'fluids-and-food', { 'after-exercise': 2 }, { 'low-fluids': 3 }),
      cause('iron-deficiency', 'medical-condition', { night: 2 }, { pregnancy: 2 }),
    ];
    const ranked = rankCauses(answers({ when: ['after-exercise'], factors: ['low-fluids'] }), { causes, vocabulary });
    expect(ranked).toEqual([
      { id: 'dehydration', score: 0.83, reasons: ['you have not drunk much today', 'it happens after you finish a workout'] },
    ]);
  });

  test('a sign that says the situation counts as that situation', () => {
    const causes = [cause('restless-legs-syndrome', 'medical-condition', { night: 3 }, {})];
    const ranked = rankCauses(answers({ flags: ['sleep-disrupted'] }), { causes, vocabulary });
    expect(ranked.map((c) => c.reasons)).toEqual([['it happens in the evening or at night']]);
  });
});

describe('tips', () => {
  // Which causes a tip serves is said by the causes (their `tips`), as in causes.json.
  const tip = (id: string, more: Partial<Tip> = {}): Tip => ({
    id,
    action: 'Do it.',
    why: 'Why.',
    whileWaiting: false,
    sources: ['s'],
    ...more,
  });

  test('a tip shared by two leading causes comes first; each tip once; only leading causes count', () => {
    const causes = [
      cause('dehydration', 'fluids-and-food', {}, {}, ['drink', 'salt']),
      cause('electrolyte-imbalance', 'fluids-and-food', {}, {}, ['salt', 'minerals']),
      cause('muscle-fatigue', 'training-and-effort', {}, {}, ['rest']),
      cause('overexertion', 'training-and-effort', {}, {}, ['slow-down']),
    ];
    const tips = [tip('drink'), tip('salt'), tip('minerals'), tip('rest'), tip('slow-down')];
    const scored = [
      { id: 'dehydration' as const, score: 0.8, reasons: ['r'] },
      { id: 'electrolyte-imbalance' as const, score: 0.7, reasons: ['r'] },
      { id: 'muscle-fatigue' as const, score: 0.5, reasons: ['r'] },
      { id: 'overexertion' as const, score: 0.4, reasons: ['r'] },
    ];
    expect(tipsFor(scored, { factors: [] }, 'self-care', { causes, tips })).toEqual(['salt', 'drink', 'rest', 'minerals']);
  });

  test('a tip for a factor shows only with it, a tip against one never with it', () => {
    const causes = [cause('caffeine-stimulants', 'body-and-habits', {}, {}, ['less', 'less-pregnant'])];
    const tips = [tip('less', { notWith: ['pregnancy'] }), tip('less-pregnant', { onlyWith: ['pregnancy'] })];
    const scored = [{ id: 'caffeine-stimulants' as const, score: 0.8, reasons: ['r'] }];
    expect(tipsFor(scored, { factors: [] }, 'self-care', { causes, tips })).toEqual(['less']);
    expect(tipsFor(scored, { factors: ['pregnancy'] }, 'self-care', { causes, tips })).toEqual(['less-pregnant']);
  });

  test('from "urgent" up only tips that are safe while waiting for care', () => {
    const causes = [cause('muscle-fatigue', 'training-and-effort', {}, {}, ['squats', 'rest'])];
    const tips = [tip('squats'), tip('rest', { whileWaiting: true })];
    const scored = [{ id: 'muscle-fatigue' as const, score: 0.8, reasons: ['r'] }];
    expect(tipsFor(scored, { factors: [] }, 'doctor', { causes, tips })).toEqual(['squats', 'rest']);
    for (const level of ['urgent', 'emergency-department'] as const) {
      expect(tipsFor(scored, { factors: [] }, level, { causes, tips })).toEqual(['rest']);
    }
  });
});

describe('signs to watch for', () => {
  const flag = (id: RedFlag['id'], level: RedFlag['level']): RedFlag => ({
    id,
    level,
    notice: id,
    short: id,
    action: 'Act.',
    firstAid: [],
    sources: ['s'],
  });
  const redFlags = [flag('chest-pain', 'emergency'), flag('fever', 'urgent'), flag('getting-worse', 'doctor')];

  test('self-care: every unticked sign, most urgent first', () => {
    expect(watchFor({ flags: [] }, 'self-care', { redFlags })).toEqual(['chest-pain', 'fever', 'getting-worse']);
  });

  test('doctor: only the signs that would make it more urgent', () => {
    expect(watchFor({ flags: ['getting-worse'] }, 'doctor', { redFlags })).toEqual(['chest-pain', 'fever']);
  });

  test('urgent: only the emergency signs not ticked', () => {
    expect(watchFor({ flags: ['fever'] }, 'urgent', { redFlags })).toEqual(['chest-pain']);
  });
});
