/**
 * The curriculum catalogue: the three units' criteria and guidance, Unit 312's range, the
 * techniques, the revision synopsis, the law and the misconceptions, as plain typed data.
 */
export * from './ids.ts';
export type * from './types.ts';
export { criteria } from './criteria.ts';
export { units, outcomes } from './units.ts';
export { rangeItems, rangeHeadings } from './range.ts';
export { techniques } from './techniques.ts';
export { techniqueLists, type TechniqueListInfo } from './technique-lists.ts';
export {
  synopsis,
  synopsisPoint,
  synopsisSectionHeadings,
  SYNOPSIS_IDS,
  type SynopsisId,
  type SynopsisPoint,
} from './synopsis.ts';
export { lawRules, LAST_CHECKED } from './law.ts';
export { misconceptions } from './misconceptions.ts';
export {
  EVIDENCE_STATUSES,
  INCOMPLETE_WORD,
  PRACTISED_IN_SIMULATION,
  STATUS_WORDS,
  statusInWords,
  type EvidenceStatus,
} from './evidence.ts';
export * from './lookups.ts';
