// Which of the knowledge base's causes fit the article a person is reading, best first.
//
// Three kinds of evidence, each weighed on its own scale so none can drown the others:
// - the page's situations (contexts), most prominent first, matched against each cause's
//   context weights (1 can fit, 2 often fits, 3 typical);
// - the causes the article itself discusses, most mentioned first;
// - optionally the person's own saved self-check, scored exactly as the self-check scores it
//   (knowledge/assess causeFit, 0..1) and counted like one typical situation of the page: it is
//   about them rather than the article, so it can reorder the list but never alone decides
//   that a medical condition leads.
// Medical conditions are rarely why muscles shake in a workout, so they only lead when the
// article is about them (its most discussed cause). Everything else is a tie-break in the
// knowledge base's own order, so the result is stable and reviewable.
import type { Answers } from '../assess/answers';
import { causeFit } from '../assess/score';
import type { Cause } from '../schema';
import type { CauseId, CauseKind, Context, Factor } from '../vocabulary';
import { CAUSE_KINDS } from '../vocabulary';

export type RankInput = {
  /** The situations the article describes, most prominent first. */
  contexts: readonly Context[];
  /** Causes the article discusses, most mentioned first. */
  mentioned: readonly CauseId[];
  /** The answers of the person's last saved self-check, when there is one. */
  selfCheck?: Answers | null;
};

/** Why a cause is where it is, so the sidebar can say it in plain words. */
export type RankReason =
  | { kind: 'context'; context: Context; weight: number }
  | { kind: 'article' }
  | { kind: 'self-check-context'; context: Context }
  | { kind: 'self-check-factor'; factor: Factor };

export type RankedCause = { cause: Cause; score: number; reasons: RankReason[] };

/** The first context counts fully, later ones less: an article is mostly about one thing. */
const PROMINENCE = [1, 0.6, 0.4] as const;
const LATER_PROMINENCE = 0.3;
/** A cause the article discusses: up to the weight of a typical context, less further down. */
const ARTICLE_WEIGHT = 2.5;
/** A perfect self-check fit counts as much as a typical situation of the page. */
const SELF_CHECK_WEIGHT = 3;
/** Medical conditions are possible but uncommon explanations for shaking in exercise. */
const MEDICAL_FACTOR = 0.5;

function prominence(index: number): number {
  return PROMINENCE[index] ?? LATER_PROMINENCE;
}

function kindOrder(kind: CauseKind): number {
  return CAUSE_KINDS.indexOf(kind);
}

function scoreCause(cause: Cause, input: RankInput): RankedCause {
  const reasons: RankReason[] = [];
  let score = 0;

  input.contexts.forEach((context, i) => {
    const weight = cause.contexts[context];
    if (!weight) return;
    score += weight * prominence(i);
    reasons.push({ kind: 'context', context, weight });
  });

  const mentionedAt = input.mentioned.indexOf(cause.id);
  if (mentionedAt >= 0) {
    score += ARTICLE_WEIGHT / (1 + 0.25 * mentionedAt);
    reasons.push({ kind: 'article' });
  }

  if (input.selfCheck) {
    const { fit, links } = causeFit(cause, input.selfCheck);
    score += fit * SELF_CHECK_WEIGHT;
    for (const link of links) {
      reasons.push(
        link.kind === 'context'
          ? { kind: 'self-check-context', context: link.id as Context }
          : { kind: 'self-check-factor', factor: link.id as Factor },
      );
    }
  }

  if (cause.kind === 'medical-condition') score *= MEDICAL_FACTOR;
  return { cause, score, reasons };
}

/**
 * Every cause of the knowledge base, best fit first (causes with no evidence at all come last,
 * everyday causes before medical ones). `causes` defaults to the bundled knowledge base in the
 * callers; tests pass their own.
 */
export function rankCauses(input: RankInput, causes: readonly Cause[]): RankedCause[] {
  const order = new Map(causes.map((c, i) => [c.id, i]));
  const ranked = causes
    .map((cause) => scoreCause(cause, input))
    .sort(
      (a, b) =>
        b.score - a.score ||
        kindOrder(a.cause.kind) - kindOrder(b.cause.kind) ||
        (order.get(a.cause.id) ?? 0) - (order.get(b.cause.id) ?? 0),
    );

  // A medical condition leads only when the article is about it.
  const about = input.mentioned[0];
  const first = ranked[0];
  if (first && first.cause.kind === 'medical-condition' && first.cause.id !== about) {
    const everyday = ranked.findIndex((r) => r.cause.kind !== 'medical-condition' && r.score > 0);
    if (everyday > 0) ranked.unshift(...ranked.splice(everyday, 1));
  }
  return ranked;
}

/**
 * The causes worth a card: those with any evidence, at least `min` (topped up in ranking
 * order, so a page with little to go on still gets the common everyday causes) and at most `max`.
 */
export function topCauses(ranked: readonly RankedCause[], min = 3, max = 6): RankedCause[] {
  const withEvidence = ranked.filter((r) => r.score > 0).slice(0, max);
  if (withEvidence.length >= min) return withEvidence;
  const rest = ranked.filter((r) => r.score <= 0 && r.cause.kind !== 'medical-condition');
  return [...withEvidence, ...rest].slice(0, Math.max(min, withEvidence.length));
}
