import type { CriterionId } from './ids.ts';
import type { SynopsisId } from './synopsis.ts';
import type { TechniqueList } from './types.ts';

export interface TechniqueListInfo {
  id: TechniqueList;
  /** The list's heading as the seed prints it. */
  heading: string;
  /** Where the list is printed: a criterion's guidance, or a synopsis point. */
  printedAt: { criterion: CriterionId } | { synopsis: SynopsisId };
  /**
   * Other criteria that ask for these techniques without printing a list of their own (Unit 312's
   * "negotiate" and "handling conflict", CS17's "agitated or angry"). Evidence of a technique from
   * the list is relevant to them too.
   */
  alsoServes: readonly CriterionId[];
}

/** The four lists learners' choices are scored against (seeds README, "The technique lists"). */
export const techniqueLists: Readonly<Record<TechniqueList, TechniqueListInfo>> = {
  negotiating: {
    id: 'negotiating',
    heading: 'Negotiating techniques',
    printedAt: { criterion: 'MRC 1.3' },
    alsoServes: ['312.3.4'],
  },
  'conflict-management': {
    id: 'conflict-management',
    heading: 'Conflict management techniques',
    printedAt: { criterion: 'MRC 1.4' },
    alsoServes: ['312.3.9'],
  },
  handling: {
    id: 'handling',
    heading: 'Techniques',
    printedAt: { criterion: 'CS17 1.1' },
    alsoServes: ['CS17 1.3'],
  },
  'answer-structure': {
    id: 'answer-structure',
    heading: 'Exam Tips & Revision Strategies',
    printedAt: { synopsis: 'synopsis.exam-tip.answer-structure' },
    alsoServes: [],
  },
};
