// The Zod schema of every message the background accepts (the types are in messages.ts, which
// the content script imports without Zod). Strict objects: an unknown key is a bug or a forgery.
import { z } from 'zod';
import { CAUSE_IDS, CONTEXTS } from '@/knowledge/vocabulary';
import type { ExtensionMessage } from './messages';

const EvidenceQuote = z.strictObject({
  text: z.string().max(400),
  section: z.string().max(400),
  block: z.number().int().min(0),
});

export const VerdictSchema = z.strictObject({
  match: z.boolean(),
  score: z.number().min(0).max(1),
  contexts: z.array(z.enum(CONTEXTS)).max(CONTEXTS.length),
  causes: z.array(z.enum(CAUSE_IDS)).max(CAUSE_IDS.length),
  evidence: z.array(EvidenceQuote).max(3),
});

const Offset = z.number().int().min(0);
/** What the detector reads from a page: its limits (knowledge/detect/extract.ts) with room to spare. */
export const PageTextSchema = z.strictObject({
  title: z.string().max(1_000),
  text: z.string().max(400_000),
  blocks: z.array(z.tuple([Offset, Offset, z.number().int().min(1).max(2), z.number().int().min(-1)])).max(50_000),
});

export const ExtensionMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('content:verdict'), verdict: VerdictSchema }),
  z.strictObject({ type: z.literal('content:classify'), page: PageTextSchema }),
  z.strictObject({ type: z.literal('content:open-sidebar') }),
  z.strictObject({ type: z.literal('content:quiet-site') }),
  z.strictObject({ type: z.literal('content:snooze') }),
  z.strictObject({ type: z.literal('content:open-self-check') }),
  z.strictObject({ type: z.literal('popup:check-tab'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('popup:open-sidebar'), tabId: z.number().int().nonnegative() }),
]);

// The schema and the hand-written union must describe the same messages, both ways.
type Parsed = z.infer<typeof ExtensionMessageSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<Parsed, ExtensionMessage> = true;
void inStep;

/** The message, or null (with a console warning) when it is not one Steady sends. */
export function parseMessage(raw: unknown): ExtensionMessage | null {
  const result = ExtensionMessageSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  console.warn(`Steady ignored a malformed message: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
  return null;
}
