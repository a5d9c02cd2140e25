import { z } from './zod.ts';
import {
  CRITERION_IDS,
  LAW_RULE_IDS,
  MISCONCEPTION_IDS,
  NATIONS,
  RANGE_IDS,
  TECHNIQUE_IDS,
} from '../curriculum/ids.ts';
import { FEEDBACK_DIRECTIONS, JUSTIFIED_IDS, SECTOR_IDS, TRAIT_IDS } from './vocabulary.ts';

/**
 * The scenario language. Every type the engine, validator and game use is inferred from these
 * schemas; the JSON Schema authors' editors read is generated from them (`resolve schema`).
 */

/** The form of every id an author writes; the validator knows an id error by this pattern. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'ids are lower-case words joined by hyphens, like check-order')
  .max(80);
const id = idSchema;
const text = z.string().trim().min(1).max(2000);

export const techniqueIdSchema = z.enum(TECHNIQUE_IDS);
export const criterionIdSchema = z.enum(CRITERION_IDS);
export const rangeIdSchema = z.enum(RANGE_IDS);
export const lawRuleIdSchema = z.enum(LAW_RULE_IDS);
export const misconceptionIdSchema = z.enum(MISCONCEPTION_IDS);
export const nationSchema = z.enum(NATIONS);

/** Evidence strength: −2 (clearly counter to it) … +2 (a clear example of it). */
const strength = z.number().int().min(-2).max(2);
const moodLevel = z.number().int().min(0).max(100);
const moodDelta = z.number().int().min(-100).max(100);

export const moodSchema = z.strictObject({
  anger: moodLevel,
  confusion: moodLevel,
  trust: moodLevel,
});
export const moodChangeSchema = z.strictObject({
  anger: moodDelta.optional(),
  confusion: moodDelta.optional(),
  trust: moodDelta.optional(),
});

/** Best first, most harmful last: scripted policies and best-option ties rank stances by this order. */
export const STANCES = [
  'skilled',
  'adequate',
  'placating',
  'dismissive',
  'argumentative',
  'unsafe',
] as const;
export const stanceSchema = z.enum(STANCES);

export const EXPRESSIONS = [
  'neutral',
  'annoyed',
  'furious',
  'confused',
  'anxious',
  'relieved',
  'pleased',
] as const;
export const expressionSchema = z.enum(EXPRESSIONS);

const bound = z.strictObject({ atLeast: moodLevel.optional(), atMost: moodLevel.optional() });

/**
 * A condition is data, never a code string. Every key present must hold; `any` holds when one of
 * its conditions does, `not` when its condition does not.
 */
export interface Condition {
  anger?: { atLeast?: number | undefined; atMost?: number | undefined } | undefined;
  confusion?: { atLeast?: number | undefined; atMost?: number | undefined } | undefined;
  trust?: { atLeast?: number | undefined; atMost?: number | undefined } | undefined;
  visited?: string | undefined;
  chose?: string | undefined;
  checked?: string | undefined;
  flag?: string | undefined;
  any?: Condition[] | undefined;
  not?: Condition | undefined;
}
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.strictObject({
    anger: bound.optional(),
    confusion: bound.optional(),
    trust: bound.optional(),
    visited: id.optional().describe('holds once the learner has been at this node'),
    chose: id.optional().describe('holds once the learner has made this choice (a choice id)'),
    checked: id.optional().describe('holds once the learner has opened this record'),
    flag: id.optional().describe('holds once a choice has set this flag'),
    any: z.array(conditionSchema).min(1).optional(),
    not: conditionSchema.optional(),
  }),
);

/** Where a choice leads: one node, or the first branch whose condition holds (the last needs none). */
export const nextSchema = z.union([
  id,
  z.array(z.strictObject({ if: conditionSchema.optional(), to: id })).min(1),
]);

export const evidenceSchema = z.strictObject({
  techniques: z.partialRecord(techniqueIdSchema, strength).optional(),
  criteria: z.partialRecord(criterionIdSchema, strength).optional(),
});

export const criticalErrorSchema = z.strictObject({
  reason: text.describe('what went wrong, in words the learner reads'),
  breaks: z.array(criterionIdSchema).min(1).describe('criteria this error caps at "not met"'),
});

/** What any learner decision carries: the scoring evidence and the consequences. */
const outcomeShape = {
  stance: stanceSchema.describe("the author's judgement, independent of the evidence numbers"),
  techniques: evidenceSchema.shape.techniques,
  criteria: evidenceSchema.shape.criteria,
  mood: moodChangeSchema.optional(),
  critical: criticalErrorSchema.optional(),
  why: text.describe('feedback: why this counts the way it does'),
  law: z.array(lawRuleIdSchema).optional(),
  misconceptions: z.array(misconceptionIdSchema).optional(),
  sets: z.array(id).optional().describe('flags this decision sets, for later conditions'),
  next: nextSchema,
};

/**
 * Options are shown in an order drawn from the play's seed, so neither place nor length gives the
 * answer away; an author may keep one in place (say, "Say nothing" last).
 */
export const PINS = ['first', 'last'] as const;
export const pinSchema = z
  .enum(PINS)
  .describe('keep this option first or last instead of in the shuffled order');

export const choiceSchema = z.strictObject({
  id,
  say: text.describe('what the learner says or does'),
  pin: pinSchema.optional(),
  ...outcomeShape,
});

/** What happens when a timed node's countdown runs out: an outcome like any choice. */
export const timeoutSchema = z.strictObject({
  seconds: z.number().int().min(3).max(600),
  says: text.describe('what the customer does when the learner hesitates').optional(),
  ...outcomeShape,
});

/** A customer line, or variants one of which is picked by the session's seeded random source. */
export const lineSchema = z.union([text, z.strictObject({ variants: z.array(text).min(2) })]);

const nodeBase = {
  title: text.optional().describe('a short label for the debrief timeline'),
};

/** Someone other than the customer speaking at a node (a relative on the line, a colleague nearby). */
const speakerSchema = z.strictObject({ name: text.max(80), role: text.max(80) });

const dialogueNode = z.strictObject({
  kind: z.literal('dialogue'),
  ...nodeBase,
  speaker: speakerSchema.optional().describe('who speaks, when it is not the customer'),
  customer: lineSchema,
  expression: expressionSchema,
  timeout: timeoutSchema.optional(),
  choices: z.array(choiceSchema).min(1).max(9),
});

const recordToCheck = z.strictObject({
  id,
  title: text,
  body: z.array(text).min(1).describe('what the record shows, line by line'),
  reveals: z.array(id).optional().describe('complaint facts this record brings to light'),
  relevant: z
    .boolean()
    .describe(
      'true where a careful handler would open it; false for records the complaint does not need',
    ),
  law: z.array(lawRuleIdSchema).optional(),
  techniques: evidenceSchema.shape.techniques,
  criteria: evidenceSchema.shape.criteria,
  why: text.describe('why opening this record helps, or why it was not needed'),
});

const investigateNode = z.strictObject({
  kind: z.literal('investigate'),
  ...nodeBase,
  prompt: text,
  records: z.array(recordToCheck).min(1).max(9),
  choices: z.array(choiceSchema).min(1).max(9),
});

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
/** Whom an option is put to: the customer, or the organisation (someone with the authority). */
export const AUDIENCES = ['customer', 'organisation'] as const;

/** One item the learner may pick as an option's main benefit or main risk. */
const analysisItem = z.strictObject({
  id,
  text: text.max(90).describe('a short phrase, comparable in length with the others in its list'),
  right: z
    .literal(true)
    .optional()
    .describe("true on the one item that is the author's answer; leave it off the others"),
});
const analysisList = (what: string) =>
  z
    .array(analysisItem)
    .min(3)
    .max(4)
    .describe(`3-4 candidates for the option's main ${what}, exactly one marked right: true`);

const optionsNode = z.strictObject({
  kind: z.literal('options'),
  ...nodeBase,
  prompt: text,
  options: z
    .array(
      z.strictObject({
        id,
        title: text,
        benefits: analysisList('benefit'),
        risks: analysisList('risk'),
        risk: z.enum(RISK_LEVELS).describe("the author's rating of the option's main risk"),
        riskNote: text.describe(
          "the author's reasoning, shown in the debrief beside the learner's",
        ),
        putTo: z
          .enum(AUDIENCES)
          .describe(
            'whom this option is put to: the customer when it is within your authority, the organisation when someone more senior must decide',
          ),
      }),
    )
    .min(2)
    .max(6),
  choices: z
    .array(choiceSchema.extend({ option: id.describe('the option this choice puts forward') }))
    .min(1)
    .max(9),
});

const logField = z.strictObject({
  id,
  label: text,
  entries: z
    .array(
      z.strictObject({
        id,
        text,
        accurate: z.boolean().describe('true where this entry records what happened'),
        pin: pinSchema.optional(),
        law: z.array(lawRuleIdSchema).optional(),
        misconceptions: z
          .array(misconceptionIdSchema)
          .optional()
          .describe('what a learner who logs this inaccurate entry believes'),
        techniques: evidenceSchema.shape.techniques,
        criteria: evidenceSchema.shape.criteria,
        why: text,
      }),
    )
    .min(2)
    .max(6),
});

const recordNode = z.strictObject({
  kind: z.literal('record'),
  ...nodeBase,
  prompt: text,
  fields: z.array(logField).min(1).max(8),
  choices: z.array(choiceSchema).min(1).max(9),
});

const escalateNode = z.strictObject({
  kind: z.literal('escalate'),
  ...nodeBase,
  prompt: text,
  customer: lineSchema.optional(),
  expression: expressionSchema.optional(),
  choices: z
    .array(
      choiceSchema.extend({
        to: text.optional().describe('whom this choice escalates to, if anyone'),
      }),
    )
    .min(1)
    .max(9),
});

const followUpNode = z.strictObject({
  kind: z.literal('follow-up'),
  ...nodeBase,
  prompt: text,
  customer: lineSchema.optional(),
  expression: expressionSchema.optional(),
  choices: z.array(choiceSchema).min(1).max(9),
});

const colleagueFeedbackNode = z.strictObject({
  kind: z.literal('colleague-feedback'),
  ...nodeBase,
  colleague: z.strictObject({ name: text, role: text }),
  line: text.describe('what the colleague says'),
  choices: z.array(choiceSchema).min(1).max(9),
  direction: z
    .enum(Object.keys(FEEDBACK_DIRECTIONS) as ['given', 'received'])
    .optional()
    .describe(
      'given: the learner gives the colleague feedback; received: the colleague gives the learner feedback',
    ),
});

const reviewNode = z.strictObject({
  kind: z.literal('review'),
  ...nodeBase,
  prompt: text,
  periods: z.array(text).min(2).max(12).describe('column labels, such as days of the week'),
  series: z
    .array(
      z.strictObject({
        id,
        label: text,
        measure: z.enum(['complaints', 'sales', 'returns', 'service', 'other']),
        values: z.array(z.number().min(0).max(1_000_000)).min(2).max(12),
      }),
    )
    .min(1)
    .max(8),
  notes: z.array(text).optional(),
  choices: z.array(choiceSchema).min(1).max(9),
});

/**
 * An answer to an explain question is right or wrong, as a knowledge-check answer is: `correct`
 * judges it, so it needs no stance (one given is kept for older files and read by nothing).
 */
export const explainAnswerSchema = choiceSchema.extend({
  stance: stanceSchema.optional().describe('not needed on an answer: `correct` judges it'),
  correct: z.boolean().describe('true where the answer is right; at least one answer must be'),
  misconceptions: z
    .array(misconceptionIdSchema)
    .optional()
    .describe('what a learner who picks this wrong answer believes'),
});

const explainNode = z.strictObject({
  kind: z.literal('explain'),
  ...nodeBase,
  question: text,
  choices: z.array(explainAnswerSchema).min(2).max(9),
});

export const OUTCOMES = ['resolved', 'escalated', 'referred', 'lost'] as const;

/** An ending that helps the customer or passes them on properly: every outcome but losing them. */
export const isGoodOutcome = (outcome: (typeof OUTCOMES)[number]): boolean => outcome !== 'lost';

const endingNode = z.strictObject({
  kind: z.literal('ending'),
  ...nodeBase,
  acceptable: z
    .boolean()
    .optional()
    .describe(
      'true where this ending is an acceptable one, though the best options lead elsewhere',
    ),
  outcome: z.enum(OUTCOMES),
  customer: lineSchema.optional(),
  expression: expressionSchema.optional(),
  epilogue: text,
});

export const nodeSchema = z.discriminatedUnion('kind', [
  dialogueNode,
  investigateNode,
  optionsNode,
  recordNode,
  escalateNode,
  followUpNode,
  colleagueFeedbackNode,
  reviewNode,
  explainNode,
  endingNode,
]);

export const TRAITS = TRAIT_IDS;
export const CHANNELS = [
  'face-to-face',
  'phone',
  'email',
  'letter',
  'live-chat',
  'social-media',
] as const;
export const SECTORS = SECTOR_IDS;
export const JUSTIFIED = JUSTIFIED_IDS;
export const PRESSURES = ['routine', 'busy', 'quiet'] as const;
export const LETDOWNS = ['none', 'people', 'systems', 'resources'] as const;

export const appearanceSchema = z.strictObject({
  skin: z.enum(['porcelain', 'light', 'medium', 'olive', 'brown', 'deep']),
  age: z.enum(['young', 'adult', 'middle-aged', 'older']),
  hair: z.strictObject({
    style: z.enum(['short', 'long', 'curly', 'bun', 'braids', 'bald', 'cropped', 'covered']),
    colour: z.enum(['black', 'brown', 'auburn', 'blonde', 'grey', 'white']),
  }),
  clothing: z.strictObject({
    style: z.enum(['casual', 'work', 'smart', 'hi-vis', 'uniform', 'coat']),
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #3a6ea5'),
  }),
  extras: z
    .array(
      z.enum([
        'glasses',
        'beard',
        'moustache',
        'headscarf',
        'hearing-aid',
        'earrings',
        'cap',
        'holding-phone',
      ]),
    )
    .optional(),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text.max(120),
  summary: text.max(400),
  difficulty: z.enum(['introductory', 'intermediate', 'advanced']),
  minutes: z.number().int().min(1).max(60),
  customer: z.strictObject({
    name: text.max(80),
    pronouns: z.string().trim().min(1).max(30),
    traits: z
      .array(z.enum(TRAITS))
      .min(1)
      .refine((traits) => new Set(traits).size === traits.length, {
        message: 'each trait once: remove the repeated one',
      })
      .describe('what the customer is like; each trait evidences its Unit 312 range item'),
    needs: z.array(text).min(1).describe('needs and expectations the learner should notice'),
    appearance: appearanceSchema,
    mood: moodSchema,
  }),
  setting: z.strictObject({
    channel: z.enum(CHANNELS),
    sector: z.enum(SECTORS),
    pressure: z.enum(PRESSURES),
    letdown: z.enum(LETDOWNS),
    nation: nationSchema,
    place: text.max(120).describe('where it happens, in a few words').optional(),
  }),
  organisation: z.strictObject({
    name: text.max(120),
    procedure: z.array(text).min(1).describe('the complaints procedure the learner follows'),
    authority: z.array(text).min(1).describe('what the learner may do and promise on their own'),
    beyondAuthority: z.array(text).min(1).describe('what needs someone more senior'),
  }),
  complaint: z.strictObject({
    justified: z
      .enum(JUSTIFIED)
      .describe('whether the complaint is justified: yes, no, partly or not-yet-known'),
    summary: text,
    facts: z.array(z.strictObject({ id, text })).min(1).describe('what investigation can reveal'),
  }),
  law: z.array(lawRuleIdSchema).describe('rules and codes that apply in this scenario'),
  range: z.array(rangeIdSchema).describe('the Unit 312 range items this scenario evidences'),
  start: id,
  nodes: z.record(id, nodeSchema),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type NodeKind = ScenarioNode['kind'];
/** A choice at any node; an explain answer carries `correct` and may leave out the stance. */
export type Choice = z.infer<typeof choiceSchema> | ExplainAnswer;
export type ExplainAnswer = z.infer<typeof explainAnswerSchema>;
export type Pin = z.infer<typeof pinSchema>;
export type Timeout = z.infer<typeof timeoutSchema>;
export type Next = z.infer<typeof nextSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Mood = z.infer<typeof moodSchema>;
export type MoodChange = z.infer<typeof moodChangeSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Expression = z.infer<typeof expressionSchema>;
export type Line = z.infer<typeof lineSchema>;
export type Outcome = (typeof OUTCOMES)[number];
export type Appearance = z.infer<typeof appearanceSchema>;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type AnalysisItem = z.infer<typeof analysisItem>;
export type NodeOfKind<K extends NodeKind> = Extract<ScenarioNode, { kind: K }>;
