// The bundled knowledge base and the small functions that query it: knowledge/core.ts (the
// warning signs, first aid, triage rules and vocabulary every screen needs at once) and the
// prose a result shows (causes, tips, answers, sources). The data is validated in the build
// (wxt.config.ts) and in tests, so the shipped code trusts it and does not carry the cost of
// validating it again on every popup or sidebar open.
import type { Cause, Faq, KnowledgeBase, Source, Tip } from './schema';
import type { CauseId } from './vocabulary';
import { core, indexById } from './core';
// The files one by one, not through knowledge/files.ts: that table also holds the emergency
// numbers, which only the emergency screen and the options page should carry.
import causesFile from './data/causes.json';
import tipsFile from './data/tips.json';
import faqFile from './data/faq.json';
import sourcesFile from './data/sources.json';

export { firstAidById, redFlagById } from './core';

export const kb: KnowledgeBase = {
  ...core,
  causes: causesFile.causes as unknown as Cause[],
  tips: tipsFile.tips as unknown as Tip[],
  faq: faqFile.faq as unknown as Faq[],
  sources: sourcesFile.sources as unknown as Source[],
};

const causes = indexById(kb.causes);
const tips = indexById(kb.tips);
const sources = indexById(kb.sources);

export function causeById(id: CauseId | string): Cause | undefined {
  return causes.get(id);
}
export function tipById(id: string): Tip | undefined {
  return tips.get(id);
}
export function sourceById(id: string): Source | undefined {
  return sources.get(id);
}
/** A cause's tips in the order the cause lists them (most useful first). */
export function tipsForCause(id: CauseId | string): Tip[] {
  return (causeById(id)?.tips ?? []).map((t) => tips.get(t)).filter((t): t is Tip => t !== undefined);
}
