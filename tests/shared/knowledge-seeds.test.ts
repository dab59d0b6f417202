// Every seed article beside the repository is credited: it has a source entry in
// knowledge/data/sources.json, and the validator's list of seed files matches the folder.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { RAW_FILES } from '../../knowledge/files';
import { SEED_FILES } from '../../knowledge/validate';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

test('every seed file in ../shared/seeds has a source entry', () => {
  const onDisk = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  expect(onDisk.length).toBeGreaterThan(0);
  const credited = RAW_FILES['sources.json'].sources.flatMap((s) => ('file' in s ? [s.file] : []));
  for (const file of onDisk) expect(credited, file).toContain(file);
  expect([...SEED_FILES].sort()).toEqual(onDisk);
});
