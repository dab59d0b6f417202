// Proves the validator: for every rule, a copy of the real knowledge base broken in exactly
// that way is rejected with the file, the entry and the problem named.
import { describe, expect, test } from 'vitest';
import {
  assertValidKnowledge,
  formatProblems,
  validateKnowledge,
  type KnowledgeProblem,
  type RawKnowledgeFiles,
} from '@/knowledge/validate';
import { brokenCopy, editableCopy, find, show, step } from './helpers';

function problemsOf(raw: RawKnowledgeFiles): KnowledgeProblem[] {
  const result = validateKnowledge(raw);
  if (result.ok) throw new Error('expected the broken copy to be rejected, but it passed');
  return result.problems;
}

/** The broken copy is rejected, and one of the problems matches `expected`. */
function expectProblem(raw: RawKnowledgeFiles, expected: { file: string; entry?: string; problem: RegExp }): void {
  const problems = problemsOf(raw);
  const hit = problems.some(
    (p) => p.file === expected.file && (expected.entry === undefined || p.entry === expected.entry) && expected.problem.test(p.problem),
  );
  expect(hit, `wanted ${expected.file} › ${expected.entry ?? '*'}: ${String(expected.problem)}\ngot:\n${show(problems)}`).toBe(true);
}

test('an untouched copy passes', () => {
  expect(validateKnowledge(editableCopy())).toMatchObject({ ok: true });
});

describe('schema: every file is strict', () => {
  test('an unknown key in an entry', () => {
    const raw = brokenCopy((f) => {
      find(f['causes.json'].causes, 'muscle-fatigue').severity = 'mild';
    });
    expectProblem(raw, { file: 'causes.json', entry: 'causes: muscle-fatigue', problem: /severity/ });
  });

  test('an unknown key on the file itself', () => {
    const raw = brokenCopy((f) => {
      f['tips.json'].extra = true;
    });
    expectProblem(raw, { file: 'tips.json', entry: '(file)', problem: /extra/ });
  });

  test('the $schema pointer is allowed, but the entries key is required', () => {
    expect(validateKnowledge(brokenCopy((f) => delete f['faq.json'].$schema))).toMatchObject({ ok: true });
    const raw = brokenCopy((f) => {
      delete (f['faq.json'] as Record<string, unknown>).faq;
    });
    expectProblem(raw, { file: 'faq.json', entry: 'faq', problem: /expected array/i });
  });

  test('a summary longer than 25 words', () => {
    const raw = brokenCopy((f) => {
      find(f['causes.json'].causes, 'dehydration').summary = `${'Very '.repeat(25)}long.`;
    });
    expectProblem(raw, { file: 'causes.json', entry: 'causes: dehydration', problem: /summary.*at most 25 words/ });
  });

  test('a weight outside 1 to 3', () => {
    const raw = brokenCopy((f) => {
      (find(f['causes.json'].causes, 'poor-flexibility').contexts as Record<string, number>).stretching = 4;
    });
    expectProblem(raw, { file: 'causes.json', entry: 'causes: poor-flexibility', problem: /contexts\.stretching/ });
  });

  test('a context or factor that is not in the shared vocabulary', () => {
    const raw = brokenCopy((f) => {
      (find(f['causes.json'].causes, 'poor-flexibility').factors as Record<string, number>)['tight-hamstrings'] = 2;
    });
    expectProblem(raw, { file: 'causes.json', entry: 'causes: poor-flexibility', problem: /factors/ });
  });

  test('an article phrase that is not lowercase words', () => {
    const raw = brokenCopy((f) => {
      (find(f['causes.json'].causes, 'alcohol').articlePhrases as string[]).push('Hangover.*');
    });
    expectProblem(raw, { file: 'causes.json', entry: 'causes: alcohol', problem: /articlePhrases\.\d+: lowercase words/ });
  });

  test('an id that is not kebab-case', () => {
    const raw = brokenCopy((f) => {
      find(f['tips.json'].tips, 'cool-down').id = 'Cool_Down';
    });
    expectProblem(raw, { file: 'tips.json', entry: 'tips: Cool_Down', problem: /kebab-case/ });
  });

  test('a red flag without a level or an action', () => {
    const noLevel = brokenCopy((f) => delete find(f['red-flags.json'].redFlags, 'fever').level);
    expectProblem(noLevel, { file: 'red-flags.json', entry: 'redFlags: fever', problem: /^level/ });
    const noAction = brokenCopy((f) => delete find(f['red-flags.json'].redFlags, 'fever').action);
    expectProblem(noAction, { file: 'red-flags.json', entry: 'redFlags: fever', problem: /^action/ });
  });

  test('a red flag marked self-care', () => {
    const raw = brokenCopy((f) => {
      find(f['red-flags.json'].redFlags, 'daily-life').level = 'self-care';
    });
    expectProblem(raw, { file: 'red-flags.json', entry: 'redFlags: daily-life', problem: /^level/ });
  });

  test('a cause with no tip, or no source', () => {
    const noTips = brokenCopy((f) => {
      find(f['causes.json'].causes, 'caffeine-stimulants').tips = [];
    });
    expectProblem(noTips, { file: 'causes.json', entry: 'causes: caffeine-stimulants', problem: /at least one tip/ });
    const noSources = brokenCopy((f) => {
      find(f['causes.json'].causes, 'caffeine-stimulants').sources = [];
    });
    expectProblem(noSources, { file: 'causes.json', entry: 'causes: caffeine-stimulants', problem: /at least one source/ });
  });

  test('an outside source that is not https', () => {
    const raw = brokenCopy((f) => {
      find(f['sources.json'].sources, 'nhs-dvt').url = 'http://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/';
    });
    expectProblem(raw, { file: 'sources.json', entry: 'sources: nhs-dvt', problem: /url/ });
  });
});

describe('ids are unique in each file', () => {
  test.each([
    ['tips.json', 'tips'],
    ['faq.json', 'faq'],
    ['sources.json', 'sources'],
    ['causes.json', 'causes'],
    ['red-flags.json', 'redFlags'],
    ['triage-rules.json', 'triageRules'],
  ] as const)('a repeated entry in %s', (file, key) => {
    const raw = brokenCopy((f) => {
      const list = (f[file] as Record<string, unknown>)[key] as { id: string }[];
      const first = list[0];
      if (!first) throw new Error(`test setup: ${file} is empty`);
      list.push(structuredClone(first));
    });
    const id = (editableCopy()[file] as unknown as Record<string, { id: string }[]>)[key]?.[0]?.id;
    expectProblem(raw, { file, entry: `${key}: ${id}`, problem: /used more than once/ });
  });

  test('a repeated vocabulary label', () => {
    const raw = brokenCopy((f) => {
      f['vocabulary.json'].factors.push(structuredClone(find(f['vocabulary.json'].factors, 'stress')));
    });
    expectProblem(raw, { file: 'vocabulary.json', entry: 'factors: stress', problem: /used more than once/ });
  });
});

describe('every reference resolves', () => {
  test('a cause naming a tip that does not exist', () => {
    const raw = brokenCopy((f) => {
      (find(f['causes.json'].causes, 'dehydration').tips as string[]).push('drink-seawater');
    });
    expectProblem(raw, { file: 'causes.json', entry: 'causes: dehydration', problem: /tip "drink-seawater" does not exist/ });
  });

  test.each([
    ['causes.json', 'causes', 'dehydration'],
    ['tips.json', 'tips', 'cool-down'],
    ['red-flags.json', 'redFlags', 'fever'],
    ['faq.json', 'faq', 'is-it-serious'],
  ] as const)('%s citing a source that does not exist', (file, key, id) => {
    const raw = brokenCopy((f) => {
      const list = (f[file] as Record<string, unknown>)[key] as { id: string; sources: string[] }[];
      list.find((e) => e.id === id)?.sources.push('made-up-source');
    });
    expectProblem(raw, { file, entry: `${key}: ${id}`, problem: /source "made-up-source" does not exist/ });
  });

  test('a cause that has no entry: the code names it and the FAQ points at it', () => {
    const raw = brokenCopy((f) => {
      f['causes.json'].causes = f['causes.json'].causes.filter((c) => c.id !== 'iron-deficiency');
    });
    const problems = problemsOf(raw);
    expectProblem(raw, { file: 'causes.json', entry: 'causes: iron-deficiency', problem: /has no entry/ });
    expectProblem(raw, { file: 'faq.json', entry: 'faq: what-are-restless-legs', problem: /cause "iron-deficiency" does not exist/ });
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('causes and tips', () => {
  test('a cause lists a tip that does not exist', () => {
    const raw = brokenCopy((f) => {
      const cause = find(f['causes.json'].causes, 'overexertion');
      cause.tips = [...(cause.tips as string[]), 'no-such-tip'];
    });
    expectProblem(raw, { file: 'causes.json', entry: 'causes: overexertion', problem: /tip "no-such-tip" does not exist/ });
  });

  test('a tip may not say which causes it serves: the causes say it, once', () => {
    const raw = brokenCopy((f) => {
      find(f['tips.json'].tips, 'cool-down').causes = ['overexertion'];
    });
    expectProblem(raw, { file: 'tips.json', problem: /causes/ });
  });

  test('a tip that no cause lists', () => {
    const raw = brokenCopy((f) => {
      f['tips.json'].tips.push({
        id: 'orphan-tip',
        action: 'Hum quietly for 2 minutes after every session.',
        why: 'It is here only to prove the check.',
        whileWaiting: false,
        sources: ['seed-after-workout'],
      });
    });
    expectProblem(raw, { file: 'tips.json', entry: 'tips: orphan-tip', problem: /no cause lists this tip/ });
  });
});

describe('sources', () => {
  test('a seed entry naming a file that is not one of the five seeds', () => {
    const raw = brokenCopy((f) => {
      find(f['sources.json'].sources, 'seed-heel-lift').file = '009_0123456789abcdef.txt';
    });
    expectProblem(raw, { file: 'sources.json', entry: 'sources: seed-heel-lift', problem: /not one of the seed files/ });
    expectProblem(raw, { file: 'sources.json', entry: 'seed 004_158dda1c92a7a0b4.txt', problem: /has no source entry/ });
  });

  test('a seed that no entry cites', () => {
    const raw = brokenCopy((f) => {
      for (const key of ['causes.json', 'tips.json', 'red-flags.json', 'faq.json'] as const) {
        const file = f[key] as Record<string, unknown>;
        const list = Object.values(file).find(Array.isArray) as { sources: string[] }[];
        for (const e of list)
          e.sources =
            e.sources.length > 1
              ? e.sources.filter((s) => s !== 'seed-twitching')
              : e.sources.map((s) => (s === 'seed-twitching' ? 'seed-stretching' : s));
      }
    });
    expectProblem(raw, { file: 'sources.json', entry: 'sources: seed-twitching', problem: /not cited by any entry/ });
  });

  test('an outside source that no entry cites', () => {
    const raw = brokenCopy((f) => {
      f['sources.json'].sources.push({
        id: 'unused-page',
        kind: 'outside',
        organisation: 'Example',
        title: 'Unused',
        url: 'https://example.org/unused',
        covers: 'Nothing that is cited.',
      });
    });
    expectProblem(raw, { file: 'sources.json', entry: 'sources: unused-page', problem: /no entry cites this source/ });
  });

  test('two seed entries for one seed file', () => {
    const raw = brokenCopy((f) => {
      const copy = structuredClone(find(f['sources.json'].sources, 'seed-stretching'));
      copy.id = 'seed-stretching-again';
      f['sources.json'].sources.push(copy);
      (find(f['causes.json'].causes, 'poor-flexibility').sources as string[]).push('seed-stretching-again');
    });
    expectProblem(raw, { file: 'sources.json', entry: 'seed 000_4e62c198a143b423.txt', problem: /more than one source entry/ });
  });
});

describe('the shared vocabulary is all used and all labelled', () => {
  test('a context no cause fits', () => {
    const raw = brokenCopy((f) => {
      for (const c of f['causes.json'].causes) delete (c.contexts as Record<string, number>)['heel-raise'];
    });
    expectProblem(raw, { file: 'causes.json', entry: 'context heel-raise', problem: /no cause fits/ });
  });

  test('a factor no cause uses', () => {
    const raw = brokenCopy((f) => {
      for (const c of f['causes.json'].causes) delete (c.factors as Record<string, number>).pregnancy;
    });
    expectProblem(raw, { file: 'causes.json', entry: 'factor pregnancy', problem: /no cause is pointed to/ });
  });

  test.each(['contexts', 'factors', 'durations'] as const)('a vocabulary id with no label in %s', (key) => {
    const removed = editableCopy()['vocabulary.json'][key][0]?.id;
    const raw = brokenCopy((f) => {
      f['vocabulary.json'][key].shift();
    });
    expectProblem(raw, { file: 'vocabulary.json', entry: `${key}: ${removed}`, problem: /has no label/ });
  });
});

describe('red flags', () => {
  test('a missing red flag', () => {
    const raw = brokenCopy((f) => {
      f['red-flags.json'].redFlags = f['red-flags.json'].redFlags.filter((r) => r.id !== 'head-injury');
    });
    expectProblem(raw, { file: 'red-flags.json', entry: 'redFlags: head-injury', problem: /has no entry/ });
  });

  test('a red flag listed twice', () => {
    const raw = brokenCopy((f) => {
      f['red-flags.json'].redFlags.push(structuredClone(find(f['red-flags.json'].redFlags, 'daily-life')));
    });
    expectProblem(raw, { file: 'red-flags.json', entry: 'redFlags: daily-life', problem: /used more than once/ });
  });

  test('a less urgent flag before a more urgent one', () => {
    const raw = brokenCopy((f) => {
      const list = f['red-flags.json'].redFlags;
      const last = list.pop();
      if (last) list.unshift(last);
    });
    expectProblem(raw, { file: 'red-flags.json', entry: 'redFlags: face-arm-speech', problem: /out of order/ });
  });

  test("a sign whose action says another level's words than its level", () => {
    const raw = brokenCopy((f) => {
      // The bug this rule was written for: an "urgent" banner over "go to an emergency department now".
      const flag = find(f['red-flags.json'].redFlags, 'calf-pain-swelling');
      flag.action = 'Go to an emergency department or urgent care now, today.';
      find(f['red-flags.json'].redFlags, 'chest-pain').action = 'Stop exercising and call for help.';
    });
    expectProblem(raw, {
      file: 'red-flags.json',
      entry: 'redFlags: calf-pain-swelling',
      problem: /"urgent" sign must say "today" and neither/,
    });
    expectProblem(raw, { file: 'red-flags.json', entry: 'redFlags: chest-pain', problem: /begin "Call your local emergency number now"/ });
  });

  test('a first aid with no entry, or citing a source that does not exist', () => {
    const raw = brokenCopy((f) => {
      const list = f['first-aid.json'].firstAid;
      list.splice(
        list.findIndex((a) => a.id === 'after-a-faint'),
        1,
      );
      (find(list, 'cool-down-now').sources as string[]).push('no-such-source');
    });
    expectProblem(raw, { file: 'first-aid.json', entry: 'firstAid: after-a-faint', problem: /has no entry/ });
    expectProblem(raw, { file: 'first-aid.json', entry: 'firstAid: cool-down-now', problem: /no-such-source/ });
  });

  test('an emergency number citing a source not in its file, or a source no country cites', () => {
    const raw = brokenCopy((f) => {
      const file = f['emergency-numbers.json'] as unknown as { emergencyNumbers: { region: string; sources: string[] }[] };
      file.emergencyNumbers.find((e) => e.region === 'GB')!.sources = ['nowhere'];
      file.emergencyNumbers.push({ ...file.emergencyNumbers.find((e) => e.region === 'US')! });
    });
    expectProblem(raw, {
      file: 'emergency-numbers.json',
      entry: 'emergencyNumbers: GB',
      problem: /"nowhere" is not in emergency-number-sources.json/,
    });
    expectProblem(raw, { file: 'emergency-numbers.json', entry: 'emergencyNumbers: US', problem: /listed twice/ });
  });
});

describe('triage rules', () => {
  test('an empty list is valid (the self-check may have no extra rules)', () => {
    expect(validateKnowledge(brokenCopy((f) => (f['triage-rules.json'].triageRules = [])))).toMatchObject({ ok: true });
  });

  test('a rule naming a context that does not exist', () => {
    const raw = brokenCopy((f) => {
      f['triage-rules.json'].triageRules = [
        { id: 'bad-context', level: 'doctor', reason: 'Proves the check.', anyContext: ['while-swimming'] },
      ];
    });
    expectProblem(raw, { file: 'triage-rules.json', entry: 'triageRules: bad-context', problem: /anyContext/ });
  });

  test('a rule with no condition at all', () => {
    const raw = brokenCopy((f) => {
      f['triage-rules.json'].triageRules = [{ id: 'always', level: 'urgent', reason: 'Proves the check.' }];
    });
    expectProblem(raw, { file: 'triage-rules.json', entry: 'triageRules: always', problem: /at least one condition/ });
  });
});

describe('the self-check steps', () => {
  const file = 'self-check.json';

  test('an answer asked twice, or by no step', () => {
    const twice = brokenCopy((f) => {
      step(f, 'signs').field = 'now';
    });
    expectProblem(twice, { file, entry: 'steps: now', problem: /asked by 2 steps/ });
    expectProblem(twice, { file, entry: 'steps: signs', problem: /no step asks for "signs"/ });
  });

  test('a warning-sign level that no step asks for, or two steps ask for', () => {
    const missing = brokenCopy((f) => {
      step(f, 'signs').choices = { from: 'red-flags', levels: ['urgent'] };
    });
    expectProblem(missing, { file, entry: 'steps', problem: /"doctor" warning signs are asked by no step/ });
    const twice = brokenCopy((f) => {
      step(f, 'signs').choices = { from: 'red-flags', levels: ['urgent', 'doctor', 'emergency'] };
    });
    expectProblem(twice, { file, entry: 'steps', problem: /"emergency" warning signs are asked by 2 steps/ });
  });

  test('the emergency signs must come first and end the check there', () => {
    const moved = brokenCopy((f) => {
      f[file].steps.push(f[file].steps.shift()!);
    });
    expectProblem(moved, { file, entry: 'steps: now', problem: /must be the first step/ });
    const notEnding = brokenCopy((f) => {
      delete step(f, 'now').endsOnEmergency;
    });
    expectProblem(notEnding, { file, entry: 'steps: now', problem: /must end the check/ });
    const stray = brokenCopy((f) => {
      step(f, 'when').endsOnEmergency = true;
    });
    expectProblem(stray, { file, entry: 'steps: when', problem: /only the emergency step ends the check/ });
  });

  test('an answer from the wrong list, or a single choice where several are allowed', () => {
    const wrongList = brokenCopy((f) => {
      step(f, 'when').choices = { from: 'factors' };
    });
    expectProblem(wrongList, { file, entry: 'steps: when', problem: /"when" is chosen from contexts/ });
    const radio = brokenCopy((f) => {
      step(f, 'factors').kind = 'radio';
    });
    expectProblem(radio, { file, entry: 'steps: factors', problem: /only the duration is a single choice/ });
  });

  test('a step the result is built on without a required message', () => {
    const raw = brokenCopy((f) => {
      delete step(f, 'duration').requiredMessage;
    });
    expectProblem(raw, { file, entry: 'steps: duration', problem: /give a requiredMessage/ });
  });

  test('a note after a choice the step does not have, or linking forward', () => {
    const raw = brokenCopy((f) => {
      const note = step(f, 'factors').notes![0]!;
      note.afterChoice = 'no-such-choice';
      note.goTo = 'signs';
    });
    expectProblem(raw, { file, entry: 'steps: factors', problem: /no such choice/ });
    expectProblem(raw, { file, entry: 'steps: factors', problem: /not an earlier step/ });
  });

  test('a title that does not ask a question', () => {
    const raw = brokenCopy((f) => {
      step(f, 'when').title = 'When it happens';
    });
    expectProblem(raw, { file, entry: 'steps[1]', problem: /title: a step asks a question/ });
  });
});

describe('assertValidKnowledge', () => {
  test('returns the knowledge base when it is valid', () => {
    expect(assertValidKnowledge().causes.length).toBe(30);
  });

  test('throws one message that lists every problem with file, entry and problem', () => {
    const raw = brokenCopy((f) => {
      find(f['causes.json'].causes, 'alcohol').reviewed = 'last year';
      find(f['tips.json'].tips, 'cool-down').surprise = 1;
    });
    expect(() => assertValidKnowledge(raw)).toThrow(/knowledge\/data\/causes\.json › causes: alcohol: reviewed/);
    expect(() => assertValidKnowledge(raw)).toThrow(/knowledge\/data\/tips\.json › tips: cool-down: .*surprise/);
    expect(() => assertValidKnowledge(raw)).toThrow(/\(2 problems\)/);
  });

  test('formatProblems counts in plain words', () => {
    expect(formatProblems([{ file: 'faq.json', entry: 'faq: x', problem: 'p' }])).toBe(
      'The knowledge base is invalid (1 problem):\n  knowledge/data/faq.json › faq: x: p',
    );
  });
});
