// `npm run assess`: answers in (a file or standard input), the assessment out as JSON; invalid
// answers exit with status 2 and plain words.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/assess.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run assess', () => {
  test('reads answers from a file and prints triage, causes, tips and red flags', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'steady-assess-'));
    const file = path.join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify({ when: ['stretching'], duration: 'days', factors: ['tight-muscles', 'long-holds'] }));
    const { status, stdout } = run([file]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['triage', 'firstAid', 'causes', 'tips', 'redFlags']);
    expect(out.triage).toBe('self-care');
    expect(out.causes[0]).toMatchObject({
      id: 'poor-flexibility',
      reasons: expect.arrayContaining(['it happens when you hold a stretch']),
    });
    expect(Object.keys(out.causes[0])).toEqual(['id', 'score', 'reasons']);
    expect(out.tips.length).toBeGreaterThan(0);
    expect(out.redFlags[0]).toBe('face-arm-speech');
  }, 30_000);

  test('reads standard input with -', () => {
    const { status, stdout } = run(['-'], JSON.stringify({ when: ['during-exercise'], duration: 'first-time', flags: ['chest-pain'] }));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      triage: 'emergency',
      firstAid: ['call-emergency', 'start-cpr', 'stop-and-rest'],
      causes: [],
      tips: [],
      redFlags: [],
    });
  }, 30_000);

  test('invalid answers exit 2 and name the field', () => {
    const { status, stdout, stderr } = run(['-'], JSON.stringify({ when: ['stretching'], duration: 'forever' }));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"duration" (how long it has been going on): "forever" is not one of: first-time, days, weeks, months.');
  }, 30_000);

  test('text that is not JSON, or no file, exits 2 with a plain message', () => {
    const notJson = run(['-'], 'when: stretching');
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/not valid JSON/);
    const noArgs = run([]);
    expect(noArgs.status).toBe(2);
    expect(noArgs.stderr).toMatch(/Usage/);
    const missing = run(['/nonexistent/answers.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Could not read/);
  }, 30_000);
});
