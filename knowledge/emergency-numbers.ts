// The emergency numbers, apart from the rest of the knowledge base (with their own sources), so
// that only the emergency screen and the options page carry them. Validated with the rest
// (knowledge/validate.ts).
import type { EmergencyNumber } from './schema';
import data from './data/emergency-numbers.json';

export const EMERGENCY_NUMBERS = data.emergencyNumbers as unknown as EmergencyNumber[];
