// What to watch for: the signs the person did not tick that would change what they should do,
// that is, every sign more urgent than the level they already have, most urgent first (the
// order of red-flags.json, which the validator keeps most urgent first).
import type { RedFlagId, TriageLevel } from '../vocabulary';
import { urgencyRank } from '../vocabulary';
import type { Answers } from './answers';
import type { AssessKnowledge } from './knowledge';

export function watchFor(answers: Pick<Answers, 'flags'>, level: TriageLevel, base: Pick<AssessKnowledge, 'redFlags'>): RedFlagId[] {
  return base.redFlags
    .filter((flag) => !answers.flags.includes(flag.id) && urgencyRank(flag.level) < urgencyRank(level))
    .map((flag) => flag.id);
}
