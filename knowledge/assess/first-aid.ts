// What to do for the person before anything else: the first aid of every sign ticked and every
// rule that matched, and at the emergency level the call itself and what to do if they stop
// breathing (anyone who needs an ambulance can collapse, and a collapse during exercise may be
// the heart). Shown first on the result and on the emergency screen, in the knowledge base's
// fixed order (knowledge/vocabulary.ts): the call, CPR if they stop breathing, then, with
// diabetes, treating a low, then the rest.
import type { FirstAidId } from '../vocabulary';
import { FIRST_AID } from '../vocabulary';
import type { AssessKnowledge } from './knowledge';
import type { Triage } from './triage';

export function firstAidFor(result: Triage, base: Pick<AssessKnowledge, 'redFlags' | 'triageRules'>): FirstAidId[] {
  const ids = new Set<FirstAidId>();
  if (result.level === 'emergency') {
    ids.add('call-emergency');
    ids.add('start-cpr');
  }
  for (const reason of result.because) {
    const entry = reason.kind === 'flag' ? base.redFlags.find((f) => f.id === reason.id) : base.triageRules.find((r) => r.id === reason.id);
    for (const id of entry?.firstAid ?? []) ids.add(id);
  }
  return FIRST_AID.filter((id) => ids.has(id));
}
