import type { CriterionId, RangeId } from '../curriculum/ids.ts';

/*
 * Criterion ids carry spaces ("MRC 1.3", "312 range 3b"), which LMSs reject in objective and
 * interaction ids (Moodle refuses them outright). One spelling for every package and adapter:
 * spaces become hyphens, so "MRC 1.3" is "MRC-1.3" and "312.2.6" stays as it is. The full id and
 * its text go in the objective's description, where the LMS shows them to people.
 */
export const objectiveIdOf = (id: CriterionId | RangeId): string => id.replace(/\s+/g, '-');

/** SCORM 1.2 CMIIdentifier (RTE 3.4.2.1): no whitespace in practice, at most 255 characters. */
export const SCORM12_IDENTIFIER = /^[\u0021-\u007E]{1,255}$/;

/** SCORM 2004 4th edition long_identifier_type (RTE C.1.9), without the urn: form we never use. */
export const SCORM2004_IDENTIFIER = /^(?=.*\w)[\w\-()+.:=@;$!*'%/#]{1,250}$/;
