import { criteria } from './criteria.ts';
import type { CriterionId } from './ids.ts';

/**
 * The words a person reads about what a play shows: the one list the CLI, the debrief screen and
 * every export use. Programs keep the ids (`met`, `partly-met`...); people never read "met" or
 * "achieved", because a practice game shows, it does not assess.
 */
export const EVIDENCE_STATUSES = ['met', 'partly-met', 'not-met', 'no-opportunity'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const STATUS_WORDS = {
  met: 'shown',
  'partly-met': 'partly shown',
  'not-met': 'not shown',
  'no-opportunity': 'no chance to come up',
} as const satisfies Record<EvidenceStatus, string>;

/**
 * Unit 312 forbids simulation as performance evidence, so every performance criterion, whichever
 * unit it belongs to, is only ever practised here.
 */
export const PRACTISED_IN_SIMULATION = 'practised in simulation';

/** What a play that stopped before an ending is called wherever its result is shown. */
export const INCOMPLETE_WORD = 'incomplete';

/** A status in words, for a technique, or for a criterion (performance ones say they were practised). */
export function statusInWords(status: EvidenceStatus, criterion?: CriterionId): string {
  const words = STATUS_WORDS[status];
  return criterion !== undefined && criteria[criterion].kind === 'performance'
    ? `${words} (${PRACTISED_IN_SIMULATION})`
    : words;
}
