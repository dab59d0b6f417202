// The bundled knowledge base and the small functions that query it. The data is validated in
// the build (wxt.config.ts) and in tests, so the shipped code trusts it and does not carry the
// cost of validating it again on every popup or sidebar open.
import type { Cause, Faq, KnowledgeBase, RedFlag, Source, Tip, TriageRule, Vocabulary } from './schema';
import type { CauseId, RedFlagId } from './vocabulary';
import { RAW_FILES } from './files';

export const kb: KnowledgeBase = {
  causes: RAW_FILES['causes.json'].causes as unknown as Cause[],
  tips: RAW_FILES['tips.json'].tips as unknown as Tip[],
  redFlags: RAW_FILES['red-flags.json'].redFlags as unknown as RedFlag[],
  faq: RAW_FILES['faq.json'].faq as unknown as Faq[],
  sources: RAW_FILES['sources.json'].sources as unknown as Source[],
  triageRules: RAW_FILES['triage-rules.json'].triageRules as unknown as TriageRule[],
  vocabulary: RAW_FILES['vocabulary.json'] as unknown as Vocabulary,
};

function indexById<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}
const causes = indexById(kb.causes);
const tips = indexById(kb.tips);
const sources = indexById(kb.sources);
const redFlags = indexById(kb.redFlags);

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
/** A cause's tips in the order the cause lists them (most useful first). */
export function tipsForCause(id: CauseId | string): Tip[] {
  return (causeById(id)?.tips ?? []).map((t) => tips.get(t)).filter((t): t is Tip => t !== undefined);
}
