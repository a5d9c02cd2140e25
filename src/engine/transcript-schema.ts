import { z } from '../scenario/zod.ts';
import { feedbackModeSchema, timingModeSchema } from '../scenario/pack-schema.ts';
import { AUDIENCES, RISK_LEVELS } from '../scenario/schema.ts';
import { OPTION_ORDERS } from './order.ts';
import type { SessionEvent, Transcript } from './types.ts';

// Transcripts come from files and uploads: validate before replaying. Ids are checked loosely here
// (the replay names any that the scenario lacks).
const id = z.string().min(1).max(80);

export const sessionEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('CHOOSE'), choiceId: id }),
  z.strictObject({ type: z.literal('CHECK_RECORD'), recordId: id }),
  z.strictObject({ type: z.literal('FILL_FIELD'), fieldId: id, entryId: id }),
  z.strictObject({ type: z.literal('TIMEOUT') }),
  z.strictObject({ type: z.literal('PICK_BENEFIT'), optionId: id, itemId: id }),
  z.strictObject({ type: z.literal('PICK_RISK'), optionId: id, itemId: id }),
  z.strictObject({ type: z.literal('RATE_RISK'), optionId: id, level: z.enum(RISK_LEVELS) }),
  z.strictObject({ type: z.literal('PUT_TO'), audience: z.enum(AUDIENCES) }),
]);

export const transcriptSchema = z.strictObject({
  format: z.literal('resolve-transcript'),
  version: z.literal(1),
  scenario: z.strictObject({
    id,
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'a sha-256 hash in hex (64 characters)'),
  }),
  seed: z.number().int().refine(Number.isSafeInteger, 'a whole number the engine can seed with'),
  timing: timingModeSchema,
  optionOrder: z.enum(OPTION_ORDERS).exactOptional(),
  events: z.array(sessionEventSchema).max(10_000),
  feedback: feedbackModeSchema.exactOptional(),
  reflection: z.string().max(10_000).exactOptional(),
  chances: z
    .array(
      z.strictObject({
        step: z.number().int().min(1),
        nodeId: id,
        route: z.number().int().min(0).max(1000),
        chance: z.number().int().min(1).max(99),
        taken: z.boolean(),
      }),
    )
    .max(10_000)
    .exactOptional(),
  countdowns: z
    .array(
      z.strictObject({
        step: z.number().int().min(0),
        nodeId: id,
        seconds: z.number().int().min(0),
        decisionSeconds: z.number().int().min(0),
        readingSeconds: z.number().int().min(0),
      }),
    )
    .max(10_000)
    .exactOptional(),
});

// The schema and the shared types must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eventsAgree: Same<z.infer<typeof sessionEventSchema>, SessionEvent> = true;
const transcriptsAgree: Same<z.infer<typeof transcriptSchema>, Transcript> = true;
void eventsAgree;
void transcriptsAgree;

export type TranscriptProblem = { path: string; message: string };

/** Parse untrusted transcript data; problems name the place in the file, like `events[3].choiceId`. */
export function parseTranscript(
  data: unknown,
): { ok: true; transcript: Transcript } | { ok: false; problems: TranscriptProblem[] } {
  const result = transcriptSchema.safeParse(data);
  if (result.success) return { ok: true, transcript: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path:
        issue.path
          .map((part, index) =>
            typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
          )
          .join('') || '(the whole file)',
      message: issue.message,
    })),
  };
}
