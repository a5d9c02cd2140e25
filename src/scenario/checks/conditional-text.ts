import type { JsonPath } from '../diagnostics.ts';
import type { ScenarioNode, TextVariant } from '../schema.ts';
import type { CheckContext } from './context.ts';
import {
  AT_START,
  whereEdge,
  type conditionJudge,
  type Impossible,
  type Where,
} from './conditions.ts';

/** The fields that may hold conditional text, as the author wrote them at a node. */
function conditionalFields(node: ScenarioNode): [string, unknown][] {
  const fields: [string, unknown][] = [];
  if ('customer' in node) fields.push(['customer', node.customer]);
  if ('prompt' in node) fields.push(['prompt', node.prompt]);
  if (node.kind === 'explain') fields.push(['question', node.question]);
  if (node.kind === 'colleague-feedback') fields.push(['line', node.line]);
  if (node.kind === 'ending') fields.push(['epilogue', node.epilogue]);
  return fields.filter(([, value]) => Array.isArray(value));
}

/**
 * Conditional text (customer lines, prompts, questions, a colleague's words, epilogues): the last
 * entry is the default with no `if`, every other entry has one, and each entry's condition can hold
 * on arriving at the node by some route (or at the start). Conditions are read on arrival, so they
 * are judged exactly as the route that arrives is, with the same reverse search.
 */
export function checkConditionalText(
  context: CheckContext,
  { judge, precedence }: ReturnType<typeof conditionJudge>,
  reachable: ReadonlySet<string>,
): void {
  const { scenario, graph } = context;
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const fields = conditionalFields(node);
    if (fields.length === 0) continue;
    const arrivals: Where[] = (graph.incoming.get(nodeId) ?? [])
      .filter((edge) => context.deadRoutes.get(edge) !== 'never' && reachable.has(edge.from))
      .map((edge) => whereEdge(edge, precedence));
    if (nodeId === graph.start) arrivals.push(AT_START);
    for (const [field, value] of fields) {
      const entries = value as readonly TextVariant<unknown>[];
      const at = `\`${field}\` at node '${nodeId}'`;
      const last = entries.length - 1;
      entries.forEach((entry, index) => {
        const path: JsonPath = ['nodes', nodeId, field, index];
        if (index === last) {
          if (entry.if !== undefined) {
            context.report({
              path: [...path, 'if'],
              severity: 'error',
              code: 'no-default-text',
              message: `the last entry of ${at} has an \`if:\`, so when no condition holds there is nothing to show`,
              fix: 'add a last entry with only `text:` (the default that always applies), or take `if:` off this one',
            });
          }
          return;
        }
        if (entry.if === undefined) {
          context.report({
            path,
            severity: 'error',
            code: 'misplaced-default-text',
            message: `entry ${index + 1} of ${at} has no \`if:\`, so it always applies and the ${last - index === 1 ? 'entry' : `${last - index} entries`} after it can never be shown`,
            fix: 'give it an `if:`, or move it to the end: only the last entry is the default',
          });
          return;
        }
        if (!reachable.has(nodeId)) return;
        const condition = entry.if;
        let first: Impossible | undefined;
        const holdsSomewhere = arrivals.some((where, arrival) => {
          const impossible = judge(condition, [...path, 'if'], where, { quiet: arrival > 0 });
          first ??= impossible;
          return impossible === undefined;
        });
        if (holdsSomewhere || first === undefined || first.reported) return;
        const mood = first.kind === 'mood';
        context.report({
          path: [...path, 'if'],
          severity: mood ? 'warning' : 'error',
          code: mood ? 'unlikely-text' : 'unreachable-text',
          message: `entry ${index + 1} of ${at} can never be shown: on arriving there ${first.reason}`,
          fix: mood
            ? 'lower the threshold, or let earlier choices move the mood further'
            : 'change the condition to something that can have happened by the time the node is reached, or remove the entry',
        });
      });
    }
  }
}
