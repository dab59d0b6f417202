// The self-check's questions as data (data/self-check.json): one step a screen, each naming the
// answer it fills in and where its choices come from. The popup renders every step with one
// component; this file resolves a step's choices from the knowledge base and checks the table
// against the rules the self-check's safety rests on.
import type { KnowledgeBase, SelfCheckStep } from './schema';
import { SELF_CHECK_FIELDS } from './vocabulary';
import selfCheckFile from './data/self-check.json';

export type { SelfCheckStep };
export type SelfCheckField = SelfCheckStep['field'];

/** Validated in the build and the tests (knowledge/validate.ts), like the rest of the data. */
export const SELF_CHECK_STEPS = selfCheckFile.steps as unknown as readonly SelfCheckStep[];

export type StepChoice = { id: string; label: string };
/** Choices shown together; a named group is a fieldset of its own. */
export type StepChoiceGroup = { name?: string; choices: StepChoice[]; notes: NonNullable<SelfCheckStep['notes']> };

type ChoiceKnowledge = Pick<KnowledgeBase, 'redFlags' | 'vocabulary'>;

/** A step's choices in the order the knowledge base keeps them, with the step's notes in place. */
export function stepChoiceGroups(step: SelfCheckStep, kb: ChoiceKnowledge): StepChoiceGroup[] {
  const notesFor = (choices: StepChoice[]) => (step.notes ?? []).filter((n) => choices.some((c) => c.id === n.afterChoice));
  const plain = (choices: StepChoice[]): StepChoiceGroup[] => [{ choices, notes: notesFor(choices) }];
  const { choices } = step;
  switch (choices.from) {
    case 'red-flags':
      return plain(kb.redFlags.filter((f) => choices.levels.includes(f.level)).map((f) => ({ id: f.id, label: f.notice })));
    case 'contexts':
      return plain(kb.vocabulary.contexts.map(({ id, label }) => ({ id, label })));
    case 'durations':
      return plain(kb.vocabulary.durations.map(({ id, label }) => ({ id, label })));
    case 'factors': {
      const groups = new Map<string, StepChoice[]>();
      for (const f of kb.vocabulary.factors) groups.set(f.group, [...(groups.get(f.group) ?? []), { id: f.id, label: f.label }]);
      return [...groups].map(([name, list]) => ({ name, choices: list, notes: notesFor(list) }));
    }
  }
}

/** Which list each answer is chosen from; the draft's types rest on this pairing. */
const FIELD_SOURCE: Record<SelfCheckField, SelfCheckStep['choices']['from']> = {
  now: 'red-flags',
  when: 'contexts',
  duration: 'durations',
  factors: 'factors',
  signs: 'red-flags',
};
/** The result is built on these: a step that asks for them cannot be left empty. */
const REQUIRED: readonly SelfCheckField[] = ['when', 'duration'];
const ACT_NOW_LEVELS = ['emergency', 'emergency-department'] as const;

export type SelfCheckProblem = { entry: string; problem: string };

/**
 * What a schema cannot see: every answer asked once, from the right list; every warning sign
 * asked exactly once; the signs that need help now asked first, and the check stopping there.
 */
export function selfCheckProblems(steps: readonly SelfCheckStep[], kb: ChoiceKnowledge): SelfCheckProblem[] {
  const problems: SelfCheckProblem[] = [];
  const report = (entry: string, problem: string) => problems.push({ entry, problem });
  for (const field of SELF_CHECK_FIELDS) {
    const count = steps.filter((s) => s.field === field).length;
    if (count !== 1) report(`steps: ${field}`, count === 0 ? `no step asks for "${field}"` : `"${field}" is asked by ${count} steps`);
  }
  const levelsAsked = steps.flatMap((s) => (s.choices.from === 'red-flags' ? s.choices.levels : []));
  for (const level of new Set(kb.redFlags.map((f) => f.level))) {
    const count = levelsAsked.filter((l) => l === level).length;
    if (count !== 1) report('steps', `the "${level}" warning signs are asked ${count === 0 ? 'by no step' : `by ${count} steps`}`);
  }
  steps.forEach((step, index) => {
    const entry = `steps: ${step.field}`;
    if (step.choices.from !== FIELD_SOURCE[step.field]) report(entry, `"${step.field}" is chosen from ${FIELD_SOURCE[step.field]}`);
    if ((step.kind === 'radio') !== (step.field === 'duration')) report(entry, 'only the duration is a single choice (radio)');
    if (REQUIRED.includes(step.field) && !step.requiredMessage) report(entry, 'the result is built on this answer: give a requiredMessage');
    const actNow = step.choices.from === 'red-flags' && step.choices.levels.some((l) => (ACT_NOW_LEVELS as readonly string[]).includes(l));
    if (actNow && index !== 0) report(entry, 'the signs that need help now must be the first step');
    if (actNow !== (step.endsOnEmergency === true)) {
      report(
        entry,
        actNow ? 'the step with signs that need help now must end the check (endsOnEmergency)' : 'only the emergency step ends the check',
      );
    }
    const ids = stepChoiceGroups(step, kb).flatMap((g) => g.choices.map((c) => c.id));
    for (const note of step.notes ?? []) {
      if (!ids.includes(note.afterChoice)) report(entry, `note after "${note.afterChoice}": no such choice in this step`);
      const target = steps.findIndex((s) => s.field === note.goTo);
      if (target < 0 || target >= index) report(entry, `note links to "${note.goTo}", which is not an earlier step`);
    }
  });
  return problems;
}
