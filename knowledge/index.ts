// The bundled knowledge base and the small functions that query it. The data is validated in
// the build (wxt.config.ts) and in tests, so the shipped code trusts it and does not carry the
// cost of validating it again on every popup or sidebar open.
import type { Cause, Faq, FirstAid, KnowledgeBase, RedFlag, Source, Tip, TriageRule, Vocabulary } from './schema';
import type { CauseId, FirstAidId, RedFlagId } from './vocabulary';
// The files one by one, not through knowledge/files.ts: that table also holds the emergency
// numbers, which only the emergency screen and the options page should carry.
import causesFile from './data/causes.json';
import tipsFile from './data/tips.json';
import redFlagsFile from './data/red-flags.json';
import firstAidFile from './data/first-aid.json';
import faqFile from './data/faq.json';
import sourcesFile from './data/sources.json';
import triageRulesFile from './data/triage-rules.json';
import vocabularyFile from './data/vocabulary.json';

export const kb: KnowledgeBase = {
  causes: causesFile.causes as unknown as Cause[],
  tips: tipsFile.tips as unknown as Tip[],
  redFlags: redFlagsFile.redFlags as unknown as RedFlag[],
  firstAid: firstAidFile.firstAid as unknown as FirstAid[],
  faq: faqFile.faq as unknown as Faq[],
  sources: sourcesFile.sources as unknown as Source[],
  triageRules: triageRulesFile.triageRules as unknown as TriageRule[],
  vocabulary: vocabularyFile as unknown as Vocabulary,
};

function indexById<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}
const causes = indexById(kb.causes);
const tips = indexById(kb.tips);
const sources = indexById(kb.sources);
const redFlags = indexById(kb.redFlags);
const firstAid = indexById(kb.firstAid);

export function causeById(id: CauseId | string): Cause | undefined {
  return causes.get(id);
}
export function tipById(id: string): Tip | undefined {
  return tips.get(id);
}
export function sourceById(id: string): Source | undefined {
  return sources.get(id);
}
export function redFlagById(id: RedFlagId | string): RedFlag | undefined {
  return redFlags.get(id);
}
export function firstAidById(id: FirstAidId | string): FirstAid | undefined {
  return firstAid.get(id);
}
/** A cause's tips in the order the cause lists them (most useful first). */
export function tipsForCause(id: CauseId | string): Tip[] {
  return (causeById(id)?.tips ?? []).map((t) => tips.get(t)).filter((t): t is Tip => t !== undefined);
}
