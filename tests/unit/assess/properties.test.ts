// Properties that must hold for every possible set of answers, checked with fast-check against
// the bundled knowledge base and, for triage, against random rule sets as well.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assess } from '@/knowledge/assess/assess';
import type { Answers } from '@/knowledge/assess/answers';
import { MAX_TIPS, LEADING_CAUSES } from '@/knowledge/assess/tips';
import { effectiveContexts } from '@/knowledge/assess/signals';
import { triage } from '@/knowledge/assess/triage';
import { triageWords } from '@/knowledge/assess/wording';
import { actNow } from '@/knowledge/assess/act-now';
import { causeById, firstAidById, kb, redFlagById, sourceById, tipById } from '@/knowledge/index';
import type { RedFlag, TriageRule } from '@/knowledge/schema';
import {
  CAUSE_IDS,
  CONTEXTS,
  DURATIONS,
  FACTORS,
  FIRST_AID,
  RED_FLAGS,
  RED_FLAG_LEVELS,
  urgencyRank,
  type Context,
  type Duration,
  type Factor,
  type RedFlagId,
} from '@/knowledge/vocabulary';

const EMERGENCY_FLAGS = kb.redFlags.filter((f) => f.level === 'emergency').map((f) => f.id);
const TRAINING_CONTEXTS: Context[] = ['stretching', 'during-exercise', 'after-exercise', 'heel-raise'];
const HEALTH_FACTORS = new Set(kb.vocabulary.factors.filter((f) => f.group === 'Health').map((f) => f.id));
const EVERYDAY_FACTORS = FACTORS.filter((f) => !HEALTH_FACTORS.has(f));

const answersArb: fc.Arbitrary<Answers> = fc.record({
  when: fc.subarray([...CONTEXTS]),
  duration: fc.constantFrom(...DURATIONS),
  factors: fc.subarray([...FACTORS]),
  flags: fc.subarray([...RED_FLAGS]),
});

const rank = (a: Answers) => urgencyRank(assess(a).triage);
const withItem = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? [...list] : [...list, item]);

describe('triage', () => {
  test('any answers with an emergency sign give emergency, and nothing else', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...EMERGENCY_FLAGS), (answers, flag) => {
        const result = assess({ ...answers, flags: withItem(answers.flags, flag) });
        expect(result.triage).toBe('emergency');
        expect(result.firstAid[0]).toBe('call-emergency');
        expect(result.causes).toEqual([]);
        expect(result.tips).toEqual([]);
      }),
    );
  });

  test('adding a factor never lowers the level', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...FACTORS), (answers, factor) => {
        expect(rank({ ...answers, factors: withItem(answers.factors, factor) })).toBeLessThanOrEqual(rank(answers));
      }),
    );
  });

  test('adding a sign never lowers the level', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...RED_FLAGS), (answers, flag) => {
        expect(rank({ ...answers, flags: withItem(answers.flags, flag) })).toBeLessThanOrEqual(rank(answers));
      }),
    );
  });

  test('adding a situation or a longer duration never lowers the level', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...CONTEXTS), fc.constantFrom(...DURATIONS), (answers, context, longer) => {
        expect(rank({ ...answers, when: withItem(answers.when, context) })).toBeLessThanOrEqual(rank(answers));
        if (DURATIONS.indexOf(longer) >= DURATIONS.indexOf(answers.duration)) {
          expect(rank({ ...answers, duration: longer })).toBeLessThanOrEqual(rank(answers));
        }
      }),
    );
  });

  test('the level is never less urgent than any sign ticked', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const level = urgencyRank(assess(answers).triage);
        for (const flag of answers.flags) expect(level).toBeLessThanOrEqual(urgencyRank(redFlagById(flag)!.level));
      }),
    );
  });

  // The guarantee is in the engine, not in today's data: any rule set stays monotonic.
  const ruleArb: fc.Arbitrary<TriageRule> = fc.record(
    {
      id: fc.constant('rule'),
      level: fc.constantFrom('urgent' as const, 'doctor' as const),
      reason: fc.constant('A reason.'),
      durationAtLeast: fc.constantFrom<Duration>(...DURATIONS),
      anyContext: fc.subarray([...CONTEXTS], { minLength: 1 }),
      anyFactor: fc.subarray([...FACTORS], { minLength: 1 }),
    },
    { requiredKeys: ['id', 'level', 'reason'] },
  );
  const flagsArb: fc.Arbitrary<RedFlag[]> = fc.tuple(
    ...RED_FLAGS.map((id) =>
      fc
        .constantFrom(...RED_FLAG_LEVELS)
        .map((level): RedFlag => ({ id, notice: id, short: id, level, action: 'Act.', firstAid: [], sources: ['s'] })),
    ),
  );

  test('with any rules and sign levels, adding an answer never lowers the level', () => {
    fc.assert(
      fc.property(
        fc.array(ruleArb, { maxLength: 6 }),
        flagsArb,
        answersArb,
        fc.constantFrom<Context>(...CONTEXTS),
        fc.constantFrom<Factor>(...FACTORS),
        fc.constantFrom<RedFlagId>(...RED_FLAGS),
        (triageRules, redFlags, answers, context, factor, flag) => {
          const base = { triageRules, redFlags };
          const before = urgencyRank(triage(answers, base).level);
          const more: Answers = {
            when: withItem(answers.when, context),
            duration: 'months',
            factors: withItem(answers.factors, factor),
            flags: withItem(answers.flags, flag),
          };
          expect(urgencyRank(triage(more, base).level)).toBeLessThanOrEqual(before);
        },
      ),
    );
  });
});

describe('first aid', () => {
  test('every sign ticked brings its own first aid, the call only at the emergency level', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(answers);
        for (const flag of answers.flags) {
          for (const id of redFlagById(flag)!.firstAid) {
            if (id !== 'call-emergency' || result.triage === 'emergency') expect(result.firstAid).toContain(id);
          }
        }
        expect(result.firstAid.includes('call-emergency')).toBe(result.triage === 'emergency');
        expect(result.firstAid.includes('start-cpr')).toBe(result.triage === 'emergency');
        // In the knowledge base's order, each once.
        expect(result.firstAid).toEqual(FIRST_AID.filter((id) => result.firstAid.includes(id)));
      }),
    );
  });

  test('with diabetes, treating a low is always there: first, or right after the call and CPR', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess({ ...answers, factors: withItem(answers.factors, 'diabetes') });
        const at = result.firstAid.indexOf('treat-low-sugar');
        expect(at).toBe(result.triage === 'emergency' ? 2 : 0);
      }),
    );
  });

  test('the act-now screen counts the factors already ticked: diabetes brings treating a low', () => {
    expect(actNow(['seizure'], ['diabetes'])).toEqual({
      level: 'emergency',
      firstAid: ['call-emergency', 'start-cpr', 'treat-low-sugar', 'seizure-first-aid'],
    });
    expect(actNow(['water-overload'])).toEqual({ level: 'emergency-department', firstAid: ['no-more-water', 'stop-and-rest'] });
    expect(actNow(['fever'])).toBeNull();
  });

  test('first aid never contradicts the level: no "go to an emergency department" while an ambulance comes', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(answers);
        if (result.triage !== 'emergency') return;
        for (const id of result.firstAid) {
          for (const step of firstAidById(id)!.steps) expect(step, id).not.toMatch(/\bgo to an? emergency department\b/i);
        }
      }),
    );
  });

  test('treating a low says when not to: with stroke signs (swallowing), during a fit, when not awake', () => {
    const first = firstAidById('treat-low-sugar')!.steps[0]!;
    expect(first).toMatch(/awake/);
    expect(first).toMatch(/swallow normally/);
    expect(first).toMatch(/no face, arm or speech changes/);
    expect(first).toMatch(/never during a fit/);
  });

  test('every first-aid id resolves and cites a source that exists', () => {
    for (const id of FIRST_AID) {
      const aid = firstAidById(id);
      expect(aid, id).toBeDefined();
      expect(aid!.sources.length, id).toBeGreaterThan(0);
      for (const s of aid!.sources) expect(sourceById(s), `${id}: ${s}`).toBeDefined();
    }
  });
});

describe('causes, tips and signs to watch for', () => {
  const reasons = new Set([...kb.vocabulary.contexts, ...kb.vocabulary.factors].map((e) => e.reason));

  test('causes are a ranking of known ids, each with reasons in the vocabulary’s words', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { causes } = assess(answers);
        const ids = causes.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const c of causes) {
          expect(CAUSE_IDS).toContain(c.id);
          expect(causeById(c.id)).toBeDefined();
          expect(c.score).toBeGreaterThan(0);
          expect(c.score).toBeLessThanOrEqual(1);
          expect(c.reasons.length).toBeGreaterThan(0);
          for (const r of c.reasons) expect(reasons).toContain(r);
        }
        for (let i = 1; i < causes.length; i++) expect(causes[i - 1]!.score).toBeGreaterThanOrEqual(causes[i]!.score);
      }),
    );
  });

  test('every answered situation or factor that a cause lists puts that cause in the ranking', () => {
    fc.assert(
      fc.property(
        answersArb.filter((a) => !a.flags.some((f) => EMERGENCY_FLAGS.includes(f))),
        (answers) => {
          const ranked = new Set(assess(answers).causes.map((c) => c.id));
          for (const cause of kb.causes) {
            // A sign can imply a situation ("shaking at rest" → at rest): those count as answered.
            const linked = effectiveContexts(answers).some((c) => cause.contexts[c]) || answers.factors.some((f) => cause.factors[f]);
            expect(ranked.has(cause.id)).toBe(linked);
          }
        },
      ),
    );
  });

  test('tips are known, each once, at most six, and serve a leading cause', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { tips, causes } = assess(answers);
        expect(new Set(tips).size).toBe(tips.length);
        expect(tips.length).toBeLessThanOrEqual(MAX_TIPS);
        const leading = causes.slice(0, LEADING_CAUSES).map((c) => c.id);
        for (const id of tips) {
          const tip = tipById(id)!;
          expect(tip).toBeDefined();
          const servesLeading = leading.some((c) => causeById(c)!.tips.includes(id));
          expect(servesLeading).toBe(true);
        }
      }),
    );
  });

  test('from "urgent" up, every tip is one that is safe while waiting for care', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(answers);
        if (urgencyRank(result.triage) > urgencyRank('urgent')) return;
        for (const id of result.tips) expect(tipById(id)!.whileWaiting, id).toBe(true);
      }),
    );
  });

  test('what is marked safe while waiting gives no training advice (checked on the words, not the mark)', () => {
    const TRAINING = /\b(sets?|reps|loads?|carry on|squats?|lunges?|calf raises?|train(ing)?|workouts?|sessions?)\b/i;
    for (const tip of kb.tips.filter((t) => t.whileWaiting)) expect(tip.action, tip.id).not.toMatch(TRAINING);
  });

  test('tips fit the person: none marked against a factor ticked, none for a factor not ticked', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const id of assess(answers).tips) {
          const tip = tipById(id)!;
          for (const f of tip.notWith ?? []) expect(answers.factors, `${id} with ${f}`).not.toContain(f);
          if (tip.onlyWith)
            expect(
              tip.onlyWith.some((f) => answers.factors.includes(f)),
              id,
            ).toBe(true);
        }
      }),
    );
  });

  test('no result, in its banner or its reasons, says "not an emergency"', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(answers);
        const words = triageWords(result.triage, answers.duration);
        for (const text of [words.title, words.action, ...result.because.map((b) => b.text)]) {
          expect(text).not.toMatch(/not an emergency/i);
        }
      }),
    );
  });

  test('signs to watch for are the unticked ones more urgent than the level, most urgent first', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(answers);
        const level = urgencyRank(result.triage);
        const expected = kb.redFlags.filter((f) => !answers.flags.includes(f.id) && urgencyRank(f.level) < level).map((f) => f.id);
        expect([...result.redFlags].sort()).toEqual([...expected].sort());
        const ranks = result.redFlags.map((id) => urgencyRank(redFlagById(id)!.level));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });

  test('a plain training story is self-care and never leads with a medical condition', () => {
    const plainArb = fc.record({
      when: fc.subarray(TRAINING_CONTEXTS, { minLength: 1 }),
      duration: fc.constantFrom<Duration>('first-time', 'days'),
      factors: fc.subarray(EVERYDAY_FACTORS),
      flags: fc.constant([] as RedFlagId[]),
    });
    fc.assert(
      fc.property(plainArb, (answers) => {
        const result = assess(answers);
        expect(result.triage).toBe('self-care');
        expect(causeById(result.causes[0]!.id)!.kind).not.toBe('medical-condition');
      }),
    );
  });

  test('the same answers always give the same assessment', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(assess(answers)).toEqual(assess(structuredClone(answers)));
      }),
    );
  });
});
