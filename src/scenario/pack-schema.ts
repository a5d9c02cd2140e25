import { z } from './zod.ts';
import {
  criterionIdSchema,
  idSchema,
  lawRuleIdSchema,
  misconceptionIdSchema,
  pinSchema,
} from './schema.ts';

const id = idSchema;
// A group's name is one line of plain text: control characters mean a damaged or crafted pack.
// eslint-disable-next-line no-control-regex
const PLAIN_LINE = /^[^\u0000-\u001f\u007f]*$/;
const text = z.string().trim().min(1).max(2000);

export const TIMING_MODES = ['standard', 'extended', 'off'] as const;
export const timingModeSchema = z.enum(TIMING_MODES);
export type TimingMode = z.infer<typeof timingModeSchema>;

/** When the learner reads why a choice counts: after each choice (self-study), or in the debrief. */
export const FEEDBACK_MODES = ['after-each-choice', 'at-end'] as const;
export const feedbackModeSchema = z.enum(FEEDBACK_MODES);
export type FeedbackMode = z.infer<typeof feedbackModeSchema>;

/** An ordered set of scenarios a tutor assigns. The tutor tools add to this format. */
export const packSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text.max(120),
  description: text.max(600),
  scenarios: z.array(id).min(1).max(50),
  knowledgeChecks: z.array(id).optional(),
  passMark: z.number().int().min(0).max(100),
  dueDate: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date written yyyy-mm-dd')
    .optional()
    .describe('the date the tutor asks the pack to be finished by, shown to the learner'),
  groupName: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(PLAIN_LINE, 'one line of plain text')
    .optional()
    .describe('the class or group the tutor assigns the pack to, shown to the learner'),
  focusCriteria: z
    .array(criterionIdSchema)
    .max(60)
    .optional()
    .describe(
      'the criteria the tutor asks the learner to focus on, shown on the menu and in the builder',
    ),
  settings: z
    .strictObject({
      timing: timingModeSchema.optional().describe('a default: the learner’s own setting wins'),
      moodMeter: z.boolean().optional(),
      feedback: feedbackModeSchema
        .optional()
        .describe(
          'after-each-choice shows why and the best option before going on; at-end (the default) keeps it for the debrief. The learner’s own setting wins',
        ),
      allowRetry: z.boolean().optional(),
      showBestPath: z
        .boolean()
        .optional()
        .describe(
          'whether the debrief shows the best option and where the best path leads after the first try (the default, true); false keeps the learner finding it themselves, and feedback after each choice then says a better option was missed without naming it',
        ),
    })
    .optional(),
});
export type Pack = z.infer<typeof packSchema>;

const questionBase = {
  id,
  prompt: text,
  criteria: z.array(criterionIdSchema).min(1),
  law: z.array(lawRuleIdSchema).optional(),
  misconceptions: z.array(misconceptionIdSchema).optional(),
};

/** Pick the right answer. */
export const chooseQuestionSchema = z.strictObject({
  kind: z.literal('choose'),
  ...questionBase,
  options: z
    .array(
      z.strictObject({
        id,
        text,
        correct: z.boolean(),
        why: text,
        pin: pinSchema.optional(),
      }),
    )
    .min(2)
    .max(6),
});

/** Put the steps in order: the order written in the file is the right one. */
export const orderQuestionSchema = z.strictObject({
  kind: z.literal('order'),
  ...questionBase,
  steps: z
    .array(z.strictObject({ id, text: text.max(300) }))
    .min(3)
    .max(7)
    .describe('in the right order: the learner sees them shuffled, never already in this order'),
  why: text.describe('why this order is right, shown after the answer'),
});

/** Several statements, one of them wrong: the learner picks the wrong one. */
export const spotMisconceptionQuestionSchema = z.strictObject({
  kind: z.literal('spot-misconception'),
  ...questionBase,
  misconception: misconceptionIdSchema.describe('the misconception the wrong statement voices'),
  statements: z
    .array(
      z.strictObject({
        id,
        text,
        wrong: z.boolean().describe('true for exactly one statement: the misconception'),
        why: text,
      }),
    )
    .min(3)
    .max(6),
});

export const QUESTION_KINDS = ['choose', 'order', 'spot-misconception'] as const;

/** Knowledge-check questions: every answer is authored, so it can be scored and replayed. */
export const questionSchema = z.discriminatedUnion('kind', [
  chooseQuestionSchema,
  orderQuestionSchema,
  spotMisconceptionQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];

export const knowledgeCheckSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text.max(120),
  questions: z.array(questionSchema).min(1).max(100),
});
export type KnowledgeCheck = z.infer<typeof knowledgeCheckSchema>;
