import type { Scenario } from './schema.ts';
import type { Diagnostic } from './diagnostics.ts';
import { limitDiagnostics, sortDiagnostics } from './diagnostics.ts';
import type { GraphEdge, ScenarioGraph } from './graph.ts';
import { buildGraph } from './graph.ts';
import { noPositions } from './positions.ts';
import type { SourcePositions } from './positions.ts';
import { createContext } from './checks/context.ts';
import { checkIds } from './checks/ids.ts';
import { checkConditions, conditionJudge } from './checks/conditions.ts';
import { checkConditionalText } from './checks/conditional-text.ts';
import { checkReachability, checkRoutes } from './checks/flow.ts';
import { checkEvidence } from './checks/evidence.ts';
import { checkRange } from './checks/range.ts';
import { checkLaw } from './checks/law.ts';
import { checkJudgement } from './checks/judgement.ts';
import { checkFeedbackDirection } from './checks/feedback.ts';
import { checkOptions } from './checks/options.ts';
import { internalError, readScenarioText } from './load.ts';

export interface ScenarioAnalysis {
  diagnostics: Diagnostic[];
  graph: ScenarioGraph;
  /** Nodes a learner can get to from the start (routes that can never be taken left out). */
  reachable: Set<string>;
  reachableEndings: string[];
  /** Routes whose condition can never hold, or that an earlier unconditional route hides. */
  deadRoutes: ReadonlyMap<GraphEdge, 'never' | 'mood'>;
  /**
   * How many decisions a play takes from the start to an ending: the fewest, and the most (null
   * when a loop makes it unbounded). Both null when no ending can be reached.
   */
  steps: { fewest: number | null; most: number | null };
}

function countSteps(
  graph: ScenarioGraph,
  live: (edge: GraphEdge) => boolean,
): ScenarioAnalysis['steps'] {
  const isEnding = (id: string): boolean => graph.nodes.get(id)?.kind === 'ending';
  if (!graph.nodes.has(graph.start)) return { fewest: null, most: null };
  // Fewest: breadth-first from the start.
  const distance = new Map([[graph.start, 0]]);
  const queue = [graph.start];
  let fewest: number | null = null;
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    const here = distance.get(id) ?? 0;
    if (isEnding(id)) {
      fewest = here;
      break;
    }
    for (const edge of graph.outgoing.get(id) ?? []) {
      if (edge.exists && live(edge) && !distance.has(edge.to)) {
        distance.set(edge.to, here + 1);
        queue.push(edge.to);
      }
    }
  }
  if (fewest === null) return { fewest: null, most: null };
  // Most: longest path by depth-first search over live edges, giving up on the first loop.
  const longest = new Map<string, number>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: { id: string; edges: GraphEdge[]; next: number }[] = [];
  const push = (id: string): void => {
    state.set(id, 'open');
    const edges = (graph.outgoing.get(id) ?? []).filter((edge) => edge.exists && live(edge));
    stack.push({ id, edges, next: 0 });
  };
  push(graph.start);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    if (frame.next < frame.edges.length) {
      const target = (frame.edges[frame.next++] as GraphEdge).to;
      const seen = state.get(target);
      if (seen === 'open') return { fewest, most: null };
      if (seen === undefined) push(target);
      continue;
    }
    stack.pop();
    state.set(frame.id, 'done');
    const beyond = frame.edges.map((edge) => longest.get(edge.to) ?? -Infinity);
    longest.set(frame.id, isEnding(frame.id) ? 0 : 1 + Math.max(-Infinity, ...beyond));
  }
  const most = longest.get(graph.start);
  return { fewest, most: most === undefined || !Number.isFinite(most) ? null : most };
}

/**
 * Everything wrong with a schema-valid scenario that the schema cannot see: ids, routes,
 * conditions, reachability, evidence, range claims and law. Every problem in one run.
 */
export function analyseScenario(
  scenario: Scenario,
  options: { file: string; positions?: SourcePositions },
): ScenarioAnalysis {
  const diagnostics: Diagnostic[] = [];
  const graph = buildGraph(scenario);
  const context = createContext({
    scenario,
    graph,
    file: options.file,
    positions: options.positions ?? noPositions,
    diagnostics,
  });
  checkIds(context);
  checkOptions(context);
  checkRoutes(context);
  const judge = conditionJudge(context);
  checkConditions(context, judge);
  const { reachable, reachableEndings } = checkReachability(context);
  checkConditionalText(context, judge, reachable);
  checkEvidence(context);
  checkRange(context);
  checkLaw(context);
  checkJudgement(context);
  checkFeedbackDirection(context);
  const live = (edge: GraphEdge): boolean => !context.deadRoutes.has(edge);
  return {
    diagnostics: sortDiagnostics(diagnostics),
    graph,
    reachable,
    reachableEndings,
    deadRoutes: context.deadRoutes,
    steps: countSteps(graph, live),
  };
}

/**
 * The checks on whether a scenario can be played through: its ids, where its routes lead, its
 * conditions, and that an ending can be reached from everywhere. The same checks `resolve
 * validate` makes (a subset of `analyseScenario`); the game runs them on a built file before a play
 * starts, since the rest of the analysis judges the content, not whether it can be played.
 */
export function checkPlayable(scenario: Scenario, options: { file: string }): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const context = createContext({
    scenario,
    graph: buildGraph(scenario),
    file: options.file,
    positions: noPositions,
    diagnostics,
  });
  checkIds(context);
  checkRoutes(context);
  checkConditions(context);
  checkReachability(context);
  return sortDiagnostics(diagnostics);
}

/**
 * Load and analyse a scenario file in one go: what `resolve validate` reports for it. The scenario
 * is returned only when it loaded; `diagnostics` may still hold errors from the analysis.
 */
export function checkScenarioText(
  text: string,
  options: { file: string; maxBytes?: number },
): {
  scenario?: Scenario;
  diagnostics: Diagnostic[];
  analysis?: ScenarioAnalysis;
  positions: SourcePositions;
} {
  const loaded = readScenarioText(text, options);
  const { positions } = loaded;
  const target = loaded.scenario ?? loaded.repaired;
  if (target === undefined) {
    return { diagnostics: limitDiagnostics(loaded.diagnostics), positions };
  }
  try {
    const analysis = analyseScenario(target, { file: options.file, positions });
    const diagnostics = limitDiagnostics([...loaded.diagnostics, ...analysis.diagnostics]);
    return loaded.scenario !== undefined
      ? { scenario: loaded.scenario, diagnostics, analysis, positions }
      : { diagnostics, positions };
  } catch (error) {
    return {
      positions,
      diagnostics: limitDiagnostics([...loaded.diagnostics, internalError(options.file, error)]),
    };
  }
}
