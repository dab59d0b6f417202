// What the offer says it offers, in the knowledge base's own words for the page's main
// situation. Only the vocabulary's `contexts` list is imported (the JSON's named export), so the
// detector bundle carries seven short topics and none of the knowledge base's prose.
import type { Context } from '@/knowledge/vocabulary';
import { contexts } from '@/knowledge/data/vocabulary.json';

const FALLBACK_TOPIC = 'muscles shaking';

/** "muscles shaking during stretching" for the most prominent context the page describes. */
export function offerTopic(pageContexts: readonly Context[]): string {
  const first = pageContexts[0];
  return contexts.find((c) => c.id === first)?.topic ?? FALLBACK_TOPIC;
}

/** The offer button's accessible name in three parts: the visible brand, the topic (read out,
 *  not shown, to keep the button small) and the visible "causes and tips". */
export function offerLabelParts(topic: string): [brand: string, topic: string, offer: string] {
  return ['Steady', `: ${topic} —`, ' causes and tips'];
}

/** The offer button's accessible name: starts with "Steady", then what it offers. */
export function offerLabel(topic: string): string {
  return offerLabelParts(topic).join('');
}
