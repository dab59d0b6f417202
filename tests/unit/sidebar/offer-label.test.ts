// The offer's accessible name: starts with "Steady" and says what it offers, in the knowledge
// base's words for the page's main situation.
import { expect, test } from 'vitest';
import { kb } from '@/knowledge/index';
import { OFFER_TOPICS, offerLabel, offerTopic } from '@/components/page/offer/label';
import { articleTopic } from '@/knowledge/topics';
import type { Context } from '@/knowledge/vocabulary';

test('names the main situation of the page with the vocabulary’s topic', () => {
  expect(offerLabel(offerTopic(['after-exercise', 'stretching']))).toBe('Steady: muscles shaking after a workout — causes and tips');
  expect(offerLabel(offerTopic(['stretching']))).toBe('Steady: muscles shaking during stretching — causes and tips');
});

test('the offer’s topics are the vocabulary’s, word for word (the build hands the detector bundle just these)', () => {
  expect(OFFER_TOPICS).toEqual(Object.fromEntries(kb.vocabulary.contexts.map((c) => [c.id, c.topic])));
});

test('every context has a topic, and every label starts with "Steady"', () => {
  for (const { id, topic } of kb.vocabulary.contexts) {
    expect(offerTopic([id])).toBe(topic);
    expect(offerLabel(offerTopic([id]))).toMatch(/^Steady: .+ — causes and tips$/);
  }
});

test('a page with no context still gets a plain label', () => {
  expect(offerLabel(offerTopic([]))).toBe('Steady: muscles shaking — causes and tips');
});

test('the offer, the toolbar title, the popup and the sidebar name a page alike (knowledge/topics.ts)', () => {
  for (const contexts of [[], ...kb.vocabulary.contexts.map((c) => [c.id])] as Context[][]) {
    expect(offerTopic(contexts)).toBe(articleTopic(contexts));
  }
});

test('the visible words ("Steady", "causes and tips") are in the name, in order', () => {
  const name = offerLabel('muscle twitching');
  expect(name.startsWith('Steady')).toBe(true);
  expect(name.endsWith('causes and tips')).toBe(true);
});
