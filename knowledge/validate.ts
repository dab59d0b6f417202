// Checks the knowledge base as strictly as code: every file against its Zod schema, then the
// links between files that a schema alone cannot see (ids that must resolve, causes and tips
// that must agree, vocabulary that must be covered, sources that must be cited). The build,
// the tests and `npm run kb:export` all go through `validateKnowledge`, so a broken entry
// fails loudly in one place with the file, the entry and the problem.
import type { z } from 'zod';
import { RAW_FILES } from './files';
import { lexiconProblems } from './detect/lexicon';
import { DataFiles, type DataFileName, type KnowledgeBase } from './schema';
import { LEVEL_PHRASES } from './assess/wording';
import { selfCheckProblems } from './self-check';
import { CAUSE_IDS, CONTEXTS, DURATIONS, FACTORS, FIRST_AID, RED_FLAGS, urgencyRank } from './vocabulary';

/** The five articles in ../shared/seeds/ the knowledge base is written from. */
export const SEED_FILES = [
  '000_4e62c198a143b423.txt',
  '001_bcd7730e511eb652.txt',
  '002_8b7dd8f32eb50676.txt',
  '003_e7749ff1af5affba.txt',
  '004_158dda1c92a7a0b4.txt',
] as const;

export type KnowledgeProblem = { file: string; entry: string; problem: string };
export type KnowledgeValidation = { ok: true; kb: KnowledgeBase } | { ok: false; problems: KnowledgeProblem[] };

/** The raw contents of every data file, keyed by file name (as in knowledge/files.ts). */
export type RawKnowledgeFiles = { readonly [F in DataFileName]: unknown };

export const DATA_FILE_NAMES = Object.keys(DataFiles) as DataFileName[];

type Parsed = { [F in DataFileName]: z.output<(typeof DataFiles)[F]> };

export function validateKnowledge(raw: RawKnowledgeFiles = RAW_FILES): KnowledgeValidation {
  const problems: KnowledgeProblem[] = [];
  const parsed: Partial<Record<DataFileName, unknown>> = {};
  for (const file of DATA_FILE_NAMES) {
    const result = DataFiles[file].safeParse(raw[file]);
    if (result.success) parsed[file] = result.data;
    else problems.push(...result.error.issues.map((issue) => describeIssue(file, raw[file], issue)));
  }
  // The detector's lexicon sits beside the knowledge base and is checked with it.
  problems.push(...lexiconProblems());
  // Cross-checks on half-parsed data would only repeat the schema problems in other words.
  if (problems.length > 0) return { ok: false, problems };

  const files = parsed as Parsed;
  const kb: KnowledgeBase = {
    causes: files['causes.json'].causes,
    tips: files['tips.json'].tips,
    redFlags: files['red-flags.json'].redFlags,
    firstAid: files['first-aid.json'].firstAid,
    faq: files['faq.json'].faq,
    sources: files['sources.json'].sources,
    triageRules: files['triage-rules.json'].triageRules,
    vocabulary: {
      contexts: files['vocabulary.json'].contexts,
      factors: files['vocabulary.json'].factors,
      durations: files['vocabulary.json'].durations,
    },
  };
  problems.push(
    ...crossCheck(kb),
    ...emergencyNumberProblems(files['emergency-numbers.json'], files['emergency-number-sources.json']),
    ...selfCheckProblems(files['self-check.json'].steps, kb).map((p) => ({ file: 'self-check.json', ...p })),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, kb };
}

/** The validated knowledge base; throws one readable error listing every problem. */
export function assertValidKnowledge(raw: RawKnowledgeFiles = RAW_FILES): KnowledgeBase {
  const result = validateKnowledge(raw);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.kb;
}

/** One line per problem; `dir` is the folder the files were read from. */
export function formatProblems(problems: readonly KnowledgeProblem[], dir = 'knowledge/data'): string {
  const folder = dir.endsWith('/') ? dir.slice(0, -1) : dir;
  const lines = problems.map((p) => `  ${folder}/${p.file} › ${p.entry}: ${p.problem}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`The knowledge base is invalid (${count}):`, ...lines].join('\n');
}

// ---------------------------------------------------------------------------------------------

/** Name the entry a Zod issue is about by its id when it has one, so a reader can find it. */
function describeIssue(file: DataFileName, raw: unknown, issue: z.core.$ZodIssue): KnowledgeProblem {
  const path = issue.path.map(String);
  let entry = '(file)';
  let rest = path;
  if (path.length >= 2 && /^\d+$/.test(path[1] ?? '')) {
    const list = (raw as Record<string, unknown> | null)?.[path[0] ?? ''];
    const item: unknown = Array.isArray(list) ? list[Number(path[1])] : undefined;
    const id = (item as { id?: unknown } | undefined)?.id;
    entry = typeof id === 'string' && id !== '' ? `${path[0]}: ${id}` : `${path[0]}[${path[1]}]`;
    rest = path.slice(2);
  } else if (path.length >= 1) {
    entry = path[0] ?? '(file)';
    rest = path.slice(1);
  }
  return { file, entry, problem: rest.length > 0 ? `${rest.join('.')}: ${issue.message}` : issue.message };
}

function crossCheck(kb: KnowledgeBase): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const report = (file: DataFileName, entry: string, problem: string): void => {
    problems.push({ file, entry, problem });
  };

  // Ids are unique within each file.
  const lists: [DataFileName, string, { id: string }[]][] = [
    ['causes.json', 'causes', kb.causes],
    ['tips.json', 'tips', kb.tips],
    ['red-flags.json', 'redFlags', kb.redFlags],
    ['first-aid.json', 'firstAid', kb.firstAid],
    ['faq.json', 'faq', kb.faq],
    ['sources.json', 'sources', kb.sources],
    ['triage-rules.json', 'triageRules', kb.triageRules],
    ['vocabulary.json', 'contexts', kb.vocabulary.contexts],
    ['vocabulary.json', 'factors', kb.vocabulary.factors],
    ['vocabulary.json', 'durations', kb.vocabulary.durations],
  ];
  for (const [file, key, entries] of lists) {
    for (const id of duplicates(entries.map((e) => e.id))) report(file, `${key}: ${id}`, `id "${id}" is used more than once`);
  }

  const causeIds = new Set<string>(kb.causes.map((c) => c.id));
  const tipsById = new Map(kb.tips.map((t) => [t.id, t]));
  const sourceIds = new Set(kb.sources.map((s) => s.id));

  // Every cause the code may name has an entry.
  for (const id of CAUSE_IDS) {
    if (!causeIds.has(id)) report('causes.json', `causes: ${id}`, `cause "${id}" (listed in knowledge/vocabulary.ts) has no entry`);
  }

  // Every reference resolves; the cause-to-tip links are stored once, on the causes.
  for (const cause of kb.causes) {
    const entry = `causes: ${cause.id}`;
    for (const t of duplicates(cause.tips)) report('causes.json', entry, `tip "${t}" is listed twice`);
    for (const tipId of cause.tips) {
      const tip = tipsById.get(tipId);
      if (!tip) report('causes.json', entry, `tip "${tipId}" does not exist in tips.json`);
    }
    for (const s of cause.sources) {
      if (!sourceIds.has(s)) report('causes.json', entry, `source "${s}" does not exist in sources.json`);
    }
    for (const p of duplicates(cause.articlePhrases)) report('causes.json', entry, `article phrase "${p}" is listed twice`);
  }
  for (const tip of kb.tips) {
    const entry = `tips: ${tip.id}`;
    if (!kb.causes.some((c) => c.tips.includes(tip.id))) report('tips.json', entry, 'no cause lists this tip');
    for (const s of tip.sources) {
      if (!sourceIds.has(s)) report('tips.json', entry, `source "${s}" does not exist in sources.json`);
    }
  }
  for (const flag of kb.redFlags) {
    const entry = `redFlags: ${flag.id}`;
    for (const s of flag.sources) {
      if (!sourceIds.has(s)) report('red-flags.json', entry, `source "${s}" does not exist in sources.json`);
    }
    for (const id of duplicates(flag.firstAid)) report('red-flags.json', entry, `first aid "${id}" is listed twice`);
    // The banner says what the level says; the sign's own action must not say otherwise.
    const phrase = LEVEL_PHRASES[flag.level];
    if (!phrase.must.test(flag.action) || phrase.mustNot?.test(flag.action)) {
      report('red-flags.json', entry, `the action of a "${flag.level}" sign must ${phrase.words}`);
    }
  }
  for (const id of FIRST_AID) {
    if (!kb.firstAid.some((f) => f.id === id)) report('first-aid.json', `firstAid: ${id}`, `first aid "${id}" has no entry`);
  }
  for (const aid of kb.firstAid) {
    for (const s of aid.sources) {
      if (!sourceIds.has(s)) report('first-aid.json', `firstAid: ${aid.id}`, `source "${s}" does not exist in sources.json`);
    }
  }
  for (const item of kb.faq) {
    const entry = `faq: ${item.id}`;
    for (const c of item.causes) {
      if (!causeIds.has(c)) report('faq.json', entry, `cause "${c}" does not exist in causes.json`);
    }
    for (const s of item.sources) {
      if (!sourceIds.has(s)) report('faq.json', entry, `source "${s}" does not exist in sources.json`);
    }
  }

  // Sources: the five seeds exactly, each cited; every source cited by something.
  const cited = new Set<string>([
    ...kb.causes.flatMap((c) => c.sources),
    ...kb.tips.flatMap((t) => t.sources),
    ...kb.redFlags.flatMap((r) => r.sources),
    ...kb.firstAid.flatMap((f) => f.sources),
    ...kb.faq.flatMap((f) => f.sources),
  ]);
  const seedFiles: string[] = [];
  for (const source of kb.sources) {
    const entry = `sources: ${source.id}`;
    if (source.kind === 'seed') {
      seedFiles.push(source.file);
      if (!(SEED_FILES as readonly string[]).includes(source.file)) {
        report('sources.json', entry, `"${source.file}" is not one of the seed files (${SEED_FILES.join(', ')})`);
      }
    }
    if (!cited.has(source.id)) {
      report('sources.json', entry, source.kind === 'seed' ? 'this seed is not cited by any entry' : 'no entry cites this source');
    }
  }
  for (const file of SEED_FILES) {
    if (!seedFiles.includes(file)) report('sources.json', `seed ${file}`, `seed file "${file}" has no source entry`);
  }
  for (const file of duplicates(seedFiles)) report('sources.json', `seed ${file}`, `seed file "${file}" has more than one source entry`);
  const urls = kb.sources.flatMap((s) => (s.kind === 'outside' ? [s.url] : []));
  for (const url of duplicates(urls)) report('sources.json', `url ${url}`, `address "${url}" belongs to more than one source`);

  // The shared vocabulary is all in use, and described once each.
  for (const context of CONTEXTS) {
    if (!kb.causes.some((c) => c.contexts[context] !== undefined)) {
      report('causes.json', `context ${context}`, `no cause fits the context "${context}"`);
    }
  }
  for (const factor of FACTORS) {
    if (!kb.causes.some((c) => c.factors[factor] !== undefined)) {
      report('causes.json', `factor ${factor}`, `no cause is pointed to by the factor "${factor}"`);
    }
  }
  const described: [string, readonly string[], { id: string }[]][] = [
    ['contexts', CONTEXTS, kb.vocabulary.contexts],
    ['factors', FACTORS, kb.vocabulary.factors],
    ['durations', DURATIONS, kb.vocabulary.durations],
  ];
  for (const [key, ids, entries] of described) {
    for (const id of ids) {
      if (!entries.some((e) => e.id === id)) report('vocabulary.json', `${key}: ${id}`, `"${id}" has no label`);
    }
  }

  // Red flags: every one present, most urgent first.
  for (const id of RED_FLAGS) {
    if (!kb.redFlags.some((r) => r.id === id)) report('red-flags.json', `redFlags: ${id}`, `red flag "${id}" has no entry`);
  }
  kb.redFlags.forEach((flag, i) => {
    const before = kb.redFlags[i - 1];
    if (before && urgencyRank(flag.level) < urgencyRank(before.level)) {
      report(
        'red-flags.json',
        `redFlags: ${flag.id}`,
        `out of order: "${flag.level}" comes after "${before.id}" (${before.level}); list the most urgent first`,
      );
    }
  });

  // Triage rules: a rule with no condition would apply to every answer.
  for (const rule of kb.triageRules) {
    if (rule.durationAtLeast === undefined && rule.anyContext === undefined && rule.anyFactor === undefined) {
      report(
        'triage-rules.json',
        `triageRules: ${rule.id}`,
        'a rule needs at least one condition (durationAtLeast, anyContext or anyFactor)',
      );
    }
    for (const c of duplicates(rule.anyContext ?? []))
      report('triage-rules.json', `triageRules: ${rule.id}`, `context "${c}" is listed twice`);
    for (const f of duplicates(rule.anyFactor ?? []))
      report('triage-rules.json', `triageRules: ${rule.id}`, `factor "${f}" is listed twice`);
  }

  return problems;
}

/** The emergency numbers: one entry a country, each citing sources of their own file, all cited. */
function emergencyNumberProblems(
  numbers: Parsed['emergency-numbers.json'],
  sources: Parsed['emergency-number-sources.json'],
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const report = (file: DataFileName, entry: string, problem: string) => problems.push({ file, entry, problem });
  const ids = new Set(sources.sources.map((s) => s.id));
  for (const r of duplicates(numbers.emergencyNumbers.map((e) => e.region))) {
    report('emergency-numbers.json', `emergencyNumbers: ${r}`, `country "${r}" is listed twice`);
  }
  for (const id of duplicates(sources.sources.map((s) => s.id))) {
    report('emergency-number-sources.json', `sources: ${id}`, `id "${id}" is used more than once`);
  }
  for (const country of numbers.emergencyNumbers) {
    for (const s of country.sources) {
      if (!ids.has(s))
        report('emergency-numbers.json', `emergencyNumbers: ${country.region}`, `source "${s}" is not in emergency-number-sources.json`);
    }
  }
  const cited = new Set(numbers.emergencyNumbers.flatMap((e) => e.sources));
  for (const s of sources.sources) {
    if (!cited.has(s.id)) report('emergency-number-sources.json', `sources: ${s.id}`, 'no country cites this source');
  }
  return problems;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}
