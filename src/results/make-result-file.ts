import { contentHash } from '../engine/hash.ts';
import type { Pack, KnowledgeCheck } from '../scenario/pack-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { CheckResult } from '../scoring/check-result.ts';
import type { Debrief } from '../scoring/debrief.ts';
import { APP_VERSION } from '../storage/app-version.ts';
import type { CheckRecord, PlayRecord } from '../storage/learner-store.ts';
import {
  RESULT_FILE_FORMAT,
  RESULT_FILE_STATEMENT,
  RESULT_FILE_VERSION,
  type ResultCheck,
  type ResultFile,
  type ResultPlay,
  type ShownCheckResult,
  type ShownDebrief,
} from './result-file.ts';
import { shownOrders } from './shown-order.ts';

/** A play the learner saw a debrief for: its record, the content it was played on, the debrief. */
export interface PlayForResult {
  record: PlayRecord;
  scenario: Scenario;
  debrief: Debrief;
}

export interface CheckForResult {
  record: CheckRecord;
  check: KnowledgeCheck;
  result: CheckResult;
}

const figuresOf = (
  criteria: Partial<
    Record<string, { status: ShownDebrief['criteria'][string]['status']; score: number | null }>
  >,
): ShownDebrief['criteria'] =>
  Object.fromEntries(
    Object.entries(criteria).flatMap(([id, result]) =>
      result === undefined ? [] : [[id, { status: result.status, score: result.score }]],
    ),
  );

/** The figures of a debrief as the learner saw them. */
export const shownDebrief = (debrief: Debrief): ShownDebrief => ({
  overall: debrief.overall,
  complete: debrief.complete,
  ending: debrief.ending === null ? null : { id: debrief.ending.id, kind: debrief.ending.kind },
  criteria: figuresOf(debrief.criteria),
});

export const shownCheckResult = (result: CheckResult): ShownCheckResult => ({
  score: result.score,
  right: result.right,
  answered: result.answered,
  criteria: figuresOf(result.criteria),
});

function resultPlay({ record, scenario, debrief }: PlayForResult): ResultPlay {
  const transcript = record.result.transcript;
  return {
    scenario,
    contentHash: contentHash(scenario),
    finishedAt: record.result.finishedAt,
    transcript,
    shownOrder: shownOrders(scenario, transcript).orders,
    debrief: shownDebrief(debrief),
    ...(record.reflection === undefined ? {} : { reflection: record.reflection }),
  };
}

const resultCheck = ({ record, check, result }: CheckForResult): ResultCheck => ({
  check,
  contentHash: contentHash(check),
  finishedAt: record.result.finishedAt,
  transcript: record.result.transcript,
  result: shownCheckResult(result),
});

/** The result file for these plays and checks, under the name the learner typed. */
export function makeResultFile(options: {
  learnerName: string;
  now: Date;
  pack?: Pack | undefined;
  plays: readonly PlayForResult[];
  checks?: readonly CheckForResult[];
}): ResultFile {
  const { pack } = options;
  return {
    format: RESULT_FILE_FORMAT,
    version: RESULT_FILE_VERSION,
    learnerName: options.learnerName.trim(),
    exportedAt: options.now.toISOString(),
    appVersion: APP_VERSION,
    ...(pack === undefined
      ? {}
      : { pack: { id: pack.id, title: pack.title, passMark: pack.passMark } }),
    statement: RESULT_FILE_STATEMENT,
    plays: options.plays.map(resultPlay),
    checks: (options.checks ?? []).map(resultCheck),
  };
}
