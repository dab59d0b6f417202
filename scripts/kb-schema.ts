// Writes knowledge/json-schema/<name>.schema.json from the Zod schema of each data file, so
// editors autocomplete and check the files through their `$schema` key.
//   npm run kb:schema            write the files
//   npm run kb:schema -- --check exit 1 if a committed file is out of date
// A unit test (tests/unit/knowledge/json-schema.test.ts) keeps the committed files current.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { DataFiles, type DataFileName } from '../knowledge/schema';
import { DetectorLexicon } from '../knowledge/detect/lexicon-schema';

export const JSON_SCHEMA_DIR = fileURLToPath(new URL('../knowledge/json-schema/', import.meta.url));

/** `causes.json` → `causes.schema.json` (the name the data files point to). */
export function schemaFileName(file: DataFileName): string {
  return file.replace(/\.json$/, '.schema.json');
}

/** Every JSON Schema file's name and exact contents. */
export function renderJsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, schema] of Object.entries(DataFiles) as [DataFileName, z.ZodType][]) {
    // `input`: what a person writes in the file (defaults may be left out).
    const json = z.toJSONSchema(schema, { io: 'input' });
    out.set(schemaFileName(file), `${JSON.stringify(json, null, 2)}\n`);
  }
  // The detector's lexicon (knowledge/data/detector-lexicon.json), beside the knowledge base.
  out.set('detector-lexicon.schema.json', `${JSON.stringify(z.toJSONSchema(DetectorLexicon, { io: 'input' }), null, 2)}\n`);
  return out;
}

function main(args: string[]): number {
  const check = args.includes('--check');
  const stale: string[] = [];
  mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
  for (const [name, text] of renderJsonSchemas()) {
    const path = join(JSON_SCHEMA_DIR, name);
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    if (check) stale.push(name);
    else {
      writeFileSync(path, text);
      process.stdout.write(`wrote knowledge/json-schema/${name}\n`);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(`Out of date: ${stale.join(', ')}. Run npm run kb:schema.\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
