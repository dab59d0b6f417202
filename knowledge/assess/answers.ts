// What a person tells the quick self-check, as one validated object. The popup, the saved
// result, the command-line tool and the tests all go through this schema, so an answer that
// passes here can be assessed anywhere.
// zod/mini: the same checks in a few KB instead of the full library (the popup loads it).
import * as z from 'zod/mini';
import { CONTEXTS, DURATIONS, FACTORS, RED_FLAGS } from '../vocabulary';

const FIELD_WORDS = {
  when: 'when it happens',
  duration: 'how long it has been going on',
  factors: 'what else is going on',
  flags: 'the signs noticed',
} as const;

// Lists are sets: a repeated id says nothing new, so it is dropped rather than rejected.
function idList<const T extends readonly [string, ...string[]]>(ids: T) {
  return z.pipe(
    z.array(z.enum(ids), { error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a list') }),
    z.transform((list) => [...new Set(list)]),
  );
}

export const Answers = z.strictObject({
  when: idList(CONTEXTS),
  duration: z.enum(DURATIONS, {
    error: (issue) => (issue.input === undefined ? 'is missing' : 'is not one of the choices'),
  }),
  factors: z._default(idList(FACTORS), []),
  flags: z._default(idList(RED_FLAGS), []),
});

export type Answers = z.output<typeof Answers>;
/** What a caller may pass: factors and flags can be left out. */
export type AnswersInput = z.input<typeof Answers>;

/** The choices a field accepts, to name them in an error. */
const CHOICES: Record<keyof typeof FIELD_WORDS, readonly string[]> = {
  when: CONTEXTS,
  duration: DURATIONS,
  factors: FACTORS,
  flags: RED_FLAGS,
};

function isField(key: unknown): key is keyof typeof FIELD_WORDS {
  return typeof key === 'string' && key in FIELD_WORDS;
}

function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Plain sentences, one per problem, each naming the field: what is wrong and what it accepts.
 * `input` is the value that was validated, so a wrong entry can be quoted back.
 */
export function describeAnswerErrors(error: z.core.$ZodError, input: unknown): string[] {
  const lines: string[] = [];
  for (const issue of error.issues) {
    const [field, index] = issue.path;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        lines.push(`"${key}" is not a field of the answers; the fields are when, duration, factors and flags.`);
      }
      continue;
    }
    if (field === undefined) {
      lines.push('The answers must be one object with the fields when, duration, factors and flags.');
      continue;
    }
    if (!isField(field)) {
      lines.push(`"${String(field)}": ${issue.message}.`);
      continue;
    }
    const choices = CHOICES[field].join(', ');
    const name = `"${field}" (${FIELD_WORDS[field]})`;
    if (typeof index === 'number') {
      const list = (input as Record<string, unknown[]>)[field];
      const value = Array.isArray(list) ? list[index] : undefined;
      lines.push(`${name}: entry ${index + 1}, ${quote(value)}, is not one of: ${choices}.`);
    } else if (issue.message === 'is missing') {
      lines.push(
        field === 'duration'
          ? `${name} is missing: give one of ${choices}.`
          : `${name} is missing: give a list (it may be empty) of any of ${choices}.`,
      );
    } else if (field === 'duration') {
      const value = (input as Record<string, unknown>).duration;
      lines.push(`${name}: ${quote(value)} is not one of: ${choices}.`);
    } else {
      lines.push(`${name} must be a list of any of: ${choices}.`);
    }
  }
  return lines;
}

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; errors: string[] };

/** Validates anything (parsed JSON, stored data) as answers, with errors in plain words. */
export function parseAnswers(input: unknown): ParsedAnswers {
  const result = Answers.safeParse(input);
  if (result.success) return { ok: true, answers: result.data };
  return { ok: false, errors: describeAnswerErrors(result.error, input) };
}
