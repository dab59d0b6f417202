// The Zod schema of every message the background accepts; messages.ts takes the types from it
// (type-only, so the content script carries no Zod). Strict objects: an unknown key is a bug or
// a forgery.
// zod/mini, as in the popup: the same checks in a fraction of the background's bundle.
import * as z from 'zod/mini';
import { CAUSE_IDS, CONTEXTS } from '@/knowledge/vocabulary';
import { RAW_TEXT_MAX_CHARS, RAW_TITLE_MAX_CHARS } from '@/knowledge/detect/raw-text-limits';

const Offset = z.int().check(z.minimum(0));
const Text = (max: number) => z.string().check(z.maxLength(max));

const EvidenceQuote = z.strictObject({
  text: Text(400),
  section: Text(400),
  block: Offset,
});

export const VerdictSchema = z.strictObject({
  match: z.boolean(),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  contexts: z.array(z.enum(CONTEXTS)).check(z.maxLength(CONTEXTS.length)),
  causes: z.array(z.enum(CAUSE_IDS)).check(z.maxLength(CAUSE_IDS.length)),
  evidence: z.array(EvidenceQuote).check(z.maxLength(3)),
});

/** What the detector reads from a page: its limits (knowledge/detect/extract.ts) with room to spare. */
export const PageTextSchema = z.strictObject({
  title: Text(1_000),
  text: Text(400_000),
  blocks: z
    .array(z.tuple([Offset, Offset, z.int().check(z.minimum(1), z.maximum(2)), z.int().check(z.minimum(-1))]))
    .check(z.maxLength(50_000)),
});

export const ExtensionMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('content:look') }),
  z.strictObject({
    type: z.literal('content:raw-text'),
    title: Text(RAW_TITLE_MAX_CHARS),
    // null: a body too long to judge on its raw text, which the reader reads instead.
    text: z.nullable(Text(RAW_TEXT_MAX_CHARS)),
  }),
  z.strictObject({ type: z.literal('content:gate') }),
  z.strictObject({ type: z.literal('content:verdict'), verdict: VerdictSchema }),
  z.strictObject({ type: z.literal('content:classify'), page: PageTextSchema }),
  z.strictObject({ type: z.literal('content:open-sidebar'), byPointer: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal('content:quiet-site') }),
  z.strictObject({ type: z.literal('content:pause-site') }),
  z.strictObject({ type: z.literal('content:snooze') }),
  z.strictObject({ type: z.literal('sidebar:verdict') }),
  z.strictObject({ type: z.literal('sidebar:quote'), text: Text(400), block: Offset }),
  z.strictObject({ type: z.literal('sidebar:ready') }),
  z.strictObject({ type: z.literal('sidebar:close') }),
  z.strictObject({ type: z.literal('sidebar:unfold') }),
  z.strictObject({ type: z.literal('sidebar:open-self-check') }),
  z.strictObject({ type: z.literal('popup:check-tab'), tabId: Offset }),
  z.strictObject({ type: z.literal('popup:open-sidebar'), tabId: Offset }),
]);

/** The message, or null (with a console warning) when it is not one Steady sends. */
export function parseMessage(raw: unknown): z.output<typeof ExtensionMessageSchema> | null {
  const result = ExtensionMessageSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  console.warn(`Steady ignored a malformed message: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
  return null;
}
