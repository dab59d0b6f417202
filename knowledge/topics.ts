// What an article is about, in the vocabulary's words: "muscles shaking during stretching" for
// a page whose main situation is stretching. One source for the toolbar title, the popup's
// "This page" and the sidebar. (The in-page offer gets the seven phrases from the build,
// scripts/vite/virtual-modules.ts, because the detector bundle must not carry vocabulary.json.)
import vocabulary from './data/vocabulary.json';
import type { Context } from './vocabulary';

export const FALLBACK_TOPIC = 'muscles shaking';

const TOPICS = new Map<string, string>(vocabulary.contexts.map((c) => [c.id, c.topic]));

/** The topic of one situation. */
export function topicOf(context: Context): string {
  return TOPICS.get(context) ?? FALLBACK_TOPIC;
}

/** The topic of a page: its first (most prominent) situation's, or plain "muscles shaking". */
export function articleTopic(contexts: readonly Context[]): string {
  const first = contexts[0];
  return first ? topicOf(first) : FALLBACK_TOPIC;
}
