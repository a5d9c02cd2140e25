import type { CriterionId } from '../curriculum/ids.ts';
import { TIMEOUT_OPTION_ID } from '../engine/context.ts';
import type { Decision } from '../engine/types.ts';
import type { CriticalErrorRecord, Debrief } from './debrief.ts';
import type { ScoredOption } from './options.ts';

/** No play with a critical error can score above this overall. */
export const CRITICAL_OVERALL_CAP = 50;

/** The critical error the learner's option at a moment commits, if any. */
export function criticalErrorAt(
  decision: Decision,
  chosen: ScoredOption | undefined,
): CriticalErrorRecord | null {
  if (chosen?.critical === undefined) return null;
  if (decision.kind !== 'choice' && decision.kind !== 'timeout') return null;
  return {
    step: decision.step,
    nodeId: decision.nodeId,
    choiceId: chosen.id ?? TIMEOUT_OPTION_ID,
    reason: chosen.critical.reason,
    breaks: [...chosen.critical.breaks],
  };
}

/** The criteria critical errors cap at "not met", each with the first error's reason. */
export function capReasons(errors: readonly CriticalErrorRecord[]): Map<CriterionId, string> {
  const reasons = new Map<CriterionId, string>();
  for (const error of errors) {
    for (const id of error.breaks) if (!reasons.has(id)) reasons.set(id, error.reason);
  }
  return reasons;
}

/** The overall figure once any critical error has capped it. */
export function capOverall(
  mean: number,
  errors: readonly CriticalErrorRecord[],
): Pick<Debrief, 'overall' | 'overallCapped'> {
  if (errors.length === 0 || mean <= CRITICAL_OVERALL_CAP) return { overall: mean };
  return {
    overall: CRITICAL_OVERALL_CAP,
    overallCapped: `A critical error caps the overall result at ${CRITICAL_OVERALL_CAP}.`,
  };
}
