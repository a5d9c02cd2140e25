import { describe, expect, it } from 'vitest';
import type { Condition, Next, Scenario } from '../scenario/schema.ts';
import { choicesOf, timeoutOf } from './context.ts';
import { legalMoves } from './fixtures/drive.ts';
import { allScenarios } from './fixtures/load.ts';
import { restoreSession, startSession, type Session } from './session.ts';

/*
 * Every path of moves (choices, timeouts, and representative record and field sets) must end in a
 * final state. Paths are counted over the states conditions can tell apart: the node, the mood and
 * the visited nodes, choices, records and flags some condition names. Two paths that meet in such a
 * state have the same futures, so each state is explored once; a state reached again while still
 * being explored is a loop a learner could go round for ever.
 */
const DEPTH = 200;
const STATE_LIMIT = 50_000;

function namedByConditions(scenario: Scenario): Set<string> {
  const names = new Set<string>();
  const visit = (condition: Condition): void => {
    for (const key of ['visited', 'chose', 'checked', 'flag'] as const) {
      const value = condition[key];
      if (value !== undefined) names.add(`${key}:${value}`);
    }
    condition.any?.forEach(visit);
    if (condition.not !== undefined) visit(condition.not);
  };
  const visitNext = (next: Next): void => {
    if (typeof next !== 'string') next.forEach((route) => route.if !== undefined && visit(route.if));
  };
  for (const node of Object.values(scenario.nodes)) {
    choicesOf(node).forEach((choice) => visitNext(choice.next));
    const timeout = timeoutOf(node);
    if (timeout !== undefined) visitNext(timeout.next);
  }
  return names;
}

export function explore(scenario: Scenario): { paths: number; states: number; problems: string[] } {
  const named = namedByConditions(scenario);
  const state = new Map<string, 'exploring' | number>();
  const problems: string[] = [];
  const keyOf = (session: Session): string => {
    const context = session.context();
    const seen = [
      ...context.visited.map((id) => `visited:${id}`),
      ...context.chosen.map((id) => `chose:${id}`),
      ...context.checked.map((id) => `checked:${id}`),
      ...context.flags.map((id) => `flag:${id}`),
    ].filter((name) => named.has(name));
    return JSON.stringify([context.nodeId, context.mood, seen.sort()]);
  };
  const walk = (session: Session, trail: readonly string[]): number => {
    if (session.isOver()) return 1;
    const key = keyOf(session);
    const known = state.get(key);
    if (known === 'exploring') {
      problems.push(`a loop with no way out: ${trail.join(' → ')}`);
      return 0;
    }
    if (known !== undefined) return known;
    if (trail.length > DEPTH || state.size > STATE_LIMIT) {
      problems.push(`no ending within ${DEPTH} moves (or ${STATE_LIMIT} states): ${trail.slice(-12).join(' → ')}`);
      return 0;
    }
    state.set(key, 'exploring');
    const moves = legalMoves(session);
    if (moves.length === 0) problems.push(`no legal move at "${session.context().nodeId}": ${trail.join(' → ')}`);
    const saved = session.snapshot();
    let paths = 0;
    for (const move of moves) {
      const branch = restoreSession({ scenario, snapshot: saved });
      for (const event of move) branch.send(event);
      const last = move.at(-1);
      paths += walk(branch, [...trail, last?.type === 'CHOOSE' ? last.choiceId : (last?.type ?? '?')]);
    }
    state.set(key, paths);
    return paths;
  };
  const paths = walk(startSession({ scenario, seed: 1, timing: 'standard' }), [scenario.start]);
  return { paths, states: state.size, problems };
}

describe.each(allScenarios())('$file', ({ scenario }) => {
  it('ends in a final state on every path', () => {
    const { paths, problems } = explore(scenario);
    expect(problems.slice(0, 5)).toEqual([]);
    expect(paths).toBeGreaterThan(0);
  });
});
