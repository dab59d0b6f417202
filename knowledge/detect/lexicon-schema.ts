// The shape of knowledge/data/detector-lexicon.json: the words the detector looks for, kept as
// data so that someone who does not read code can review and extend them. Validated in the
// build (the Vite plugin in wxt.config.ts), in `npm run validate` and in the unit tests.
import { z } from 'zod';
import { ContextId, KebabId } from '../schema';

/**
 * Lowercase words joined by spaces or hyphens; any word may end in `*` (any ending, at least
 * three letters before it), and a word after the first may be a lone `*`, which is any one word
 * (`after my * race`: a trail, fell or road race). Hyphens and spaces are the same to the
 * detector's tokenizer.
 */
export const LexiconPhrase = z
  .string()
  .regex(/^[a-z][a-z']*\*?(?:[ -](?:[a-z][a-z']*\*?|\*))*$/, "lowercase words; a word's trailing * matches any ending")
  .refine((p) => p.split(/[ -]/).every((w) => w === '*' || !w.endsWith('*') || w.length > 3), {
    message: 'a word ending in * needs at least three letters before the *',
  });

const Phrases = z.array(LexiconPhrase).min(1);

export const DetectorLexicon = z.strictObject({
  $schema: z.string().optional(),
  shaking: Phrases.describe('Words that say something shakes, trembles, quivers or twitches.'),
  shakingAndBody: Phrases.describe('Phrases that say on their own that a body shakes ("restless legs").'),
  notShaking: Phrases.describe(
    'Phrases in which a shaking word means something else ("protein shake", "shake up"); the shaking word in them does not count.',
  ),
  cancelsShaking: Phrases.describe(
    'Words that, in the same sentence, show the shaking is not a body’s (earthquakes, markets, vibration plates, drinks).',
  ),
  body: Phrases.describe('Parts of the body that can shake.'),
  feeling: Phrases.describe(
    'Words that say a person feels what follows ("felt", "leaves you"): ' +
      'a shaking word up to three words after one is a body’s ("felt really shaky").',
  ),
  notBody: Phrases.describe('Phrases in which a body word is not a person’s body ("table legs", "leg day").'),
  gear: Phrases.describe(
    'Things worn or used that can wobble themselves (a shoe, its midsole): a shaking word at most three words from one, ' +
      'with no body word as near, is the thing’s ("the midsole felt wobbly"), not the body’s.',
  ),
  fitness: Phrases.describe('Words that show a page is about exercise or health.'),
  offTopic: z
    .array(z.strictObject({ id: KebabId, about: z.string().min(1), words: Phrases }))
    .min(1)
    .describe('Groups of words that show a page is about something else that shakes.'),
  contexts: z
    .record(ContextId, Phrases)
    .describe('For each situation in the shared vocabulary, the phrases that show an article describes it.'),
});
export type DetectorLexicon = z.infer<typeof DetectorLexicon>;
