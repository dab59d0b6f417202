// The quick self-check's verdict: how urgent, what may cause it, what to do, what to watch for.
// Pure: the same answers and knowledge base always give the same assessment.
import { kb } from '../index';
import type { FirstAidId, RedFlagId } from '../vocabulary';
import type { Answers } from './answers';
import { firstAidFor } from './first-aid';
import type { AssessKnowledge } from './knowledge';
import { rankCauses, type ScoredCause } from './score';
import { tipsFor } from './tips';
import { triage, type Triage } from './triage';
import { watchFor } from './watch-for';

export type Assessment = {
  triage: Triage['level'];
  /** The signs and rules that set the triage level, most urgent first. */
  because: Triage['because'];
  /** What to do for the person first, before any cause: the call first, then the rest. */
  firstAid: FirstAidId[];
  /** Every cause the answers point to, best fit first. */
  causes: ScoredCause[];
  /** Tip ids for the leading causes, most useful first, each once. */
  tips: string[];
  /** Red flags not ticked that would make it more urgent, most urgent first. */
  redFlags: RedFlagId[];
};

export function assess(answers: Answers, base: AssessKnowledge = kb): Assessment {
  const level = triage(answers, base);
  const firstAid = firstAidFor(level, base);
  // An emergency is about calling for help now: nothing else may compete for attention.
  if (level.level === 'emergency') {
    return { triage: 'emergency', because: level.because, firstAid, causes: [], tips: [], redFlags: [] };
  }
  const causes = rankCauses(answers, base);
  return {
    triage: level.level,
    because: level.because,
    firstAid,
    causes,
    tips: tipsFor(causes, answers, level.level, base),
    redFlags: watchFor(answers, level.level, base),
  };
}

/** The machine-readable form printed by `npm run assess`. */
export function assessmentJson(a: Assessment): Pick<Assessment, 'triage' | 'firstAid' | 'causes' | 'tips' | 'redFlags'> {
  return { triage: a.triage, firstAid: a.firstAid, causes: a.causes, tips: a.tips, redFlags: a.redFlags };
}
