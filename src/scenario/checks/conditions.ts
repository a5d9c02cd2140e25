import type { Condition, Mood } from '../schema.ts';
import type { JsonPath } from '../diagnostics.ts';
import type { Decision, GraphEdge } from '../graph.ts';
import { precedenceOf, type Precedence } from '../graph.ts';
import { closestMatch } from '../suggest.ts';
import type { CheckContext } from './context.ts';
import { describeDecision } from './context.ts';

type MoodKey = keyof Mood;
const MOOD_KEYS: readonly MoodKey[] = ['anger', 'confusion', 'trust'];

/** Why a condition can never hold; `reported` when a diagnostic about it was already given. */
export interface Impossible {
  reason: string;
  kind: 'reference' | 'order' | 'mood';
  reported: boolean;
}

/**
 * The moment a condition is read: a route judged on taking a decision at `from`, or a node's text
 * on arriving by that decision (the same state: the decision's consequences applied). `from` and
 * `decision` are null on arriving at the start.
 */
export interface Where {
  from: string | null;
  decision: Decision | null;
  /** Whether a node can come before `from` (the node itself only on a loop). */
  before: (nodeId: string) => boolean;
}

/** Why a condition can never hold at a moment, or undefined when it can. */
export type ConditionJudge = (
  condition: Condition,
  path: JsonPath,
  where: Where,
  options?: { quiet?: boolean },
) => Impossible | undefined;

/** The moment of taking an edge's route, which is also the moment of arriving by it. */
export const whereEdge = (edge: GraphEdge, precedence: Precedence): Where => ({
  from: edge.from,
  decision: edge.decision,
  before: (nodeId) => precedence.comesBefore(nodeId, edge.from),
});

/** Arriving at the start: nothing has happened yet. */
export const AT_START: Where = { from: null, decision: null, before: () => false };

/** No mood moves further than this, so sums past it need not be counted. */
const MOOD_SPAN = 100;

/**
 * The one judge of whether a condition can hold at a moment, by searching back through the graph:
 * every id it names must exist, every flag must be set by something that can come before, visits
 * and choices must be able to precede, and mood bounds must be within what earlier changes can
 * reach. Unknown names are reported (unless `quiet`); the rest is returned for the caller to word.
 */
export function conditionJudge(context: CheckContext): {
  judge: ConditionJudge;
  precedence: Precedence;
} {
  const { scenario, graph } = context;
  const nodeIds = graph.order;
  const choiceNode = new Map<string, string>();
  for (const decision of graph.decisions) {
    if (decision.kind === 'choice' && !choiceNode.has(decision.id)) {
      choiceNode.set(decision.id, decision.nodeId);
    }
  }
  const recordNode = new Map<string, string>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.kind === 'investigate') {
      for (const record of node.records)
        if (!recordNode.has(record.id)) recordNode.set(record.id, nodeId);
    }
  }
  const setters = new Map<string, Decision[]>();
  for (const decision of graph.decisions) {
    for (const flag of decision.outcome.sets ?? []) {
      const known = setters.get(flag);
      if (known === undefined) setters.set(flag, [decision]);
      else known.push(decision);
    }
  }

  const precedence = precedenceOf(graph);

  // The furthest a mood can have moved by the time a route is judged (after the decision's own
  // change): each earlier node contributes its largest change once, unless it lies on a loop.
  const changes = new Map<string, Record<MoodKey, { up: number; down: number }>>();
  for (const decision of graph.decisions) {
    const entry = changes.get(decision.nodeId) ?? {
      anger: { up: 0, down: 0 },
      confusion: { up: 0, down: 0 },
      trust: { up: 0, down: 0 },
    };
    for (const key of MOOD_KEYS) {
      const change = decision.outcome.mood?.[key] ?? 0;
      entry[key].up = Math.max(entry[key].up, change);
      entry[key].down = Math.max(entry[key].down, -change);
    }
    changes.set(decision.nodeId, entry);
  }
  // What the nodes before a node can add up to, found once per node. The walk back stops once every
  // sum passes the span a mood can move, since the range is clamped there anyway.
  const movedBefore = new Map<string, Record<MoodKey, { rise: number; fall: number }>>();
  const moodBefore = (at: string): Record<MoodKey, { rise: number; fall: number }> => {
    const known = movedBefore.get(at);
    if (known !== undefined) return known;
    const moved = {
      anger: { rise: 0, fall: 0 },
      confusion: { rise: 0, fall: 0 },
      trust: { rise: 0, fall: 0 },
    };
    const saturated = (): boolean =>
      MOOD_KEYS.every((key) => moved[key].rise >= MOOD_SPAN && moved[key].fall >= MOOD_SPAN);
    const seen = new Set<string>();
    const queue = [at];
    while (queue.length > 0 && !saturated()) {
      const id = queue.pop() as string;
      for (const edge of graph.incoming.get(id) ?? []) {
        if (seen.has(edge.from)) continue;
        seen.add(edge.from);
        queue.push(edge.from);
        const loops = precedence.onLoop(edge.from);
        for (const key of MOOD_KEYS) {
          const { up, down } = changes.get(edge.from)?.[key] ?? { up: 0, down: 0 };
          moved[key].rise += loops && up > 0 ? MOOD_SPAN : up;
          moved[key].fall += loops && down > 0 ? MOOD_SPAN : down;
        }
      }
    }
    movedBefore.set(at, moved);
    return moved;
  };
  const moodRange = (where: Where, key: MoodKey): { low: number; high: number } => {
    const start = scenario.customer.mood[key];
    if (where.from === null) return { low: start, high: start };
    const own = where.decision?.outcome.mood?.[key] ?? 0;
    const { rise, fall } = moodBefore(where.from)[key];
    return {
      low: Math.max(0, start - fall - Math.max(0, -own)),
      high: Math.min(100, start + rise + Math.max(0, own)),
    };
  };

  const comesBefore = (nodeId: string, where: Where): boolean =>
    nodeId === where.from || where.before(nodeId);

  let quiet = false;
  const unknown = (path: JsonPath, message: string, fix: string): Impossible => {
    if (!quiet)
      context.report({ path, severity: 'error', code: 'unknown-reference', message, fix });
    return { reason: message, kind: 'reference', reported: true };
  };
  const didYouMean = (word: string, candidates: readonly string[]): string => {
    const guess = closestMatch(word, candidates);
    return guess !== undefined ? `: did you mean '${guess}'?` : '';
  };

  /** Checks one condition; reports unknown names; returns why it can never hold, if it cannot. */
  const judgeOne = (
    condition: Condition,
    path: JsonPath,
    where: Where,
    negated: boolean,
  ): Impossible | undefined => {
    const problems: Impossible[] = [];
    const at = where.from === null ? 'the start' : `node '${where.from}'`;
    for (const key of MOOD_KEYS) {
      const bound = condition[key];
      if (bound === undefined) continue;
      const { atLeast, atMost } = bound;
      if (atLeast !== undefined && atMost !== undefined && atLeast > atMost) {
        const message = `${key} must be at least ${atLeast} and at most ${atMost}, which can never both hold`;
        if (!quiet)
          context.report({
            path: [...path, key],
            severity: 'error',
            code: 'impossible-condition',
            message,
            fix: 'swap the two numbers, or correct one of them',
          });
        problems.push({ reason: message, kind: 'reference', reported: true });
        continue;
      }
      if (negated) continue;
      const range = moodRange(where, key);
      if (atLeast !== undefined && atLeast > range.high) {
        problems.push({
          reason: `${key} can reach at most ${range.high} by then, never ${atLeast}`,
          kind: 'mood',
          reported: false,
        });
      } else if (atMost !== undefined && atMost < range.low) {
        problems.push({
          reason: `${key} is at least ${range.low} by then, never as low as ${atMost}`,
          kind: 'mood',
          reported: false,
        });
      }
    }
    if (condition.visited !== undefined) {
      const target = condition.visited;
      if (!graph.nodes.has(target)) {
        problems.push(
          unknown(
            [...path, 'visited'],
            `\`visited\` names '${target}', which is not a node${didYouMean(target, nodeIds)}`,
            'name one of the scenario’s nodes',
          ),
        );
      } else if (!negated && !comesBefore(target, where)) {
        problems.push({
          reason: `node '${target}' cannot come before ${at}, so \`visited: ${target}\` never holds here`,
          kind: 'order',
          reported: false,
        });
      }
    }
    if (condition.chose !== undefined) {
      const target = condition.chose;
      const node = choiceNode.get(target);
      if (node === undefined) {
        problems.push(
          unknown(
            [...path, 'chose'],
            `\`chose\` names '${target}', which is not a choice${didYouMean(target, [...choiceNode.keys()])}`,
            'name a choice id from this scenario',
          ),
        );
      } else if (
        !negated &&
        !(where.decision?.kind === 'choice' && where.decision.id === target) &&
        !where.before(node)
      ) {
        problems.push({
          reason: `choice '${target}' (at node '${node}') cannot come before this point, so \`chose: ${target}\` never holds here`,
          kind: 'order',
          reported: false,
        });
      }
    }
    if (condition.checked !== undefined) {
      const target = condition.checked;
      const node = recordNode.get(target);
      if (node === undefined) {
        problems.push(
          unknown(
            [...path, 'checked'],
            `\`checked\` names '${target}', which is not a record${didYouMean(target, [...recordNode.keys()])}`,
            'name a record id from an investigate node',
          ),
        );
      } else if (!negated && !comesBefore(node, where)) {
        problems.push({
          reason: `record '${target}' (at node '${node}') cannot be opened before this point, so \`checked: ${target}\` never holds here`,
          kind: 'order',
          reported: false,
        });
      }
    }
    if (condition.flag !== undefined) {
      const flag = condition.flag;
      const setBy = setters.get(flag);
      if (setBy === undefined) {
        problems.push(
          unknown(
            [...path, 'flag'],
            `flag '${flag}' is never set: no choice or timer has it in \`sets\`${didYouMean(flag, [...setters.keys()])}`,
            'add it to the `sets` of the choice that should set it, or correct the name',
          ),
        );
      } else if (
        !negated &&
        !setBy.some((setter) => setter === where.decision || where.before(setter.nodeId))
      ) {
        problems.push({
          reason: `flag '${flag}' is only set by choices that cannot come before this point`,
          kind: 'order',
          reported: false,
        });
      }
    }
    if (condition.any !== undefined) {
      const branches = condition.any.map((each, index) =>
        judgeOne(each, [...path, 'any', index], where, negated),
      );
      const first = branches[0];
      if (!negated && first !== undefined && branches.every((each) => each !== undefined)) {
        problems.push({
          reason:
            branches.length === 1
              ? first.reason
              : `none of the \`any\` conditions can hold (${first.reason})`,
          kind: branches.some((each) => each.kind === 'mood') ? 'mood' : first.kind,
          reported: branches.every((each) => each.reported),
        });
      }
    }
    if (condition.not !== undefined) judgeOne(condition.not, [...path, 'not'], where, !negated);
    return problems.find((each) => each.kind !== 'mood') ?? problems[0];
  };

  const judge: ConditionJudge = (condition, path, where, options = {}) => {
    quiet = options.quiet === true;
    try {
      return judgeOne(condition, path, where, false);
    } finally {
      quiet = false;
    }
  };
  return { judge, precedence };
}

/**
 * Conditions on routes: each route's condition must be able to hold at that point in the scenario
 * (see `conditionJudge`). Routes that can never be taken go into `context.deadRoutes` for the flow
 * checks.
 */
export function checkConditions(
  context: CheckContext,
  { judge, precedence }: ReturnType<typeof conditionJudge> = conditionJudge(context),
): void {
  for (const edge of context.graph.edges) {
    if (edge.condition === undefined || edge.route === null) continue;
    const path: JsonPath = [...edge.decision.path, 'next', edge.route, 'if'];
    const impossible = judge(edge.condition, path, whereEdge(edge, precedence));
    if (impossible === undefined) continue;
    context.deadRoutes.set(edge, impossible.kind === 'mood' ? 'mood' : 'never');
    if (impossible.reported) continue;
    const route = `route ${edge.route + 1} of ${describeDecision(edge)} (to '${edge.to}')`;
    context.report({
      path,
      severity: impossible.kind === 'mood' ? 'warning' : 'error',
      code: impossible.kind === 'mood' ? 'unlikely-condition' : 'impossible-condition',
      message: `${route} can never be taken: ${impossible.reason}`,
      fix:
        impossible.kind === 'mood'
          ? 'lower the threshold, or let earlier choices move the mood further'
          : 'change the condition to something that can already have happened, or move the route',
    });
  }
}
