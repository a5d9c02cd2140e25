/** Why a saved play cannot be continued; each has its own words for the learner. */
export type ResumeReason =
  'damaged' | 'newer-version' | 'scenario-unknown' | 'scenario-changed' | 'does-not-replay';

// Kept apart from resume.ts so the menu can say them without loading the engine.
export const RESUME_WORDS: Record<ResumeReason, string> = {
  damaged: 'The saved record of this play is damaged, so it cannot be continued.',
  'newer-version':
    'This play was saved by a newer version of Resolve; update the page (reload it) to continue it.',
  'scenario-unknown':
    'This scenario is no longer in the library here, so the play cannot be continued.',
  'scenario-changed':
    'The scenario has been changed since this play was saved, so the play cannot be continued: your choices were made in the earlier version.',
  'does-not-replay':
    'What was saved of this play does not replay step by step in this scenario, so it cannot be continued.',
};

/** What the learner can still do with a play that cannot be continued. */
export const KEPT_WORDS =
  'It is kept: you can look at what you played so far where it can be replayed, export the record for your tutor, or start the scenario again.';
