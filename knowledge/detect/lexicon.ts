// The detector lexicon for Node code (the CLI, the bench, tests, the build's virtual module),
// validated on first use so that a typo in the JSON fails loudly rather than matching nothing.
import raw from '../data/detector-lexicon.json';
import { kb } from '../index';
import { DetectorLexicon } from './lexicon-schema';
import { buildDetectorSignals, type DetectorSignals } from './signals';

export function loadLexicon(): DetectorLexicon {
  return DetectorLexicon.parse(raw);
}

/** The signals the content script is built with, computed the same way. */
export function nodeDetectorSignals(): DetectorSignals {
  return buildDetectorSignals(kb.causes, loadLexicon());
}
