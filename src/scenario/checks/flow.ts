import type { GraphEdge } from '../graph.ts';
import { canReach, endingsOf, reachableFrom, stronglyConnected } from '../graph.ts';
import { closestMatch, listInWords } from '../suggest.ts';
import type { CheckContext } from './context.ts';
import { describeDecision, quoteList } from './context.ts';

/** Routes: every target exists, a routed `next` ends with a default, nothing hides behind one. */
export function checkRoutes(context: CheckContext): void {
  const { graph } = context;
  const nodeIds = graph.order;
  if (!graph.nodes.has(graph.start)) {
    const guess = closestMatch(graph.start, nodeIds);
    context.report({
      path: ['start'],
      severity: 'error',
      code: 'dangling-start',
      message: `\`start\` is '${graph.start}', which is not a node${guess !== undefined ? `: did you mean '${guess}'?` : ''}`,
      fix: guess !== undefined ? `write '${guess}'` : 'name the node the scenario opens with',
    });
  }
  for (const edge of graph.edges) {
    if (edge.exists) continue;
    const guess = closestMatch(edge.to, nodeIds);
    context.report({
      path: edge.targetPath,
      severity: 'error',
      code: 'dangling-next',
      message: `${describeDecision(edge)} leads to '${edge.to}', which is not a node${guess !== undefined ? `: did you mean '${guess}'?` : ''}`,
      fix:
        guess !== undefined
          ? `write '${guess}'`
          : `add a node '${edge.to}', or lead to an existing node`,
    });
  }
  for (const decision of graph.decisions) {
    const next = decision.outcome.next;
    if (typeof next === 'string') continue;
    const routes = graph.edgesOf.get(decision) ?? [];
    // The default has neither a condition nor a chance: it is what happens when nothing else does.
    const defaultAt = next.findIndex(
      (route) => route.if === undefined && route.chance === undefined,
    );
    const name = describeDecision({ decision });
    const lastIndex = next.length - 1;
    if (defaultAt === -1 && next[lastIndex]?.chance !== undefined) {
      context.report({
        path: [...decision.path, 'next', lastIndex, 'chance'],
        severity: 'error',
        code: 'chance-last',
        message: `the last route of ${name} is left to chance, so when the draw goes against it the decision leads nowhere`,
        fix: 'add a last route with only `to:` (the default, taken when the chance does not come up), or move the chance route above one',
      });
    } else if (defaultAt === -1) {
      context.report({
        path: [...decision.path, 'next', lastIndex],
        severity: 'error',
        code: 'no-default-route',
        message: `every route of ${name} has a condition, so when none holds it leads nowhere`,
        fix: 'remove `if:` from the last route so it is the default',
      });
    } else {
      // A chance route must leave both outcomes open: something else to take when it does not
      // come up (the default, ensured above) and a different place to go from when it does.
      next.forEach((route, at) => {
        if (route.chance === undefined || at > defaultAt) return;
        const otherwise = next[at + 1];
        if (
          route.if === undefined &&
          otherwise?.if === undefined &&
          otherwise?.chance === undefined &&
          otherwise?.to === route.to
        ) {
          context.report({
            path: [...decision.path, 'next', at, 'chance'],
            severity: 'warning',
            code: 'chance-decides-nothing',
            message: `route ${at + 1} of ${name} is left to chance, but either way the learner goes to '${route.to}'`,
            fix: 'lead the chance route somewhere else, or drop `chance:`',
          });
        }
      });

      for (const edge of routes) {
        if (edge.route === null || edge.route <= defaultAt) continue;
        context.deadRoutes.set(edge, 'never');
        context.report({
          path: [...decision.path, 'next', edge.route],
          severity: 'warning',
          code: 'unused-route',
          message: `route ${edge.route + 1} of ${name} is never taken: route ${defaultAt + 1} has no condition and always applies first`,
          fix: 'move the route above the one without a condition, or remove it',
        });
      }
    }
  }
}

/**
 * Every node can be reached from the start, and from every reachable node some ending can be
 * reached: otherwise the learner is stuck in a loop or at a dead end.
 */
export function checkReachability(context: CheckContext): {
  reachable: Set<string>;
  reachableEndings: string[];
} {
  const { graph } = context;
  const live = (edge: GraphEdge): boolean => !context.deadRoutes.has(edge);
  // Mood thresholds are judged by a generous estimate; what hangs on them alone is a warning.
  const surelyLive = (edge: GraphEdge): boolean => context.deadRoutes.get(edge) !== 'never';
  const reachable = reachableFrom(graph, [graph.start], live);
  const reachableUnlessMood = reachableFrom(graph, [graph.start], surelyLive);
  const reachableIgnoringConditions = reachableFrom(graph, [graph.start]);
  if (graph.nodes.has(graph.start)) {
    for (const id of graph.order) {
      if (reachable.has(id)) continue;
      const node = graph.nodes.get(id);
      const noun = node?.kind === 'ending' ? 'ending' : 'node';
      const byMood = reachableUnlessMood.has(id);
      const onlyByDeadRoutes = reachableIgnoringConditions.has(id);
      context.report({
        path: ['nodes', id],
        key: true,
        severity: byMood ? 'warning' : 'error',
        code: noun === 'ending' ? 'unreachable-ending' : 'unreachable-node',
        message: byMood
          ? `${noun} '${id}' can never be reached: the routes to it need moods the customer cannot reach`
          : onlyByDeadRoutes
            ? `${noun} '${id}' can never be reached: the only routes to it can never be taken`
            : `${noun} '${id}' can never be reached: nothing leads to it from the start ('${graph.start}')`,
        fix: onlyByDeadRoutes
          ? 'fix the conditions on the routes that lead here'
          : `lead to it from a choice (\`next: ${id}\`), or remove it`,
      });
    }
  }

  const endings = endingsOf(graph);
  const finishing = canReach(graph, endings, live);
  const finishingUnlessMood = canReach(graph, endings, surelyLive);
  const stuck = new Set([...reachable].filter((id) => !finishing.has(id)));
  if (stuck.size > 0) {
    const liveTargets = (id: string): string[] =>
      (graph.outgoing.get(id) ?? [])
        .filter((edge) => edge.exists && live(edge))
        .map((edge) => edge.to);
    const order = new Map(graph.order.map((id, index) => [id, index]));
    for (const component of stronglyConnected(graph, live)) {
      if (!component.every((id) => stuck.has(id))) continue;
      const members = new Set(component);
      // Only the bottom of the trap is reported: the nodes leading into it are stuck because of it.
      if (component.some((id) => liveTargets(id).some((target) => !members.has(target)))) continue;
      const sorted = [...component].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      const first = sorted[0] as string;
      const loops = component.length > 1 || liveTargets(first).includes(first);
      const outgoing = graph.outgoing.get(first) ?? [];
      context.report({
        path: ['nodes', first],
        key: true,
        severity: finishingUnlessMood.has(first) ? 'warning' : 'error',
        code: loops ? 'inescapable-loop' : 'dead-end',
        message: loops
          ? component.length > 1
            ? `nodes ${listInWords(quoteList(sorted))} form a loop with no way out to an ending`
            : `node '${first}' only leads back to itself, with no way out to an ending`
          : `no ending can be reached from node '${first}': ${
              outgoing.some((edge) => !edge.exists)
                ? 'its choices lead to nodes that do not exist'
                : 'its routes can never be taken'
            }`,
        fix: loops
          ? 'give one of these nodes a choice that leads on towards an ending'
          : 'lead its choices on to a node from which an ending can be reached',
      });
    }
  }
  return {
    reachable,
    reachableEndings: endings.filter((id) => reachable.has(id)),
  };
}
