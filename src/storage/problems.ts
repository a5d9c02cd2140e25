const KEPT_FOR_NOW =
  'You can carry on playing: your progress is kept until you close or reload this page.';

/** Why saving stopped, in words a learner can act on. Never the raw error text alone. */
export function describeStorageProblem(error: unknown, when: 'opening' | 'saving'): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return `This browser has no room left to save Resolve's progress. ${KEPT_FOR_NOW} Freeing some space or exporting your results will help next time.`;
  }
  if (name === 'VersionError') {
    return `Your progress was saved by a newer version of Resolve; update the page (reload it) to carry on with it. Until then this page keeps what you do only until it is closed, and leaves what was saved untouched.`;
  }
  if (when === 'opening') {
    return `This browser is not letting Resolve save progress; private browsing or a privacy setting can do this. ${KEPT_FOR_NOW}`;
  }
  if (name === 'DataCloneError') {
    return `Resolve could not save something it was given (a fault in the game, not yours). ${KEPT_FOR_NOW}`;
  }
  return `Saving stopped working part-way through this visit${name ? ` (${name})` : ''}. ${KEPT_FOR_NOW}`;
}
