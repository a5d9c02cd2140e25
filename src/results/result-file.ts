import { EVIDENCE_STATUSES } from '../curriculum/evidence.ts';
import { checkTranscriptSchema } from '../engine/check-transcript.ts';
import { transcriptSchema } from '../engine/transcript-schema.ts';
import { knowledgeCheckSchema } from '../scenario/pack-schema.ts';
import { scenarioSchema } from '../scenario/schema.ts';
import { z } from '../scenario/zod.ts';
import { reflectionSchema } from '../storage/learner-records.ts';

/*
 * A result file: what a learner hands their tutor after a scenario or a pack. It carries the
 * content each scenario was played on (and its hash), so the tutor's gradebook can replay every
 * transcript and compare what the learner saw with what the replay gives, without the tutor
 * trusting a single stored number.
 */

export const RESULT_FILE_FORMAT = 'resolve-result-file';
export const RESULT_FILE_VERSION = 1;
/** Read before parsing: a result file of a 50-scenario pack is well under this. */
export const RESULT_FILE_MAX_CHARACTERS = 5 * 1024 * 1024;
export const RESULT_FILE_EXTENSION = '.resolve-result.json';

/** What the file is, in words a tutor or a verifier reads; fixed, and checked when read. */
export const RESULT_FILE_STATEMENT =
  'This is simulated practice and knowledge evidence from the Resolve game. Unit 312 does not accept it as performance evidence. It can support questioning and professional discussion with the learner.';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha-256 hash in hex (64 characters)');
const id = z.string().min(1).max(80);
// Names and titles are one line of plain text: control characters mean a damaged or crafted file.
// eslint-disable-next-line no-control-regex
const PLAIN = /^[^\u0000-\u001f\u007f]*$/;
const plain = (max: number) => z.string().max(max).regex(PLAIN, 'plain text');
const status = z.enum(EVIDENCE_STATUSES);
const score = z.number().min(0).max(100).nullable();
const criterionFigures = z.record(id, z.strictObject({ status, score }));

/** The debrief figures as the learner saw them: compared with the replay, never trusted. */
export const shownDebriefSchema = z.strictObject({
  overall: score,
  complete: z.boolean(),
  ending: z.strictObject({ id, kind: plain(40) }).nullable(),
  criteria: criterionFigures,
});
export type ShownDebrief = z.infer<typeof shownDebriefSchema>;

export const resultPlaySchema = z.strictObject({
  scenario: scenarioSchema,
  contentHash: hex64,
  finishedAt: plain(40),
  /** Seed, option order, timing, feedback mode and every event: what replay needs. */
  transcript: transcriptSchema,
  /** Before each event, the ids of the choices on screen in the order shown. */
  shownOrder: z.array(z.array(id).max(50)).max(10_000),
  debrief: shownDebriefSchema,
  reflection: reflectionSchema.optional(),
});
export type ResultPlay = z.infer<typeof resultPlaySchema>;

export const shownCheckResultSchema = z.strictObject({
  score,
  right: z.number().int().min(0).max(100),
  answered: z.number().int().min(0).max(100),
  criteria: criterionFigures,
});
export type ShownCheckResult = z.infer<typeof shownCheckResultSchema>;

export const resultCheckSchema = z.strictObject({
  check: knowledgeCheckSchema,
  contentHash: hex64,
  finishedAt: plain(40),
  transcript: checkTranscriptSchema,
  result: shownCheckResultSchema,
});
export type ResultCheck = z.infer<typeof resultCheckSchema>;

export const resultFileSchema = z.strictObject({
  format: z.literal(RESULT_FILE_FORMAT),
  version: z.literal(RESULT_FILE_VERSION),
  /** As the learner typed it when saving: not checked against anything. */
  learnerName: plain(60).min(1),
  exportedAt: z.iso.datetime(),
  appVersion: plain(40),
  pack: z
    .strictObject({ id, title: plain(120), passMark: z.number().int().min(0).max(100) })
    .optional(),
  statement: z.literal(RESULT_FILE_STATEMENT),
  plays: z.array(resultPlaySchema).max(50),
  checks: z.array(resultCheckSchema).max(50),
});
export type ResultFile = z.infer<typeof resultFileSchema>;
