// The self-check's first step asks for the signs that need help at once. When one is ticked,
// the check stops there: this says which screen shows (an ambulance, or an emergency
// department) and with what first aid, from the signs alone.
import { core } from '../core';
import type { Factor, FirstAidId, RedFlagId } from '../vocabulary';
import type { AssessKnowledge } from './knowledge';
import { firstAidFor } from './first-aid';
import { triage } from './triage';

export type ActNow = { level: 'emergency' | 'emergency-department'; firstAid: FirstAidId[] };

/**
 * The act-now screen for these signs, or null when none of them needs help at once. The factors
 * already ticked count too (someone sent back from step 4 may have ticked diabetes).
 */
export function actNow(
  flags: readonly RedFlagId[],
  factors: readonly Factor[] = [],
  base: Pick<AssessKnowledge, 'redFlags' | 'triageRules'> = core,
): ActNow | null {
  const result = triage({ when: [], duration: 'first-time', factors: [...factors], flags: [...flags] }, base);
  if (result.level !== 'emergency' && result.level !== 'emergency-department') return null;
  return { level: result.level, firstAid: firstAidFor(result, base) };
}
