import { cs17Criteria } from './criteria-cs17.ts';
import { mrcCriteria } from './criteria-mrc.ts';
import { unit312Criteria } from './criteria-312.ts';
import { recordById } from './by-id.ts';
import { CRITERION_IDS, type CriterionId } from './ids.ts';
import type { Criterion } from './types.ts';

/** All 55 assessment criteria, keyed by id in the order of ids.ts. */
export const criteria: Readonly<Record<CriterionId, Criterion>> = recordById({
  what: 'criteria',
  ids: CRITERION_IDS,
  entries: [...mrcCriteria, ...unit312Criteria, ...cs17Criteria],
});
