import { replayCheck } from '../engine/check-session.ts';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import { checkResult, type CheckResult } from '../scoring/check-result.ts';
import type { CheckRecord } from '../storage/learner-store.ts';

/*
 * A stored knowledge check with its result worked out again from its transcript, as scorePlay does
 * for scenarios: no score is ever read from beside the transcript.
 */

export type ScoredCheck =
  | { ok: true; record: CheckRecord; check: KnowledgeCheck; result: CheckResult }
  /** Kept, but without a score: the check is gone or the answers no longer fit it. */
  | { ok: false; record: CheckRecord; problem: string };

export function scoreCheck(record: CheckRecord, check: KnowledgeCheck | undefined): ScoredCheck {
  if (check === undefined)
    return { ok: false, record, problem: 'this knowledge check is no longer in the library' };
  try {
    return {
      ok: true,
      record,
      check,
      result: checkResult(replayCheck(check, record.result.transcript)),
    };
  } catch (error) {
    return {
      ok: false,
      record,
      problem: `it no longer replays on this version of the check (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
