// The saved self-check's shape (components/shared/saved-check.ts), checked on every read. Apart
// from the storage code so that Zod loads only when a stored value is there to be checked.
import * as z from 'zod/mini';
import { Answers } from '@/knowledge/assess/answers';

export const SavedCheck = z.object({
  answers: Answers,
  savedAt: z.iso.datetime(),
});
export type SavedCheck = z.output<typeof SavedCheck>;

/** A stored value as a saved check, or null when it is missing or not one. */
export function parseSavedCheck(value: unknown): SavedCheck | null {
  const parsed = SavedCheck.safeParse(value);
  return parsed.success ? parsed.data : null;
}
