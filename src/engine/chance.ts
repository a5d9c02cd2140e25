import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { generatorAt } from './order.ts';

/**
 * How chance branches are decided: `drawn` from the play's seed (every play, replay and retry), or
 * `likely`, by the likelier outcome, when scoring looks ahead along the best options: so where "the
 * best" leads is never down to a lucky or unlucky draw the learner did not make.
 */
export const CHANCE_MODES = ['drawn', 'likely'] as const;
export type ChanceMode = (typeof CHANCE_MODES)[number];

/** One chance branch that was weighed: its route, its odds, and whether it was taken. */
export interface ChanceDraw {
  /** The number of events applied once the decision it belongs to was made. */
  step: number;
  nodeId: string;
  /** Index of the branch in the decision's `next`. */
  route: number;
  /** Whole percent, as the author wrote it. */
  chance: number;
  taken: boolean;
}

/**
 * Whether a chance branch is taken. The draw depends only on the seed and the place (which branch of
 * which decision, at which visit), like the options' order, so it needs no state: a replay, a
 * restored save and "retry from this moment" all draw the same, and drawing disturbs nothing else.
 */
export function chanceTaken(options: {
  seed: number;
  place: string;
  chance: number;
  mode: ChanceMode;
}): boolean {
  if (options.mode === 'likely') return options.chance >= 50;
  return uniformInt(generatorAt(options.seed, `chance:${options.place}`), 0, 99) < options.chance;
}
