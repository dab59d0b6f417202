// The part of the bundled knowledge base that every screen of the self-check needs at once: the
// warning signs, the first aid, the triage rules and the vocabulary. It is apart from
// knowledge/index.ts (which adds the causes, tips, answers and sources: most of the prose) so
// that the popup's questions and its emergency screen load without the prose, which only a
// result shows. The data is validated in the build (wxt.config.ts) and in tests.
import type { FirstAid, KnowledgeBase, RedFlag, TriageRule, Vocabulary } from './schema';
import type { FirstAidId, RedFlagId } from './vocabulary';
import redFlagsFile from './data/red-flags.json';
import firstAidFile from './data/first-aid.json';
import triageRulesFile from './data/triage-rules.json';
import vocabularyFile from './data/vocabulary.json';

export type CoreKnowledge = Pick<KnowledgeBase, 'redFlags' | 'firstAid' | 'triageRules' | 'vocabulary'>;

export const core: CoreKnowledge = {
  redFlags: redFlagsFile.redFlags as unknown as RedFlag[],
  firstAid: firstAidFile.firstAid as unknown as FirstAid[],
  triageRules: triageRulesFile.triageRules as unknown as TriageRule[],
  vocabulary: vocabularyFile as unknown as Vocabulary,
};

export function indexById<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}
const redFlags = indexById(core.redFlags);
const firstAid = indexById(core.firstAid);

export function redFlagById(id: RedFlagId | string): RedFlag | undefined {
  return redFlags.get(id);
}
export function firstAidById(id: FirstAidId | string): FirstAid | undefined {
  return firstAid.get(id);
}
