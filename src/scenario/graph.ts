import type {
  Choice,
  Condition,
  NodeKind,
  Outcome,
  Scenario,
  ScenarioNode,
  Timeout,
} from './schema.ts';
import type { JsonPath } from './diagnostics.ts';

/** A learner decision that moves the scenario on: a choice, or letting a timer run out. */
export type Decision =
  | { kind: 'choice'; nodeId: string; id: string; index: number; outcome: Choice; path: JsonPath }
  | { kind: 'timeout'; nodeId: string; id: string; outcome: Timeout; path: JsonPath };

export interface GraphNode {
  id: string;
  kind: NodeKind;
  title?: string;
  /** Set on endings. */
  outcome?: Outcome;
  path: JsonPath;
}

/** One way from a node to the next: a decision, and the route of its `next` it takes. */
export interface GraphEdge {
  from: string;
  to: string;
  decision: Decision;
  /** The choice id, or `timeout`, for diagrams and reports. */
  label: string;
  /** Index into a routed `next`; null when `next` is a plain node id. */
  route: number | null;
  condition?: Condition;
  /** The route's chance in whole percent, where it is left to chance. */
  chance?: number;
  /** Where the target is written (for "does not exist" diagnostics). */
  targetPath: JsonPath;
  /** False when `to` names no node. */
  exists: boolean;
}

export interface ScenarioGraph {
  start: string;
  /** Node ids in the file's order. */
  order: string[];
  nodes: ReadonlyMap<string, GraphNode>;
  edges: GraphEdge[];
  outgoing: ReadonlyMap<string, GraphEdge[]>;
  incoming: ReadonlyMap<string, GraphEdge[]>;
  decisions: Decision[];
  /** Each node's decisions (file order), and each decision's edges: indexed once for the checks. */
  decisionsAt: ReadonlyMap<string, Decision[]>;
  edgesOf: ReadonlyMap<Decision, GraphEdge[]>;
}

const choicesOf = (node: ScenarioNode): readonly Choice[] =>
  node.kind === 'ending' ? [] : node.choices;

/** Every decision in the scenario, in file order. */
export function decisionsOf(scenario: Scenario): Decision[] {
  const decisions: Decision[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    choicesOf(node).forEach((choice, index) =>
      decisions.push({
        kind: 'choice',
        nodeId,
        id: choice.id,
        index,
        outcome: choice,
        path: ['nodes', nodeId, 'choices', index],
      }),
    );
    if (node.kind === 'dialogue' && node.timeout !== undefined) {
      decisions.push({
        kind: 'timeout',
        nodeId,
        id: 'timeout',
        outcome: node.timeout,
        path: ['nodes', nodeId, 'timeout'],
      });
    }
  }
  return decisions;
}

/** The scenario as a directed graph: nodes, and an edge per decision and route. */
export function buildGraph(scenario: Scenario): ScenarioGraph {
  const nodes = new Map<string, GraphNode>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    nodes.set(id, {
      id,
      kind: node.kind,
      ...(node.title !== undefined ? { title: node.title } : {}),
      ...(node.kind === 'ending' ? { outcome: node.outcome } : {}),
      path: ['nodes', id],
    });
  }
  const decisions = decisionsOf(scenario);
  const edges: GraphEdge[] = [];
  for (const decision of decisions) {
    const next = decision.outcome.next;
    const from = decision.nodeId;
    const label = decision.kind === 'choice' ? decision.id : 'timeout';
    if (typeof next === 'string') {
      edges.push({
        from,
        to: next,
        decision,
        label,
        route: null,
        targetPath: [...decision.path, 'next'],
        exists: nodes.has(next),
      });
    } else {
      next.forEach((route, index) =>
        edges.push({
          from,
          to: route.to,
          decision,
          label,
          route: index,
          ...(route.if !== undefined ? { condition: route.if } : {}),
          ...(route.chance !== undefined ? { chance: route.chance } : {}),
          targetPath: [...decision.path, 'next', index, 'to'],
          exists: nodes.has(route.to),
        }),
      );
    }
  }
  const outgoing = new Map<string, GraphEdge[]>([...nodes.keys()].map((id) => [id, []]));
  const incoming = new Map<string, GraphEdge[]>([...nodes.keys()].map((id) => [id, []]));
  const edgesOf = new Map<Decision, GraphEdge[]>(decisions.map((decision) => [decision, []]));
  for (const edge of edges) {
    outgoing.get(edge.from)?.push(edge);
    if (edge.exists) incoming.get(edge.to)?.push(edge);
    edgesOf.get(edge.decision)?.push(edge);
  }
  const decisionsAt = new Map<string, Decision[]>();
  for (const decision of decisions) {
    const here = decisionsAt.get(decision.nodeId);
    if (here === undefined) decisionsAt.set(decision.nodeId, [decision]);
    else here.push(decision);
  }
  return {
    start: scenario.start,
    order: [...nodes.keys()],
    nodes,
    edges,
    outgoing,
    incoming,
    decisions,
    decisionsAt,
    edgesOf,
  };
}

/** Nodes reachable from `from` (inclusive) along existing edges that `use` accepts. */
export function reachableFrom(
  graph: ScenarioGraph,
  from: readonly string[],
  use: (edge: GraphEdge) => boolean = () => true,
): Set<string> {
  const seen = new Set(from.filter((id) => graph.nodes.has(id)));
  const queue = [...seen];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const edge of graph.outgoing.get(id) ?? []) {
      if (edge.exists && use(edge) && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}

/** Nodes from which one of `targets` can be reached (targets included). */
export function canReach(
  graph: ScenarioGraph,
  targets: readonly string[],
  use: (edge: GraphEdge) => boolean = () => true,
): Set<string> {
  const seen = new Set(targets);
  const queue = [...targets];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const edge of graph.incoming.get(id) ?? []) {
      if (use(edge) && !seen.has(edge.from)) {
        seen.add(edge.from);
        queue.push(edge.from);
      }
    }
  }
  return seen;
}

/**
 * "Can node X come before node Y?" asked many times over one graph. The strongly connected
 * components are found once; Tarjan's algorithm lists them sinks first, so a node can reach another
 * only from a component listed no earlier. A question across components then searches back from Y
 * only through nodes that X could reach, which keeps the usual question (a nearby earlier node)
 * close to constant time instead of a walk over every predecessor.
 */
export interface Precedence {
  /** Whether a path of at least one step leads from `from` to `to` (to itself only on a loop). */
  comesBefore(from: string, to: string): boolean;
  /** Whether `nodeId` lies on a loop (a component of several nodes, or an edge to itself). */
  onLoop(nodeId: string): boolean;
}

export function precedenceOf(graph: ScenarioGraph): Precedence {
  const rank = new Map<string, number>();
  const loops = new Set<number>();
  stronglyConnected(graph).forEach((component, index) => {
    for (const id of component) rank.set(id, index);
    const only = component[0];
    if (
      component.length > 1 ||
      (only !== undefined && graph.outgoing.get(only)?.some((edge) => edge.to === only))
    )
      loops.add(index);
  });
  const answers = new Map<string, boolean>();
  const search = (from: string, to: string, ceiling: number): boolean => {
    const seen = new Set<string>([to]);
    const queue = [to];
    while (queue.length > 0) {
      const id = queue.pop() as string;
      for (const edge of graph.incoming.get(id) ?? []) {
        if (edge.from === from) return true;
        const at = rank.get(edge.from);
        if (at === undefined || at > ceiling || seen.has(edge.from)) continue;
        seen.add(edge.from);
        queue.push(edge.from);
      }
    }
    return false;
  };
  return {
    comesBefore(from, to) {
      const ceiling = rank.get(from);
      const floor = rank.get(to);
      if (ceiling === undefined || floor === undefined) return false;
      if (ceiling === floor) return loops.has(ceiling);
      if (ceiling < floor) return false;
      const key = `${from}\u0000${to}`;
      let known = answers.get(key);
      if (known === undefined) {
        known = search(from, to, ceiling);
        answers.set(key, known);
      }
      return known;
    },
    onLoop: (nodeId) => {
      const at = rank.get(nodeId);
      return at !== undefined && loops.has(at);
    },
  };
}

/** Strongly connected components (Tarjan's, iterative) over the edges `use` accepts. */
export function stronglyConnected(
  graph: ScenarioGraph,
  use: (edge: GraphEdge) => boolean = () => true,
): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const successors = (id: string): string[] =>
    (graph.outgoing.get(id) ?? [])
      .filter((edge) => edge.exists && use(edge))
      .map((edge) => edge.to);
  for (const root of graph.order) {
    if (index.has(root)) continue;
    const work: { id: string; next: number; targets: string[] }[] = [];
    const open = (id: string): void => {
      index.set(id, counter);
      low.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: 0, targets: successors(id) });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      if (frame.next < frame.targets.length) {
        const target = frame.targets[frame.next++] as string;
        if (!index.has(target)) open(target);
        else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) {
        low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component.reverse());
      }
    }
  }
  return components;
}

export const endingsOf = (graph: ScenarioGraph): string[] =>
  graph.order.filter((id) => graph.nodes.get(id)?.kind === 'ending');
