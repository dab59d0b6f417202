// The knowledge base as it is stored: one JSON file per kind of entry. Everything that reads
// the raw files (validation, export, JSON Schema) goes through this table.
import causes from './data/causes.json';
import tips from './data/tips.json';
import redFlags from './data/red-flags.json';
import faq from './data/faq.json';
import sources from './data/sources.json';
import triageRules from './data/triage-rules.json';
import vocabulary from './data/vocabulary.json';

export const RAW_FILES = {
  'causes.json': causes,
  'tips.json': tips,
  'red-flags.json': redFlags,
  'faq.json': faq,
  'sources.json': sources,
  'triage-rules.json': triageRules,
  'vocabulary.json': vocabulary,
} as const;
export type KnowledgeFileName = keyof typeof RAW_FILES;
