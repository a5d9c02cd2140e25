import type { Scenario } from '../scenario/schema.ts';
import { scoreTranscript, type Debrief } from '../scoring/index.ts';
import type { PlayRecord } from '../storage/learner-store.ts';

/*
 * A stored play with its debrief worked out again from its transcript: the history, the reopened
 * debrief, pack summaries and the progress page all read scores this way, through the one scoring
 * code path, and never from a number kept beside the transcript.
 */

export type ScoredPlay =
  | { ok: true; record: PlayRecord; scenario: Scenario; debrief: Debrief }
  /** Kept and listed, but without a score: the scenario is gone or the transcript no longer fits. */
  | { ok: false; record: PlayRecord; problem: string };

export function scorePlay(record: PlayRecord, scenario: Scenario | undefined): ScoredPlay {
  if (scenario === undefined)
    return { ok: false, record, problem: 'this scenario is no longer in the library' };
  try {
    return {
      ok: true,
      record,
      scenario,
      debrief: scoreTranscript(scenario, record.result.transcript),
    };
  } catch (error) {
    return {
      ok: false,
      record,
      problem: `it no longer replays on this version of the scenario (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
