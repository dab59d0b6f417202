// Broken copies of the bundled knowledge base, for proving that the validator catches each
// kind of mistake. Each test mutates a deep clone, never the real data.
import { RAW_FILES } from '@/knowledge/files';
import type { KnowledgeProblem, RawKnowledgeFiles } from '@/knowledge/validate';

type Entry = Record<string, unknown> & { id: string };
/** The raw files as plain, freely editable JSON. */
export type EditableFiles = {
  'causes.json': { causes: Entry[] } & Record<string, unknown>;
  'tips.json': { tips: Entry[] } & Record<string, unknown>;
  'red-flags.json': { redFlags: Entry[] } & Record<string, unknown>;
  'first-aid.json': { firstAid: Entry[] } & Record<string, unknown>;
  'emergency-numbers.json': { emergencyNumbers: (Record<string, unknown> & { region: string })[] } & Record<string, unknown>;
  'emergency-number-sources.json': { sources: Entry[] } & Record<string, unknown>;
  'faq.json': { faq: Entry[] } & Record<string, unknown>;
  'sources.json': { sources: Entry[] } & Record<string, unknown>;
  'triage-rules.json': { triageRules: Entry[] } & Record<string, unknown>;
  'vocabulary.json': { contexts: Entry[]; factors: Entry[]; durations: Entry[] } & Record<string, unknown>;
  'self-check.json': { steps: Step[] } & Record<string, unknown>;
};
type Step = Record<string, unknown> & { field: string; choices: Record<string, unknown>; notes?: Record<string, unknown>[] };

/** The self-check step that asks for `field`. */
export function step(files: EditableFiles, field: string): Step {
  const found = files['self-check.json'].steps.find((s) => s.field === field);
  if (!found) throw new Error(`test setup: no step "${field}"`);
  return found;
}

export function editableCopy(): EditableFiles {
  return structuredClone(RAW_FILES) as unknown as EditableFiles;
}

export function brokenCopy(mutate: (files: EditableFiles) => void): RawKnowledgeFiles {
  const files = editableCopy();
  mutate(files);
  return files;
}

export function find(list: Entry[], id: string): Entry {
  const entry = list.find((e) => e.id === id);
  if (!entry) throw new Error(`test setup: no entry "${id}"`);
  return entry;
}

/** A readable list for failure messages. */
export function show(problems: readonly KnowledgeProblem[]): string {
  return problems.map((p) => `${p.file} › ${p.entry}: ${p.problem}`).join('\n');
}
