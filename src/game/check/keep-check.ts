import type { CheckSession } from '../../engine/check-session.ts';
import {
  cardsAfterCheck,
  cardsAfterRevision,
  type RevisionSet,
} from '../../revision/revise-now.ts';
import type { FinishedCheck } from '../../storage/learner-store.ts';
import type { CheckStore } from './check-store.ts';

/*
 * What a finished check leaves behind: the result (its transcript, so it replays to the same
 * score) and each answered question's review card moved on. A revision session keeps only cards:
 * its questions come from several checks, and each check's own result stands as it was.
 */

export function finishedCheck(
  session: CheckSession,
  options: { packId?: string | undefined; now: number },
): FinishedCheck {
  return {
    format: 'resolve-check-result',
    version: 1,
    checkId: session.check.id,
    checkTitle: session.check.title,
    ...(options.packId === undefined ? {} : { packId: options.packId }),
    finishedAt: new Date(options.now).toISOString(),
    transcript: session.transcript(),
  };
}

const failed = (error: unknown): string =>
  `Your result could not be saved (${error instanceof Error ? error.message : String(error)}).`;

/** Saves a finished check and its review cards; says what happened in a sentence for the screen. */
export async function keepCheck(
  store: CheckStore,
  session: CheckSession,
  options: { packId?: string | undefined; now: number },
): Promise<string> {
  try {
    await store.saveCheckResult(finishedCheck(session, options));
    const cards = await store.loadReviewCards();
    await store.saveReviewCards(
      cardsAfterCheck(cards, session.check.id, session.answered(), options.now),
    );
    return 'Your result is saved, and these questions will come back in Revise now when they are due.';
  } catch (error) {
    return failed(error);
  }
}

/** Moves on the cards of a revision session's questions, each under the check it comes from. */
export async function keepRevision(
  store: CheckStore,
  set: RevisionSet,
  session: CheckSession,
  now: number,
): Promise<string> {
  try {
    const cards = await store.loadReviewCards();
    await store.saveReviewCards(cardsAfterRevision(cards, set, session.answered(), now));
    return 'Your revision is saved: each question comes back when it is next due.';
  } catch (error) {
    return failed(error);
  }
}
