// The knowledge base is written in our own words: no run of 8 or more consecutive words in any
// of its strings may also appear in one of the seed articles in ../shared/seeds/. Words are
// compared lowercased, with punctuation stripped and whitespace folded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateKnowledge } from '../../knowledge/validate';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const RUN = 8;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Every RUN-word run of every seed, mapped to the seed it comes from. */
function seedRuns(): Map<string, string> {
  const runs = new Map<string, string>();
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    const w = words(readFileSync(join(SEEDS, file), 'utf8'));
    for (let i = 0; i + RUN <= w.length; i++) runs.set(w.slice(i, i + RUN).join(' '), file);
  }
  return runs;
}

function copiedRuns(texts: readonly string[], runs: Map<string, string>): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + RUN <= w.length; i++) {
      const run = w.slice(i, i + RUN).join(' ');
      const seed = runs.get(run);
      if (seed) found.push(`"${run}" (also in ${seed}) in: ${text}`);
    }
  }
  return found;
}

describe('no copied runs', () => {
  const runs = seedRuns();

  test(`no ${RUN}-word run of any knowledge-base string appears in a seed`, () => {
    const result = validateKnowledge();
    if (!result.ok) throw new Error('the knowledge base is invalid; run the unit tests first');
    const texts = strings(result.kb);
    expect(runs.size).toBeGreaterThan(1000);
    expect(texts.length).toBeGreaterThan(500);
    const copied = copiedRuns(texts, runs);
    expect(copied, `copied runs:\n${copied.join('\n')}`).toEqual([]);
  });

  test('the check catches a copied run even with different case and punctuation', () => {
    const [run, seed] = [...runs].find(([r]) => r.split(' ').every((w) => w.length > 2)) ?? [];
    if (!run || !seed) throw new Error('no seed runs');
    const disguised = `Our words first. ${run.toUpperCase().replace(' ', ', ')}! Then ours again.`;
    expect(copiedRuns([disguised], runs)).toEqual([expect.stringContaining(`(also in ${seed})`)]);
    expect(copiedRuns(['A sentence of our own that no seed could possibly contain, we hope.'], runs)).toEqual([]);
  });
});
