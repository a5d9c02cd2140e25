import type { LearnerStore } from '../../storage/learner-store.ts';
import type { ReviewCard } from '../../revision/review-card.ts';
import { cardKey } from '../../revision/review-card.ts';

/** What knowledge checks need of the learner's store (src/storage/learner-store.ts). */
export type CheckStore = Pick<
  LearnerStore,
  'saveCheckResult' | 'listCheckResults' | 'loadReviewCards' | 'saveReviewCards'
>;

/** The store kept in memory for one visit: for tests, and wherever no profile store is open. */
export function memoryCheckStore(): CheckStore & { results: unknown[] } {
  const cards = new Map<string, ReviewCard>();
  const results: Awaited<ReturnType<LearnerStore['listCheckResults']>> = [];
  return {
    results,
    saveCheckResult(result) {
      const playId = `${results.length + 1}`.padStart(32, '0');
      results.push({ playId, savedAt: result.finishedAt, result });
      return Promise.resolve(playId);
    },
    listCheckResults: () => Promise.resolve([...results]),
    loadReviewCards: () => Promise.resolve([...cards.values()]),
    saveReviewCards(saved) {
      for (const card of saved) cards.set(cardKey(card), card);
      return Promise.resolve();
    },
  };
}
