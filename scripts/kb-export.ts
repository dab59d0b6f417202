// Prints the whole validated knowledge base as one JSON document, for reviewers and tools:
//   npm run --silent kb:export            the bundled data files
//   npm run --silent kb:export -- <dir>   the data files in another folder (same file names)
// Invalid content: nothing on standard output, every problem on standard error, exit code 1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RAW_FILES } from '../knowledge/files';
import { DATA_FILE_NAMES, formatProblems, validateKnowledge, type RawKnowledgeFiles } from '../knowledge/validate';

function readDataDir(dir: string): RawKnowledgeFiles {
  const entries = DATA_FILE_NAMES.map((file) => {
    const path = join(dir, file);
    try {
      return [file, JSON.parse(readFileSync(path, 'utf8')) as unknown] as const;
    } catch (error) {
      throw new Error(`knowledge file ${path}: ${(error as Error).message}`, { cause: error });
    }
  });
  return Object.fromEntries(entries) as RawKnowledgeFiles;
}

function main(args: string[]): number {
  let raw: RawKnowledgeFiles;
  try {
    raw = args[0] ? readDataDir(args[0]) : RAW_FILES;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const result = validateKnowledge(raw);
  if (!result.ok) {
    process.stderr.write(`${formatProblems(result.problems, args[0])}\n`);
    return 1;
  }
  const { causes, tips, redFlags, firstAid, faq, sources, triageRules, vocabulary } = result.kb;
  // Validated with the rest; kept apart in the bundles, so not part of `kb`.
  const { emergencyNumbers } = raw['emergency-numbers.json'] as Record<string, unknown>;
  const { sources: emergencyNumberSources } = raw['emergency-number-sources.json'] as Record<string, unknown>;
  const document = { causes, tips, redFlags, firstAid, faq, sources, triageRules, vocabulary, emergencyNumbers, emergencyNumberSources };
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
