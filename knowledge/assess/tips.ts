// What to do: the tips of the leading causes, each once. A tip counts for every leading cause
// it serves, more for a better-fitting cause and for a tip the cause lists earlier (causes list
// their tips most useful first), so a tip that helps with two likely causes comes first.
// Only tips that fit the person are shown: one marked for a factor they did not tick (the
// caffeine limit in pregnancy) or against one they did (more potassium with kidney disease) is
// left out; and when help is needed today or sooner, only tips that are safe while waiting for
// it, never training advice.
import type { Tip } from '../schema';
import type { TriageLevel } from '../vocabulary';
import { urgencyRank } from '../vocabulary';
import type { Answers } from './answers';
import type { AssessKnowledge } from './knowledge';
import type { ScoredCause } from './score';

export const LEADING_CAUSES = 3;
export const MAX_TIPS = 6;

/** Whether a tip may be shown to this person at this level. */
export function tipFits(tip: Tip, factors: Answers['factors'], level: TriageLevel): boolean {
  if (urgencyRank(level) <= urgencyRank('urgent') && !tip.whileWaiting) return false;
  if (tip.onlyWith && !tip.onlyWith.some((f) => factors.includes(f))) return false;
  if (tip.notWith && tip.notWith.some((f) => factors.includes(f))) return false;
  return true;
}

export function tipsFor(
  causes: readonly ScoredCause[],
  answers: Pick<Answers, 'factors'>,
  level: TriageLevel,
  base: Pick<AssessKnowledge, 'causes' | 'tips'>,
): Tip['id'][] {
  const value = new Map<string, number>();
  const firstSeen: string[] = [];
  const add = (tipId: string, amount: number) => {
    if (!value.has(tipId)) firstSeen.push(tipId);
    value.set(tipId, (value.get(tipId) ?? 0) + amount);
  };
  const knownTips = new Set(base.tips.filter((t) => tipFits(t, answers.factors, level)).map((t) => t.id));
  for (const scored of causes.slice(0, LEADING_CAUSES)) {
    const cause = base.causes.find((c) => c.id === scored.id);
    if (!cause) continue;
    // Ranked by the cause's own list (the validator keeps a tip's causes and a cause's tips
    // in agreement, so the list is complete), left out where the tip does not fit.
    cause.tips.forEach((id, i) => {
      if (knownTips.has(id)) add(id, scored.score / (1 + i));
    });
  }
  return [...firstSeen]
    .sort((a, b) => (value.get(b) ?? 0) - (value.get(a) ?? 0) || firstSeen.indexOf(a) - firstSeen.indexOf(b))
    .slice(0, MAX_TIPS);
}
