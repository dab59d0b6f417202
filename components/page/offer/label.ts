// What the offer says it offers, in the knowledge base's words for the page's main situation.
// The detector bundle must not carry the knowledge base (importing vocabulary.json would bring
// every label and reason along), so the build hands it just the seven topics
// (virtual:steady-page-constants, made from knowledge/data/vocabulary.json).
import { topics } from 'virtual:steady-page-constants';
import type { Context } from '@/knowledge/vocabulary';

export const OFFER_TOPICS: Readonly<Record<Context, string>> = topics;

const FALLBACK_TOPIC = 'muscles shaking';

/** "muscles shaking during stretching" for the most prominent context the page describes. */
export function offerTopic(pageContexts: readonly Context[]): string {
  const first = pageContexts[0];
  return (first && OFFER_TOPICS[first]) || FALLBACK_TOPIC;
}

/** The offer button's accessible name: "Steady", what the page is about, what it offers. Its
 *  visible text, "Steady" and "causes and tips", is in it in the same order. */
export function offerLabel(topic: string): string {
  return `Steady: ${topic} — causes and tips`;
}
