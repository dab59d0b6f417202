// The shape of every knowledge-base file. Strict objects throughout: an unknown key is a
// typo or a stale field, and we would rather fail the build than ship it silently.
import { z } from 'zod';
import { CAUSE_IDS, CAUSE_KINDS, CONTEXTS, DURATIONS, FACTORS, FIRST_AID, RED_FLAGS, SELF_CHECK_FIELDS, TRIAGE_LEVELS } from './vocabulary';

export const KebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lowercase words joined by hyphens');

export const ContextId = z.enum(CONTEXTS);
export const FactorId = z.enum(FACTORS);
export const RedFlagId = z.enum(RED_FLAGS);
export const DurationId = z.enum(DURATIONS);
export const CauseId = z.enum(CAUSE_IDS);
export const TriageLevel = z.enum(TRIAGE_LEVELS);
export const RedFlagLevel = z.enum(['emergency', 'emergency-department', 'urgent', 'doctor']);
export const FirstAidId = z.enum(FIRST_AID);

const Text = z.string().trim().min(1, 'must not be empty');
const Sentence = Text.regex(/[.!?]$/, 'must end with a full stop, question mark or exclamation mark');
const SourceIds = z.array(KebabId).min(1, 'cite at least one source');
const IsoDate = z.iso.date('a date as YYYY-MM-DD');

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** How strongly a context or factor points to a cause: 1 can fit, 2 often fits, 3 typical. */
export const Weight = z.number().int().min(1).max(3);

export const Cause = z.strictObject({
  id: CauseId,
  name: Text,
  kind: z.enum(CAUSE_KINDS),
  summary: Sentence.refine((s) => wordCount(s) <= 25, 'summary: at most 25 words'),
  explanation: Sentence.describe('How it makes muscles shake, in plain words.'),
  contexts: z.partialRecord(ContextId, Weight).describe('The situations it fits, with weights.'),
  factors: z.partialRecord(FactorId, Weight).describe('Self-check factors that point to it, with weights.'),
  articlePhrases: z
    .array(z.string().regex(/^[a-z][a-z' -]*[a-z]\*?$/, 'lowercase words; a trailing * matches any ending'))
    .min(1)
    .describe('Phrases that show an article discusses this cause (for the detector).'),
  tips: z.array(KebabId).min(1, 'give at least one tip'),
  seeDoctor: Sentence.describe('When it is worth seeing a doctor about it.'),
  sources: SourceIds,
  reviewed: IsoDate,
});
export type Cause = z.infer<typeof Cause>;

export const Tip = z.strictObject({
  id: KebabId,
  action: Sentence.describe('Imperative: what, how much and when.'),
  why: Sentence,
  // Which causes a tip serves is stored once, on the causes (causes.json `tips`, in the order
  // each cause shows them); the validator checks that some cause lists every tip.
  // Required on every tip, so each one is a decision someone made, not a default.
  whileWaiting: z.boolean().describe('Safe and useful while waiting for same-day or emergency care (no training advice).'),
  onlyWith: z.array(FactorId).min(1).optional().describe('Shown only when one of these factors is ticked.'),
  notWith: z.array(FactorId).min(1).optional().describe('Never shown when one of these factors is ticked.'),
  sources: SourceIds,
});
export type Tip = z.infer<typeof Tip>;

export const RedFlag = z.strictObject({
  id: RedFlagId,
  notice: Text.describe('What a person notices, in plain words.'),
  short: Text.refine((s) => wordCount(s) <= 6, 'short: at most 6 words').describe('The sign in a few words.'),
  level: RedFlagLevel,
  action: Sentence.describe('What to do, and by when, in the words of its level.'),
  firstAid: z.array(FirstAidId).describe('What to do for the person meanwhile (may be empty).'),
  sources: SourceIds,
});
export type RedFlag = z.infer<typeof RedFlag>;

export const FirstAid = z.strictObject({
  id: FirstAidId,
  title: Text.refine((s) => wordCount(s) <= 6, 'title: at most 6 words'),
  steps: z.array(Sentence).min(1).max(7).describe('What to do, in order.'),
  callIf: Sentence.optional().describe('When to call the emergency number, if not already called.'),
  sources: SourceIds,
});
export type FirstAid = z.infer<typeof FirstAid>;

export const Faq = z.strictObject({
  id: KebabId,
  question: Text.regex(/\?$/, 'a question ends with a question mark'),
  answer: Sentence,
  causes: z.array(CauseId).default([]),
  sources: SourceIds,
});
export type Faq = z.infer<typeof Faq>;

export const Source = z.discriminatedUnion('kind', [
  z.strictObject({
    id: KebabId,
    kind: z.literal('seed'),
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a file name in ../shared/seeds/'),
    title: Text,
    covers: Sentence,
  }),
  z.strictObject({
    id: KebabId,
    kind: z.literal('outside'),
    organisation: Text,
    title: Text,
    url: z.url({ protocol: /^https$/ }),
    covers: Sentence,
  }),
]);
export type Source = z.infer<typeof Source>;

const VocabularyEntry = z.strictObject({
  label: Text.describe('How the self-check asks about it.'),
  reason: Text.describe('How a result explains it, in the person’s terms.'),
});

export const Vocabulary = z.strictObject({
  contexts: z.array(VocabularyEntry.extend({ id: ContextId, topic: Text.describe('"legs shaking during stretching"') })),
  factors: z.array(VocabularyEntry.extend({ id: FactorId, group: Text })),
  durations: z.array(z.strictObject({ id: DurationId, label: Text })),
});
export type Vocabulary = z.infer<typeof Vocabulary>;

/** Raises the triage level when every condition given holds (within a list, any one). */
export const TriageRule = z.strictObject({
  id: KebabId,
  level: z.enum(['urgent', 'doctor']),
  reason: Sentence,
  firstAid: z.array(FirstAidId).min(1).optional().describe('First aid to show whenever the rule matches.'),
  durationAtLeast: DurationId.optional(),
  anyContext: z.array(ContextId).min(1).optional(),
  anyFactor: z.array(FactorId).min(1).optional(),
});
export type TriageRule = z.infer<typeof TriageRule>;

/** A country's number for an ambulance, best first (the emergency screen shows the first). */
export const EmergencyNumber = z.strictObject({
  region: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "GB"'),
  name: Text,
  numbers: z.array(z.string().regex(/^\d{2,5}$/, 'digits only')).min(1),
  sources: SourceIds,
});
export type EmergencyNumber = z.infer<typeof EmergencyNumber>;

export const SelfCheckField = z.enum(SELF_CHECK_FIELDS);

/** Where a step's choices come from: the red flags of some levels, or a vocabulary list. */
const StepChoices = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('red-flags'), levels: z.array(RedFlagLevel).min(1) }),
  z.strictObject({ from: z.literal('contexts') }),
  z.strictObject({ from: z.literal('durations') }),
  z.strictObject({ from: z.literal('factors').describe('Shown in the groups vocabulary.json gives them.') }),
]);

/** One screen of the self-check; the popup renders every step with one component. */
export const SelfCheckStep = z.strictObject({
  field: SelfCheckField.describe('The answer this step fills in.'),
  kind: z.enum(['checkbox', 'radio']),
  choices: StepChoices,
  title: Text.regex(/\?$/, 'a step asks a question: end it with a question mark'),
  hint: Sentence.optional(),
  requiredMessage: Sentence.optional().describe('Shown when Next is pressed with nothing chosen; without it the step may be left empty.'),
  nextLabel: Text.optional().describe('The button that goes on; "Next" when absent.'),
  endsOnEmergency: z.literal(true).optional().describe('After this step, a sign that needs help now ends the check.'),
  notes: z
    .array(
      z.strictObject({
        afterChoice: KebabId.describe('Shown in the group that holds this choice.'),
        text: Sentence,
        goTo: SelfCheckField.describe('A link back to the step that asks for this field.'),
        goToLabel: Text,
      }),
    )
    .optional(),
});
export type SelfCheckStep = z.infer<typeof SelfCheckStep>;

/** One array per data file; the file name is the key (see knowledge/files.ts). */
export const KnowledgeFiles = {
  causes: z.array(Cause),
  tips: z.array(Tip),
  redFlags: z.array(RedFlag),
  firstAid: z.array(FirstAid),
  faq: z.array(Faq),
  sources: z.array(Source),
  triageRules: z.array(TriageRule),
} as const;

/**
 * Each data file as stored: its entries under one key, plus an optional `$schema` pointer so
 * editors can autocomplete and check the file. Strict, like everything else.
 */
const EditorHint = { $schema: z.string().optional() };
export const DataFiles = {
  'causes.json': z.strictObject({ ...EditorHint, causes: KnowledgeFiles.causes }),
  'tips.json': z.strictObject({ ...EditorHint, tips: KnowledgeFiles.tips }),
  'red-flags.json': z.strictObject({ ...EditorHint, redFlags: KnowledgeFiles.redFlags }),
  'first-aid.json': z.strictObject({ ...EditorHint, firstAid: KnowledgeFiles.firstAid }),
  // Apart from the rest: only the emergency screen and the options page load the numbers, and
  // no bundle carries their sources, which are for review.
  'emergency-numbers.json': z.strictObject({ ...EditorHint, emergencyNumbers: z.array(EmergencyNumber) }),
  'emergency-number-sources.json': z.strictObject({ ...EditorHint, sources: z.array(Source) }),
  'faq.json': z.strictObject({ ...EditorHint, faq: KnowledgeFiles.faq }),
  'sources.json': z.strictObject({ ...EditorHint, sources: KnowledgeFiles.sources }),
  'triage-rules.json': z.strictObject({ ...EditorHint, triageRules: KnowledgeFiles.triageRules }),
  'vocabulary.json': Vocabulary.extend(EditorHint),
  // Apart from the rest as well: only the popup's self-check asks these questions.
  'self-check.json': z.strictObject({ ...EditorHint, steps: z.array(SelfCheckStep).min(1) }),
} as const;
export type DataFileName = keyof typeof DataFiles;

export type KnowledgeBase = {
  causes: Cause[];
  tips: Tip[];
  redFlags: RedFlag[];
  firstAid: FirstAid[];
  faq: Faq[];
  sources: Source[];
  triageRules: TriageRule[];
  vocabulary: Vocabulary;
};
