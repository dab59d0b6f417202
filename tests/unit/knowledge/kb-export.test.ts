// `npm run --silent kb:export` as a reviewer runs it: the real script in a child process, on
// the bundled data and on a broken copy in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { editableCopy, find } from './helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function kbExport(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/kb-export.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

function writeDataDir(files: Record<string, unknown>, leaveOut?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'steady-kb-'));
  temp.push(dir);
  for (const [name, data] of Object.entries(files)) if (name !== leaveOut) writeFileSync(join(dir, name), JSON.stringify(data));
  return dir;
}

// Each test starts the real CLI (Node + tsx), which takes seconds on a busy two-core machine.
describe('kb:export', { timeout: 30_000 }, () => {
  test('prints the whole validated knowledge base as one JSON document', () => {
    const run = kbExport();
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as Record<string, { id: string }[]>;
    expect(Object.keys(doc)).toEqual([
      'causes',
      'tips',
      'redFlags',
      'firstAid',
      'faq',
      'sources',
      'triageRules',
      'vocabulary',
      'emergencyNumbers',
      'emergencyNumberSources',
    ]);
    for (const key of ['causes', 'tips', 'redFlags', 'faq', 'sources']) {
      expect(Array.isArray(doc[key]), key).toBe(true);
      expect(
        doc[key]?.every((e) => typeof e.id === 'string'),
        key,
      ).toBe(true);
    }
    expect(doc.causes).toHaveLength(30);
    expect(run.stderr).toBe('');
  });

  test('reads another folder of data files when given one', () => {
    const files = editableCopy();
    find(files['faq.json'].faq, 'is-it-serious').question = 'Is it serious, in this copy?';
    const run = kbExport(writeDataDir(files));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Is it serious, in this copy?');
  });

  test('exits non-zero with the file, entry and problem when content is invalid', () => {
    const files = editableCopy();
    find(files['causes.json'].causes, 'muscle-fatigue').tips = ['no-such-tip'];
    const dir = writeDataDir(files);
    const run = kbExport(dir);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${dir}/causes.json › causes: muscle-fatigue: tip "no-such-tip" does not exist in tips.json`);
  });

  test('exits non-zero naming the file when one is missing or not JSON', () => {
    const missing = kbExport(writeDataDir(editableCopy(), 'sources.json'));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/sources\.json/);

    const dir = writeDataDir(editableCopy());
    writeFileSync(join(dir, 'tips.json'), '{ not json');
    const garbled = kbExport(dir);
    expect(garbled.status).not.toBe(0);
    expect(garbled.stderr).toMatch(/tips\.json/);
  });
});
