import { z } from '../scenario/zod.ts';
import { OPTION_ORDERS } from './order.ts';

// Check transcripts come from saves and result files: validated before they are replayed.
const id = z.string().min(1).max(80);

/** One answer: a pick (choose, spot-the-misconception) or the steps in the order given (order). */
const givenAnswerSchema = z.union([
  z.strictObject({ questionId: id, answerId: id }),
  z.strictObject({ questionId: id, order: z.array(id).min(1).max(7) }),
]);

/** What the learner gave, without the question it answers. */
export type GivenAnswer = { answerId: string } | { order: string[] };

export const checkTranscriptSchema = z.strictObject({
  format: z.literal('resolve-check-transcript'),
  version: z.literal(1),
  check: z.strictObject({
    id,
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'a sha-256 hash in hex (64 characters)'),
  }),
  seed: z.number().int().refine(Number.isSafeInteger, 'a whole number the engine can seed with'),
  optionOrder: z.enum(OPTION_ORDERS),
  answers: z.array(givenAnswerSchema).max(100),
});

export type CheckTranscript = z.infer<typeof checkTranscriptSchema>;
