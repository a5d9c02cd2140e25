import { SessionError } from '../../engine/errors.ts';
import { contentHash } from '../../engine/hash.ts';
import { replayAsFarAsItGoes, type Session } from '../../engine/session.ts';
import type { Transcript } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { SavedPlay, SavedPlayEntry } from '../../storage/resolve-store.ts';
import { RESUME_WORDS, type ResumeReason } from './resume-words.ts';

export type { ResumeReason } from './resume-words.ts';

export type Resume =
  | { ok: true; play: SavedPlay; session: Session }
  | {
      ok: false;
      reason: ResumeReason;
      /** The reason in a sentence a learner can act on. */
      words: string;
      /** What exactly is wrong, for a tutor or a bug report. */
      detail: string;
      /**
       * The longest start of the saved transcript that replays against this scenario, for an
       * incomplete debrief; null when nothing of it can be replayed (another version of the
       * scenario, no readable transcript, or not a single step). Worked out when asked: it replays.
       */
      playedSoFar: () => Transcript | null;
    };

/** What of a transcript replays against this very scenario: at least one step, or nothing. */
function playableStart(
  scenario: Scenario | undefined,
  transcript: Transcript | null,
): Transcript | null {
  if (scenario === undefined || transcript === null) return null;
  if (transcript.scenario.id !== scenario.id) return null;
  if (transcript.scenario.contentHash !== contentHash(scenario)) return null;
  try {
    const { replayed } = replayAsFarAsItGoes({ scenario, transcript });
    return replayed === 0 ? null : { ...transcript, events: transcript.events.slice(0, replayed) };
  } catch {
    return null;
  }
}

/**
 * Resume a saved play by replaying its transcript against the scenario as it is now (`undefined`
 * when the library has no scenario of that id). Nothing stored but the learner's events positions
 * the play. Never throws: a play that cannot be continued comes back with its reason, and the
 * record is left as it is.
 */
export function resumeSavedPlay(entry: SavedPlayEntry, scenario: Scenario | undefined): Resume {
  const refuse = (
    reason: ResumeReason,
    detail: string,
    playedSoFar: () => Transcript | null,
  ): Resume & { ok: false } => ({
    ok: false,
    reason,
    words: RESUME_WORDS[reason],
    detail,
    playedSoFar,
  });
  const nothing = () => null;
  try {
    const { read } = entry;
    if (!read.ok) {
      return refuse(read.problem, read.detail, () => playableStart(scenario, read.transcript));
    }
    const { play } = read;
    if (scenario === undefined || scenario.id !== play.scenarioId) {
      return refuse('scenario-unknown', `no scenario "${play.scenarioId}" in the library`, nothing);
    }
    if (play.transcript.scenario.contentHash !== contentHash(scenario)) {
      return refuse(
        'scenario-changed',
        `saved against content ${play.transcript.scenario.contentHash.slice(0, 12)}…, the library now has ${contentHash(scenario).slice(0, 12)}…`,
        nothing,
      );
    }
    const { session, refusal } = replayAsFarAsItGoes({ scenario, transcript: play.transcript });
    if (refusal !== null) {
      return refuse('does-not-replay', refusal.message, () =>
        playableStart(scenario, play.transcript),
      );
    }
    return { ok: true, play, session };
  } catch (error) {
    // The engine's own checks answer everything above; this is the last guard, never a crash.
    const detail = error instanceof SessionError ? error.message : String(error);
    return refuse('damaged', detail, nothing);
  }
}
