import type { Condition, Mood, Next } from '../scenario/schema.ts';
import { hasItem } from './append-log.ts';

/** The part of a session a condition can see. */
export interface ConditionContext {
  mood: Mood;
  /** Append-only logs shared with later contexts: see `logged`. */
  visited: readonly string[];
  chosen: readonly string[];
  checked: readonly string[];
  flags: readonly string[];
  /** How many items of `visited` and `chosen` are this context's own (all of them when absent). */
  logged?: { visited: number; chosen: number };
  /** A choice being weighed, counted as chosen without appending it to the shared log. */
  weighing?: string | null;
}

/** Whether the context has been at the node: constant time, however long the play. */
export const wasVisited = (context: ConditionContext, nodeId: string): boolean =>
  hasItem(context.visited, context.logged?.visited ?? context.visited.length, nodeId);

/** Whether the context has taken the choice (or is weighing it). */
export const wasChosen = (context: ConditionContext, choiceId: string): boolean =>
  context.weighing === choiceId ||
  hasItem(context.chosen, context.logged?.chosen ?? context.chosen.length, choiceId);

const withinBound = (
  value: number,
  bound: { atLeast?: number | undefined; atMost?: number | undefined } | undefined,
): boolean =>
  bound === undefined ||
  ((bound.atLeast === undefined || value >= bound.atLeast) &&
    (bound.atMost === undefined || value <= bound.atMost));

/** Every key present must hold: an empty condition always holds. */
export function conditionHolds(condition: Condition, context: ConditionContext): boolean {
  if (!withinBound(context.mood.anger, condition.anger)) return false;
  if (!withinBound(context.mood.confusion, condition.confusion)) return false;
  if (!withinBound(context.mood.trust, condition.trust)) return false;
  if (condition.visited !== undefined && !wasVisited(context, condition.visited)) return false;
  if (condition.chose !== undefined && !wasChosen(context, condition.chose)) return false;
  if (condition.checked !== undefined && !context.checked.includes(condition.checked)) return false;
  if (condition.flag !== undefined && !context.flags.includes(condition.flag)) return false;
  if (condition.any !== undefined && !condition.any.some((each) => conditionHolds(each, context)))
    return false;
  if (condition.not !== undefined && conditionHolds(condition.not, context)) return false;
  return true;
}

/**
 * Whether a chance branch is taken, by its index and odds. Without one, chance branches are passed
 * over (they are never certain).
 */
export type ChanceDecider = (route: number, chance: number) => boolean;

const passOver: ChanceDecider = () => false;

/** The index of the first route whose condition holds (and whose chance comes up), or null. */
export function firstHoldingRoute(
  next: Next,
  context: ConditionContext,
  decide: ChanceDecider = passOver,
): number | null {
  if (typeof next === 'string') return 0;
  const index = next.findIndex(
    (route, at) =>
      (route.if === undefined || conditionHolds(route.if, context)) &&
      (route.chance === undefined || decide(at, route.chance)),
  );
  return index === -1 ? null : index;
}

/** Where a decision leads, or null when no route holds. */
export function resolveNext(
  next: Next,
  context: ConditionContext,
  decide: ChanceDecider = passOver,
): string | null {
  const index = firstHoldingRoute(next, context, decide);
  if (index === null) return null;
  return typeof next === 'string' ? next : (next[index]?.to ?? null);
}
