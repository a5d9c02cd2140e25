import type { Diagnostic, JsonPath } from '../diagnostics.ts';
import type { GraphEdge, ScenarioGraph } from '../graph.ts';
import type { SourcePositions } from '../positions.ts';
import type { Scenario } from '../schema.ts';

/** What a finding says before it is placed in the file. */
export interface Finding {
  path: JsonPath;
  /** Point at the key rather than its value (a node's id, an unknown key). */
  key?: boolean;
  severity: Diagnostic['severity'];
  code: string;
  message: string;
  fix: string;
}

/** Shared by the checks: the scenario, its graph, and where to report. */
export interface CheckContext {
  scenario: Scenario;
  graph: ScenarioGraph;
  report(finding: Finding): void;
  /**
   * Routes that can never be taken, and how sure that is: `never` (a condition that cannot hold,
   * or an earlier route that always applies) or `mood` (a mood threshold that, by a generous
   * estimate, cannot be reached). Filled by the route and condition checks; the flow checks
   * leave them out.
   */
  deadRoutes: Map<GraphEdge, 'never' | 'mood'>;
}

export function createContext(options: {
  scenario: Scenario;
  graph: ScenarioGraph;
  file: string;
  positions: SourcePositions;
  diagnostics: Diagnostic[];
}): CheckContext {
  const { file, positions, diagnostics } = options;
  return {
    scenario: options.scenario,
    graph: options.graph,
    deadRoutes: new Map(),
    report({ path, key, ...rest }) {
      diagnostics.push({ file, ...positions.at(path, { key: key === true }), ...rest, path });
    },
  };
}

/** "choice 'apologise' (at node 'greeting')" or "the timer of node 'greeting'". */
export const describeDecision = (edge: Pick<GraphEdge, 'decision'>): string =>
  edge.decision.kind === 'choice'
    ? `choice '${edge.decision.id}'`
    : `the timer of node '${edge.decision.nodeId}'`;

export const quoteList = (ids: readonly string[]): string[] => ids.map((id) => `'${id}'`);
