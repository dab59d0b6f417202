// The self-check's steps as data: the choices each step shows, and how a draft takes an answer.
import { describe, expect, test } from 'vitest';
import { choose, draftToAnswers, EMPTY_DRAFT, selected, STEP_COUNT } from '@/components/popup/draft';
import { kb } from '@/knowledge/index';
import { SELF_CHECK_STEPS, stepChoiceGroups, type SelfCheckField } from '@/knowledge/self-check';
import { RED_FLAGS } from '@/knowledge/vocabulary';

const stepFor = (field: SelfCheckField) => SELF_CHECK_STEPS.find((s) => s.field === field)!;
const ids = (field: SelfCheckField) => stepChoiceGroups(stepFor(field), kb).flatMap((g) => g.choices.map((c) => c.id));

describe('the steps', () => {
  test('are five, emergency signs first and the result last', () => {
    expect(SELF_CHECK_STEPS.map((s) => s.field)).toEqual(['now', 'when', 'duration', 'factors', 'signs']);
    expect(STEP_COUNT).toBe(5);
    expect(SELF_CHECK_STEPS[0]!.endsOnEmergency).toBe(true);
    expect(SELF_CHECK_STEPS.at(-1)!.nextLabel).toBe('See my result');
  });

  test('ask every warning sign exactly once, those that need help now in the first step', () => {
    const first = ids('now');
    const later = ids('signs');
    expect([...first, ...later].sort()).toEqual([...RED_FLAGS].sort());
    const level = (id: string) => kb.redFlags.find((f) => f.id === id)!.level;
    expect(new Set(first.map(level))).toEqual(new Set(['emergency', 'emergency-department']));
    expect(new Set(later.map(level))).toEqual(new Set(['urgent', 'doctor']));
  });

  test('label choices with the knowledge base’s words: a sign’s notice, a context’s label', () => {
    const [now] = stepChoiceGroups(stepFor('now'), kb);
    expect(now!.choices[0]).toEqual({ id: kb.redFlags[0]!.id, label: kb.redFlags[0]!.notice });
    const [when] = stepChoiceGroups(stepFor('when'), kb);
    expect(when!.choices.map((c) => c.label)).toEqual(kb.vocabulary.contexts.map((c) => c.label));
  });

  test('group the factors as the vocabulary does, with the one-side note in the group that holds it', () => {
    const groups = stepChoiceGroups(stepFor('factors'), kb);
    expect(groups.map((g) => g.name)).toEqual([...new Set(kb.vocabulary.factors.map((f) => f.group))]);
    const withNote = groups.filter((g) => g.notes.length > 0);
    expect(withNote).toHaveLength(1);
    expect(withNote[0]!.choices.map((c) => c.id)).toContain('one-side-weaker');
    expect(withNote[0]!.notes[0]).toMatchObject({ goTo: 'now', goToLabel: 'Go to the emergency signs' });
  });
});

describe('a draft taking answers', () => {
  test('a list keeps the vocabulary’s order whatever order the ticks come in', () => {
    let draft = choose(EMPTY_DRAFT, 'when', 'night', true);
    draft = choose(draft, 'when', 'stretching', true);
    expect(draft.when).toEqual(['stretching', 'night']);
    expect(selected(choose(draft, 'when', 'night', false), 'when')).toEqual(['stretching']);
  });

  test('the duration is one choice, replaced by the next', () => {
    const draft = choose(choose(EMPTY_DRAFT, 'duration', 'days', true), 'duration', 'weeks', true);
    expect(draft.duration).toBe('weeks');
    expect(selected(draft, 'duration')).toEqual(['weeks']);
    expect(selected(EMPTY_DRAFT, 'duration')).toEqual([]);
  });

  test('an id the field cannot hold changes nothing', () => {
    expect(choose(EMPTY_DRAFT, 'when', 'chest-pain', true)).toBe(EMPTY_DRAFT);
    expect(choose(EMPTY_DRAFT, 'duration', 'forever', true)).toBe(EMPTY_DRAFT);
  });

  test('becomes answers once a duration is chosen, the first step’s signs before the others', () => {
    let draft = choose(EMPTY_DRAFT, 'signs', 'shaking-at-rest', true);
    draft = choose(draft, 'now', 'chest-pain', true);
    expect(draftToAnswers(draft)).toBeNull();
    draft = choose(draft, 'duration', 'days', true);
    expect(draftToAnswers(draft)).toEqual({ when: [], duration: 'days', factors: [], flags: ['chest-pain', 'shaking-at-rest'] });
  });
});
