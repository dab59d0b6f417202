// What to do: the tips of the leading causes, each once. A tip counts for every leading cause
// it serves, more for a better-fitting cause and for a tip the cause lists earlier (causes list
// their tips most useful first), so a tip that helps with two likely causes comes first.
import type { Tip } from '../schema';
import type { AssessKnowledge } from './knowledge';
import type { ScoredCause } from './score';

export const LEADING_CAUSES = 3;
export const MAX_TIPS = 6;

export function tipsFor(causes: readonly ScoredCause[], base: Pick<AssessKnowledge, 'causes' | 'tips'>): Tip['id'][] {
  const value = new Map<string, number>();
  const firstSeen: string[] = [];
  const add = (tipId: string, amount: number) => {
    if (!value.has(tipId)) firstSeen.push(tipId);
    value.set(tipId, (value.get(tipId) ?? 0) + amount);
  };
  const knownTips = new Set(base.tips.map((t) => t.id));
  for (const scored of causes.slice(0, LEADING_CAUSES)) {
    const cause = base.causes.find((c) => c.id === scored.id);
    if (!cause) continue;
    const listed = cause.tips.filter((id) => knownTips.has(id));
    listed.forEach((id, i) => add(id, scored.score / (1 + i)));
    // Tips that name the cause but that the cause does not list come after its own.
    for (const tip of base.tips) {
      if (tip.causes.includes(cause.id) && !listed.includes(tip.id)) add(tip.id, scored.score / (2 + listed.length));
    }
  }
  return [...firstSeen]
    .sort((a, b) => (value.get(b) ?? 0) - (value.get(a) ?? 0) || firstSeen.indexOf(a) - firstSeen.indexOf(b))
    .slice(0, MAX_TIPS);
}
