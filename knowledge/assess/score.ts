// Which causes fit a person's answers, best first.
//
// Each cause links contexts and factors with weights (1 can fit, 2 often fits, 3 typical).
// A plain sum of matched weights would let a cause with many weak links outscore one that
// fits precisely, so the fit is the geometric mean of two shares, each between 0 and 1:
// - how much of the person's story the cause explains: the matched weight over the most those
//   answers could give (3 per answer);
// - how much of the cause's own picture is there: the matched weight over what a full match
//   would be. Situations are alternatives (a cause may show up in five, a person reports one
//   or two), so each reported situation could add at most 3, and a weak link ("can fit") stays
//   weak. Factors add up: every factor the cause lists counts, so a factor that is missing
//   (no new medicine for a medicine's side effect) and many weak links both lower the share.
// Then a prior for how long it has been going on: medical conditions are rarely why muscles
// shake after one hard session, and training causes rarely explain months of shaking. The
// prior scales the fit, so it reorders close calls but never invents a cause with no match.
// It does not apply when a typical factor of the cause was chosen.
import type { Cause } from '../schema';
import type { CauseId, CauseKind, Context, Duration, Factor } from '../vocabulary';
import { CAUSE_KINDS, FACTORS } from '../vocabulary';
import type { Answers } from './answers';
import type { AssessKnowledge } from './knowledge';
import { effectiveContexts } from './signals';

export type ScoredCause = {
  id: CauseId;
  /** 0..1: how well the cause fits the answers (rounded to two decimals). */
  score: number;
  /** Why, in the person's terms: strongest link first. */
  reasons: string[];
};

const MAX_WEIGHT = 3;

/** Indexed by CauseKind, then by Duration (first-time, days, weeks, months). */
const DURATION_PRIOR: Record<CauseKind, Record<Duration, number>> = {
  'training-and-effort': { 'first-time': 1, days: 1, weeks: 0.9, months: 0.75 },
  'fluids-and-food': { 'first-time': 1, days: 1, weeks: 0.9, months: 0.75 },
  'body-and-habits': { 'first-time': 0.95, days: 1, weeks: 1, months: 0.95 },
  'medical-condition': { 'first-time': 0.45, days: 0.55, weeks: 0.8, months: 1 },
};

type Link = { kind: 'context' | 'factor'; id: Context | Factor; weight: number };

function matchedLinks(cause: Cause, contexts: readonly Context[], factors: readonly Factor[]): Link[] {
  const links: Link[] = [];
  for (const id of contexts) {
    const weight = cause.contexts[id];
    if (weight) links.push({ kind: 'context', id, weight });
  }
  for (const id of factors) {
    const weight = cause.factors[id];
    if (weight) links.push({ kind: 'factor', id, weight });
  }
  return links;
}

function causeWeight(cause: Cause, reportedContexts: number): number {
  const factorWeights = FACTORS.map((f) => cause.factors[f] ?? 0);
  return MAX_WEIGHT * reportedContexts + factorWeights.reduce((sum, w) => sum + w, 0);
}

/** The unrounded fit of one cause, 0 when nothing the person said points to it. */
export function causeFit(cause: Cause, answers: Answers): { fit: number; links: Link[] } {
  const contexts = effectiveContexts(answers);
  const links = matchedLinks(cause, contexts, answers.factors);
  if (links.length === 0) return { fit: 0, links };
  const evidence = links.reduce((sum, l) => sum + l.weight, 0);
  const story = evidence / (MAX_WEIGHT * (contexts.length + answers.factors.length));
  const picture = Math.min(1, evidence / causeWeight(cause, contexts.length));
  // A typical factor (weight 3, such as "I have diabetes" for diabetes) says the person already
  // lives with the condition, so the caution about medical conditions no longer applies.
  const known = links.some((l) => l.kind === 'factor' && l.weight === MAX_WEIGHT);
  const prior = known ? 1 : DURATION_PRIOR[cause.kind][answers.duration];
  return { fit: Math.sqrt(story * picture) * prior, links };
}

function reasonText(link: Link, vocabulary: AssessKnowledge['vocabulary']): string {
  const entry =
    link.kind === 'context' ? vocabulary.contexts.find((c) => c.id === link.id) : vocabulary.factors.find((f) => f.id === link.id);
  return entry?.reason ?? link.id;
}

/** Every cause that anything in the answers points to, best fit first. */
export function rankCauses(answers: Answers, base: Pick<AssessKnowledge, 'causes' | 'vocabulary'>): ScoredCause[] {
  const scored = base.causes.map((cause, order) => ({ cause, order, ...causeFit(cause, answers) })).filter((s) => s.fit > 0);
  scored.sort((a, b) => b.fit - a.fit || CAUSE_KINDS.indexOf(a.cause.kind) - CAUSE_KINDS.indexOf(b.cause.kind) || a.order - b.order);
  return scored.map(({ cause, fit, links }) => ({
    id: cause.id,
    score: Math.max(0.01, Math.round(fit * 100) / 100),
    reasons: [...links].sort((a, b) => b.weight - a.weight).map((l) => reasonText(l, base.vocabulary)),
  }));
}
