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
// null when there is none or it cannot be read.
//
// Anything read back is validated (saved-check-schema.ts): a value written by an older or newer
// version, or damaged, reads as "no saved check" and never breaks the page that reads it. The
// validator, with Zod, loads only when there is a value to check, so a popup with nothing saved
// opens without it.
import { storage } from 'wxt/utils/storage';
import type { Answers } from '@/knowledge/assess/answers';
import type { SavedCheck } from './saved-check-schema';

export type { SavedCheck };

// Version 1. A new shape raises `version` and adds its step in `migrations`; until then there
// are none, which also spares the popup WXT's migration read before its first render.
export const savedCheckItem = storage.defineItem<unknown>('local:selfCheck', {
  fallback: null,
  version: 1,
});

/**
 * The saved check, or null when there is none or it cannot be read. Never throws.
 * `whenStored` is called as soon as a value is found, before it is checked: the popup then
 * loads the result's code while the validator loads, instead of one after the other.
 */
export async function loadSavedCheck(whenStored?: () => void): Promise<SavedCheck | null> {
  try {
    const value = await savedCheckItem.getValue();
    if (value === null || value === undefined) return null;
    whenStored?.();
    const { parseSavedCheck } = await import('./saved-check-schema');
    return parseSavedCheck(value);
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
