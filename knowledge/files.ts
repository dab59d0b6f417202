// The knowledge base as it is stored: one JSON file per kind of entry. Everything that reads
// the raw files (validation, export, JSON Schema) goes through this table.
import causes from './data/causes.json';
import tips from './data/tips.json';
import redFlags from './data/red-flags.json';
import firstAid from './data/first-aid.json';
import emergencyNumbers from './data/emergency-numbers.json';
import emergencyNumberSources from './data/emergency-number-sources.json';
import faq from './data/faq.json';
import sources from './data/sources.json';
import triageRules from './data/triage-rules.json';
import vocabulary from './data/vocabulary.json';
import selfCheck from './data/self-check.json';

export const RAW_FILES = {
  'causes.json': causes,
  'tips.json': tips,
  'red-flags.json': redFlags,
  'first-aid.json': firstAid,
  'emergency-numbers.json': emergencyNumbers,
  'emergency-number-sources.json': emergencyNumberSources,
  'faq.json': faq,
  'sources.json': sources,
  'triage-rules.json': triageRules,
  'vocabulary.json': vocabulary,
  'self-check.json': selfCheck,
} as const;
export type KnowledgeFileName = keyof typeof RAW_FILES;
