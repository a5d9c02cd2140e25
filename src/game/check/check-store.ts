import type { LearnerStore } from '../../storage/learner-store.ts';

/** What knowledge checks need of the learner's store (src/storage/learner-store.ts). */
export type CheckStore = Pick<
  LearnerStore,
  'saveCheckResult' | 'listCheckResults' | 'loadReviewCards' | 'saveReviewCards'
>;
