// No source line runs past Prettier's print width (140). Prettier wraps code but cannot break a
// long string literal or comment, so this catches what `npm run lint` lets through: every tracked
// .ts, .tsx, .css, .js and .mjs file outside tests/fixtures/ (pages kept as they were found).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WIDTH = 140;
const SOURCE = /\.(?:ts|tsx|css|js|mjs)$/;

/** Tracked files as they are in the working tree (a deleted one is skipped). */
const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((file) => SOURCE.test(file) && !file.startsWith('tests/fixtures/') && existsSync(join(ROOT, file)));

/** `file:line (length)` for each line wider than the print width, counted in characters. */
function longLines(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split(/\r?\n/)
    .flatMap((line, i) => ([...line].length > WIDTH ? [`${file}:${i + 1} (${[...line].length})`] : []));
}

test('the check sees the sources', () => {
  expect(files).toEqual(expect.arrayContaining(['vitest.config.ts', 'components/page/offer/offer-style.ts', 'eslint.config.js']));
  expect(files.some((file) => file.startsWith('tests/fixtures/'))).toBe(false);
});

test(`no source line is longer than ${WIDTH} characters`, () => {
  const long = files.flatMap(longLines);
  expect(long, `wrap these lines (split long strings with + or .join):\n${long.join('\n')}`).toEqual([]);
});
