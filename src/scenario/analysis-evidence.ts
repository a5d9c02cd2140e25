import type { CriterionId } from '../curriculum/ids.ts';
import type { Evidence, NodeOfKind } from './schema.ts';

/**
 * What each step of the learner's analysis at an options node is evidence of. Weighing an
 * option's main benefit is 312.2.3; naming its main risk and rating it is 312.2.4; putting the
 * option forward to the right party is MRC 2.4 (the customer) or MRC 2.5 (the organisation).
 * Scoring, coverage and the validator all read this one table.
 */
export const ANALYSIS_CRITERIA = {
  benefit: '312.2.3',
  risk: '312.2.4',
  customer: 'MRC 2.4',
  organisation: 'MRC 2.5',
} as const satisfies Record<string, CriterionId>;

export const ANALYSIS_CRITERION_IDS: readonly CriterionId[] = Object.values(ANALYSIS_CRITERIA);

/** The most an analysis at this node can evidence: one point per benefit, two per risk. */
export function analysisEvidence(node: NodeOfKind<'options'>): Evidence {
  const criteria: Partial<Record<CriterionId, number>> = {
    [ANALYSIS_CRITERIA.benefit]: node.options.length,
    [ANALYSIS_CRITERIA.risk]: 2 * node.options.length,
  };
  for (const option of node.options) criteria[ANALYSIS_CRITERIA[option.putTo]] = 1;
  return { criteria };
}
