// The detector lexicon for Node code (the CLI, the bench, tests, the build's virtual module),
// validated on first use so that a typo in the JSON fails loudly rather than matching nothing.
import raw from '../data/detector-lexicon.json';
import { kb } from '../index';
import { DetectorLexicon } from './lexicon-schema';
import { buildDetectorSignals, type DetectorSignals } from './signals';

export const LEXICON_FILE = 'detector-lexicon.json';

/** The lexicon's problems in the knowledge base validator's terms (knowledge/validate.ts). */
export function lexiconProblems(lexicon: unknown = raw): { file: string; entry: string; problem: string }[] {
  const result = DetectorLexicon.safeParse(lexicon);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [list, index] = issue.path.map(String);
    const value = list && index !== undefined ? (lexicon as Record<string, unknown[]>)[list]?.[Number(index)] : undefined;
    const entry = list === undefined ? '(file)' : index === undefined ? list : `${list}: ${JSON.stringify(value) ?? index}`;
    return { file: LEXICON_FILE, entry, problem: issue.message };
  });
}

export function loadLexicon(): DetectorLexicon {
  return DetectorLexicon.parse(raw);
}

/** The signals the content script is built with, computed the same way. */
export function nodeDetectorSignals(): DetectorSignals {
  return buildDetectorSignals(kb.causes, loadLexicon());
}
