import type { Scenario } from '../scenario/schema.ts';
import { SessionError } from '../engine/errors.ts';
import type { Session } from '../engine/session.ts';
import type { Transcript } from '../engine/types.ts';
import type { Debrief } from './debrief.ts';
import { replayAndScore } from './score.ts';

/** A replayed transcript, or why it could not be replayed: callers print `message` and stop. */
export type ReplayResult =
  | { ok: true; session: Session; debrief: Debrief }
  | {
      ok: false;
      problem: 'scenario-changed' | 'illegal-event';
      message: string;
    };

/** Replay a transcript through the engine and score it, without throwing for a bad transcript. */
export function replayTranscript(options: {
  scenario: Scenario;
  transcript: Transcript;
}): ReplayResult {
  try {
    return { ok: true, ...replayAndScore(options.scenario, options.transcript) };
  } catch (error) {
    if (!(error instanceof SessionError)) throw error;
    return {
      ok: false,
      problem: error.code === 'scenario-changed' ? 'scenario-changed' : 'illegal-event',
      message: error.message,
    };
  }
}
