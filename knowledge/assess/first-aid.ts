// What to do for the person before anything else: the first aid of every sign ticked and every
// rule that matched, and the call itself at the emergency level. Shown first on the result and
// on the emergency screen, in the knowledge base's fixed order (knowledge/vocabulary.ts), so that
// the call comes first and, with diabetes, treating a low comes right after it.
import type { FirstAidId } from '../vocabulary';
import { FIRST_AID } from '../vocabulary';
import type { AssessKnowledge } from './knowledge';
import type { Triage } from './triage';

export function firstAidFor(result: Triage, base: Pick<AssessKnowledge, 'redFlags' | 'triageRules'>): FirstAidId[] {
  const ids = new Set<FirstAidId>();
  if (result.level === 'emergency') ids.add('call-emergency');
  for (const reason of result.because) {
    const entry =
      reason.kind === 'flag'
        ? base.redFlags.find((f) => f.id === reason.id)
        : base.triageRules.find((r) => r.id === reason.id);
    for (const id of entry?.firstAid ?? []) ids.add(id);
  }
  return FIRST_AID.filter((id) => ids.has(id));
}
