import type { Condition, Next, Scenario, ScenarioNode } from '../scenario/schema.ts';
import { allLinesOf, allTextsOf } from '../engine/node-text.ts';

/**
 * The same story in ink, for measuring inkjs against the engine: one knot per node with the same
 * words, one sticky choice per choice (a timer becomes a last choice, as the random player treats
 * it), the same routes with `visited` as read counts and flags as variables, and mood as numbers.
 * Only what the generated bench scenarios use is translated; anything else throws.
 */
const knot = (nodeId: string): string => nodeId.replace(/[^A-Za-z0-9_]/g, '_');
export const inkText = (words: string): string =>
  words.replace(/[[\]{}|#~*+\-=<>/\\]/g, ' ').trim();
const MOODS = ['anger', 'confusion', 'trust'] as const;

function test(condition: Condition): string {
  const parts: string[] = [];
  if (condition.visited !== undefined) parts.push(knot(condition.visited));
  if (condition.flag !== undefined) parts.push(knot(condition.flag));
  for (const mood of MOODS) {
    const bound = condition[mood];
    if (bound?.atLeast !== undefined) parts.push(`${mood} >= ${bound.atLeast}`);
    if (bound?.atMost !== undefined) parts.push(`${mood} <= ${bound.atMost}`);
  }
  if (parts.length === 0 || condition.chose !== undefined || condition.checked !== undefined) {
    throw new Error('The ink translation covers visited, flag and mood conditions only.');
  }
  return parts.join(' && ');
}

function divert(next: Next, indent: string): string[] {
  if (typeof next === 'string') return [`${indent}-> ${knot(next)}`];
  const lines = [`${indent}{`];
  next.forEach((route) => {
    lines.push(
      route.if === undefined ? `${indent}- else:` : `${indent}- ${test(route.if)}:`,
      `${indent}  -> ${knot(route.to)}`,
    );
  });
  lines.push(`${indent}}`);
  return lines;
}

function consequences(
  outcome: {
    mood?: Partial<Record<(typeof MOODS)[number], number | undefined>> | undefined;
    sets?: string[] | undefined;
  },
  indent: string,
): string[] {
  const lines: string[] = [];
  for (const mood of MOODS) {
    const change = outcome.mood?.[mood];
    if (change !== undefined && change !== 0) {
      lines.push(`${indent}~ ${mood} = MIN(100, MAX(0, ${mood} + ${change}))`);
    }
  }
  for (const flag of outcome.sets ?? []) lines.push(`${indent}~ ${knot(flag)} = true`);
  return lines;
}

function knotOf(nodeId: string, node: ScenarioNode): string[] {
  if (node.kind !== 'dialogue' && node.kind !== 'ending') {
    throw new Error(`The ink translation covers dialogue and ending nodes only, not ${node.kind}.`);
  }
  // The benchmark's scenarios hold plain text: the first way a line can read stands for it.
  const line = allLinesOf(node.customer)[0] ?? '';
  const lines = [`=== ${knot(nodeId)} ===`, inkText(line)];
  if (node.kind === 'ending')
    return [...lines, inkText(allTextsOf(node.epilogue)[0] ?? ''), '-> END', ''];
  for (const choice of node.choices) {
    lines.push(
      `+ [${inkText(choice.say)}]`,
      ...consequences(choice, '  '),
      ...divert(choice.next, '  '),
    );
  }
  if (node.timeout !== undefined) {
    lines.push(
      `+ [${inkText(node.timeout.says ?? 'Say nothing.')}]`,
      ...consequences(node.timeout, '  '),
      ...divert(node.timeout.next, '  '),
    );
  }
  return [...lines, ''];
}

export function inkSourceOf(scenario: Scenario): string {
  const flags = new Set<string>();
  for (const node of Object.values(scenario.nodes)) {
    if (node.kind !== 'dialogue') continue;
    for (const outcome of [...node.choices, ...(node.timeout ? [node.timeout] : [])])
      for (const flag of outcome.sets ?? []) flags.add(flag);
  }
  return [
    ...MOODS.map((mood) => `VAR ${mood} = ${scenario.customer.mood[mood]}`),
    ...[...flags].map((flag) => `VAR ${knot(flag)} = false`),
    `-> ${knot(scenario.start)}`,
    '',
    ...Object.entries(scenario.nodes).flatMap(([nodeId, node]) => knotOf(nodeId, node)),
  ].join('\n');
}
