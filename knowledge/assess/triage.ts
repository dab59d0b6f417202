// How urgent it is. The level is the most urgent of the signs the person ticked, raised by the
// knowledge base's triage rules. Both only ever raise it: a chosen sign counts at its level,
// and a rule's conditions only become easier to meet when answers are added or the shaking has
// lasted longer, so adding an answer can never lower the level.
import type { RedFlag, TriageRule } from '../schema';
import type { Duration, RedFlagId, RedFlagLevel, TriageLevel } from '../vocabulary';
import { DURATIONS, moreUrgent, urgencyRank } from '../vocabulary';
import type { Answers } from './answers';
import type { AssessKnowledge } from './knowledge';
import { effectiveContexts } from './signals';

export type TriageReason =
  | { kind: 'flag'; id: RedFlagId; level: RedFlagLevel; text: string }
  | { kind: 'rule'; id: string; level: TriageRule['level']; text: string };

export type Triage = {
  level: TriageLevel;
  /** What set the level, most urgent first: the signs ticked and the rules that matched. */
  because: TriageReason[];
};

function durationRank(d: Duration): number {
  return DURATIONS.indexOf(d);
}

/** Every condition the rule gives holds; within a list, any one entry is enough. */
export function ruleMatches(rule: TriageRule, answers: Answers): boolean {
  if (rule.durationAtLeast && durationRank(answers.duration) < durationRank(rule.durationAtLeast)) return false;
  if (rule.anyContext) {
    const contexts = effectiveContexts(answers);
    if (!rule.anyContext.some((c) => contexts.includes(c))) return false;
  }
  if (rule.anyFactor && !rule.anyFactor.some((f) => answers.factors.includes(f))) return false;
  return true;
}

export function chosenFlags(answers: Pick<Answers, 'flags'>, redFlags: readonly RedFlag[]): RedFlag[] {
  return redFlags.filter((f) => answers.flags.includes(f.id));
}

export function triage(answers: Answers, base: Pick<AssessKnowledge, 'redFlags' | 'triageRules'>): Triage {
  let level: TriageLevel = 'self-care';
  const because: TriageReason[] = [];
  for (const flag of chosenFlags(answers, base.redFlags)) {
    level = moreUrgent(level, flag.level);
    because.push({ kind: 'flag', id: flag.id, level: flag.level, text: flag.action });
  }
  for (const rule of base.triageRules) {
    if (!ruleMatches(rule, answers)) continue;
    level = moreUrgent(level, rule.level);
    because.push({ kind: 'rule', id: rule.id, level: rule.level, text: rule.reason });
  }
  // Stable sort: signs before rules at the same level, each in knowledge-base order.
  because.sort((a, b) => urgencyRank(a.level) - urgencyRank(b.level));
  return { level, because };
}
