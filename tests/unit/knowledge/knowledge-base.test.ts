// The bundled knowledge base itself: valid, complete, and written the way Steady promises
// (short summaries, cautious wording about medical conditions, red flags with a level and an
// action, most urgent first).
import { describe, expect, test } from 'vitest';
import { RAW_FILES } from '@/knowledge/files';
import { kb as bundled } from '@/knowledge/index';
import { DataFiles } from '@/knowledge/schema';
import { SEED_FILES, validateKnowledge } from '@/knowledge/validate';
import { CAUSE_IDS, CONTEXTS, FACTORS, RED_FLAGS, RED_FLAG_LEVELS, urgencyRank } from '@/knowledge/vocabulary';
import { show } from './helpers';

const result = validateKnowledge();
if (!result.ok) throw new Error(`the bundled knowledge base is invalid:\n${show(result.problems)}`);
const kb = result.kb;

describe('the bundled knowledge base', () => {
  test('every data file matches its strict schema', () => {
    for (const [file, schema] of Object.entries(DataFiles)) {
      const parsed = schema.safeParse(RAW_FILES[file as keyof typeof RAW_FILES]);
      expect(parsed.success, file).toBe(true);
    }
  });

  test('passes every cross-check', () => {
    expect(validateKnowledge()).toMatchObject({ ok: true });
  });

  test('holds what the issue asks for', () => {
    expect(kb.causes.map((c) => c.id).sort()).toEqual([...CAUSE_IDS].sort());
    expect(kb.tips.length).toBeGreaterThanOrEqual(24);
    expect(kb.redFlags.map((r) => r.id).sort()).toEqual([...RED_FLAGS].sort());
    expect(kb.faq.length).toBeGreaterThanOrEqual(6);
    expect(
      kb.sources
        .filter((s) => s.kind === 'seed')
        .map((s) => s.kind === 'seed' && s.file)
        .sort(),
    ).toEqual([...SEED_FILES]);
    expect(kb.sources.some((s) => s.kind === 'outside')).toBe(true);
  });

  test('what the extension bundles is what was validated', () => {
    // index.ts hands the vocabulary file over whole; its editor-only `$schema` key rides along.
    const { $schema: _editorHint, ...vocabulary } = bundled.vocabulary as typeof bundled.vocabulary & { $schema?: string };
    expect({ ...bundled, vocabulary }).toEqual(kb);
  });

  test('the FAQ answers the questions the seeds answer', () => {
    for (const id of [
      'is-it-serious',
      'can-dehydration-cause-it',
      'does-warming-up-help',
      'when-to-see-a-doctor',
      'does-age-matter',
      'which-exercises-help',
    ]) {
      expect(kb.faq.map((f) => f.id)).toContain(id);
    }
  });
});

describe('causes', () => {
  test.each(kb.causes.map((c) => [c.id, c] as const))('%s: summary is one sentence of at most 25 words', (_id, cause) => {
    expect(cause.summary.split(/\s+/).length).toBeLessThanOrEqual(25);
    expect(cause.summary.slice(0, -1)).not.toMatch(/[.!?]\s/);
  });

  test('each cause has 3 to 80 article phrases, none shared with another cause', () => {
    const owner = new Map<string, string>();
    for (const cause of kb.causes) {
      expect(cause.articlePhrases.length, cause.id).toBeGreaterThanOrEqual(3);
      expect(cause.articlePhrases.length, cause.id).toBeLessThanOrEqual(80);
      for (const phrase of cause.articlePhrases) {
        expect(owner.get(phrase), `"${phrase}" in ${cause.id}`).toBeUndefined();
        owner.set(phrase, cause.id);
      }
    }
  });

  test('every context and factor points to at least one cause', () => {
    for (const c of CONTEXTS)
      expect(
        kb.causes.some((x) => x.contexts[c] !== undefined),
        c,
      ).toBe(true);
    for (const f of FACTORS)
      expect(
        kb.causes.some((x) => x.factors[f] !== undefined),
        f,
      ).toBe(true);
  });

  // Conditions that are themselves common keep their plain description; the rest must say,
  // calmly, that they are an unlikely explanation and need a doctor to assess.
  const COMMON_CONDITIONS = new Set(['restless-legs-syndrome', 'iron-deficiency', 'diabetes']);
  test.each(kb.causes.filter((c) => c.kind === 'medical-condition' && !COMMON_CONDITIONS.has(c.id)).map((c) => [c.id, c] as const))(
    '%s is described as an uncommon explanation that a doctor assesses',
    (_id, cause) => {
      expect(`${cause.name} ${cause.summary} ${cause.explanation}`.toLowerCase()).toMatch(/\b(?:uncommon|rare|rarely|unlikely)\b/);
      expect(cause.seeDoctor.toLowerCase()).toMatch(/\b(?:doctor|gp|emergency)\b/);
    },
  );

  test('nothing claims certainty: no cause says it "will" or "always" cause shaking', () => {
    for (const cause of kb.causes) {
      expect(`${cause.summary} ${cause.explanation}`, cause.id).not.toMatch(/\b(?:always|definitely|certainly|you have)\b/i);
    }
  });
});

describe('red flags', () => {
  test('each has a level and an action that says what to do', () => {
    for (const flag of kb.redFlags) {
      expect(RED_FLAG_LEVELS, flag.id).toContain(flag.level);
      expect(flag.action, flag.id).toMatch(/\b(?:call|go|get|book|contact|stop)\b/i);
    }
  });

  test('are ordered most urgent first, emergencies naming an emergency number', () => {
    const ranks = kb.redFlags.map((r) => urgencyRank(r.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const flag of kb.redFlags.filter((r) => r.level === 'emergency')) {
      expect(flag.action, flag.id).toMatch(/^Call your local emergency number now\b/);
    }
    expect(
      kb.redFlags
        .filter((r) => r.level === 'emergency')
        .map((r) => r.id)
        .sort(),
    ).toEqual(
      [
        'chest-pain',
        'cold-pale-leg',
        'confusion-or-fainting',
        'face-arm-speech',
        'fainted-exercising',
        'heatstroke',
        'palpitations-faint',
        'seizure',
        'sudden-one-side-weakness',
      ].sort(),
    );
    expect(
      kb.redFlags
        .filter((r) => r.level === 'emergency-department')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['dark-urine', 'head-injury', 'saddle-numbness', 'water-overload'].sort());
  });

  test('facts from outside the seeds cite an outside source', () => {
    const outside = new Set(kb.sources.filter((s) => s.kind === 'outside').map((s) => s.id));
    for (const id of [
      'face-arm-speech',
      'sudden-one-side-weakness',
      'chest-pain',
      'confusion-or-fainting',
      'dark-urine',
      'calf-pain-swelling',
      'fever',
      'head-injury',
    ]) {
      const flag = kb.redFlags.find((r) => r.id === id);
      expect(
        flag?.sources.some((s) => outside.has(s)),
        id,
      ).toBe(true);
    }
  });
});

describe('tips', () => {
  test('actions are distinct and start with an imperative verb, not "You should"', () => {
    expect(new Set(kb.tips.map((t) => t.action)).size).toBe(kb.tips.length);
    for (const tip of kb.tips) expect(tip.action, tip.id).not.toMatch(/^(?:you|it is|try to)\b/i);
  });
});
