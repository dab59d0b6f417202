// The person's latest self-check, kept in `storage.local` on this device only (never synced,
// never sent anywhere). The popup reopens on it; the sidebar may read it to rank causes for the
// person as well as for the article.
//
// Stored value (key `local:selfCheck`, version 1):
//   { answers: { when: Context[], duration, factors: Factor[], flags: RedFlagId[] },
//     savedAt: ISO 8601 date-time }
// Only the answers are stored, not the result: the result is recomputed from them with
// `assess()`, so it always follows the bundled knowledge base.
//
// For the sidebar: `const saved = await loadSavedCheck();` then pass
// `{ contexts: saved.answers.when, factors: saved.answers.factors }` to the ranking; `saved` is
// null when there is none or it cannot be read. `watchSavedCheck` reports later changes.
//
// Anything read back is validated: a value written by an older or newer version, or damaged,
// reads as "no saved check" and never breaks the page that reads it.
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { Answers } from '@/knowledge/assess/answers';

export const SavedCheck = z.object({
  answers: Answers,
  savedAt: z.iso.datetime(),
});
export type SavedCheck = z.output<typeof SavedCheck>;

// Version 1. A new shape raises `version` and adds its step in `migrations`; until then there
// are none, which also spares the popup WXT's migration read before its first render.
export const savedCheckItem = storage.defineItem<unknown>('local:selfCheck', {
  fallback: null,
  version: 1,
});

/** A stored value as a saved check, or null when it is missing or not one. */
export function parseSavedCheck(value: unknown): SavedCheck | null {
  const parsed = SavedCheck.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The saved check, or null when there is none or it cannot be read. Never throws. */
export async function loadSavedCheck(): Promise<SavedCheck | null> {
  try {
    return parseSavedCheck(await savedCheckItem.getValue());
  } catch {
    return null;
  }
}

/** Saves the answers with the current time, replacing any earlier check. */
export async function saveCheck(answers: Answers, now: Date = new Date()): Promise<SavedCheck> {
  const saved: SavedCheck = { answers, savedAt: now.toISOString() };
  await savedCheckItem.setValue(saved);
  return saved;
}

/** Removes the saved check. */
export async function forgetCheck(): Promise<void> {
  await savedCheckItem.removeValue();
}

/** Calls `onChange` with the saved check (or null) whenever it changes; returns the unwatch. */
export function watchSavedCheck(onChange: (saved: SavedCheck | null) => void): () => void {
  return savedCheckItem.watch((value) => onChange(parseSavedCheck(value)));
}
