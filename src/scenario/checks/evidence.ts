import type { Evidence } from '../schema.ts';
import type { CheckContext } from './context.ts';

const carries = (evidence: Evidence): boolean =>
  Object.keys(evidence.techniques ?? {}).length + Object.keys(evidence.criteria ?? {}).length > 0;

/**
 * A decision is only worth making if it can be scored: some option, record or log entry at the node
 * must carry evidence. A node with a single way on is a step, not a decision, and is left alone.
 */
export function checkEvidence(context: CheckContext): void {
  const { scenario, graph } = context;
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.kind === 'ending') continue;
    const decisions = graph.decisionsAt.get(nodeId) ?? [];
    const extra =
      node.kind === 'investigate'
        ? node.records
        : node.kind === 'record'
          ? node.fields.flatMap((field) => field.entries)
          : [];
    if (decisions.length + extra.length < 2) continue;
    if (decisions.some((decision) => carries(decision.outcome)) || extra.some(carries)) continue;
    context.report({
      path: ['nodes', nodeId],
      key: true,
      severity: 'warning',
      code: 'no-evidence',
      message: `none of the choices at node '${nodeId}' carries evidence (techniques or criteria), so this decision cannot be scored`,
      fix: 'give the choices `techniques:` or `criteria:` saying what each one shows',
    });
  }
  for (const decision of graph.decisions) {
    if (decision.kind !== 'choice') continue;
    if (decision.outcome.critical === undefined || decision.outcome.stance !== 'skilled') continue;
    context.report({
      path: [...decision.path, 'critical'],
      key: true,
      severity: 'warning',
      code: 'critical-but-skilled',
      message: `choice '${decision.id}' is marked as a critical error but its stance is 'skilled'`,
      fix: 'change the stance (unsafe, dismissive...) or remove `critical`',
    });
  }
}
