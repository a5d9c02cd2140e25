import type { CriterionKind } from './types.ts';

/**
 * How a debrief, export or gradebook must describe what a play shows for a criterion. The game is
 * a simulation, and Unit 312 forbids simulation for performance evidence, so a performance
 * criterion is only ever "practised", never evidenced, whichever unit it belongs to.
 */
export const EVIDENCE_LABELS = {
  knowledge: 'knowledge evidence',
  performance: 'practised in simulation (not performance evidence: Unit 312 forbids simulation)',
} as const satisfies Record<CriterionKind, string>;

export function evidenceLabel(kind: CriterionKind): string {
  return EVIDENCE_LABELS[kind];
}
