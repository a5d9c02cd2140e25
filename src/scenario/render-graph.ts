import type { Condition, NodeKind, Outcome, Scenario } from './schema.ts';
import type { GraphEdge, GraphNode, ScenarioGraph } from './graph.ts';
import { buildGraph } from './graph.ts';

/*
 * A scenario drawn as a diagram for authors and reviewers: node kinds as shapes, choice ids on the
 * arrows, conditions in short, endings coloured by outcome, broken routes drawn to a red "missing"
 * box. Mermaid (for Markdown previews) and Graphviz DOT.
 */

export type GraphFormat = 'mermaid' | 'dot';

const BOUNDS = ['anger', 'confusion', 'trust'] as const;

/** A condition in a few words: `anger≥80 & visited check-order`. */
export function shortCondition(condition: Condition): string {
  const parts: string[] = [];
  for (const key of BOUNDS) {
    const bound = condition[key];
    if (bound?.atLeast !== undefined) parts.push(`${key}≥${bound.atLeast}`);
    if (bound?.atMost !== undefined) parts.push(`${key}≤${bound.atMost}`);
  }
  if (condition.visited !== undefined) parts.push(`visited ${condition.visited}`);
  if (condition.chose !== undefined) parts.push(`chose ${condition.chose}`);
  if (condition.checked !== undefined) parts.push(`checked ${condition.checked}`);
  if (condition.flag !== undefined) parts.push(`flag ${condition.flag}`);
  if (condition.any !== undefined) parts.push(`(${condition.any.map(shortCondition).join(' | ')})`);
  if (condition.not !== undefined) parts.push(`not (${shortCondition(condition.not)})`);
  return parts.length > 0 ? parts.join(' & ') : 'always';
}

function edgeLabel(edge: GraphEdge, dead: boolean): string {
  const decision =
    edge.decision.kind === 'choice'
      ? edge.decision.id
      : `timeout ${edge.decision.outcome.seconds} s`;
  const condition = edge.condition !== undefined ? ` if ${shortCondition(edge.condition)}` : '';
  const chance = edge.chance !== undefined ? ` (${edge.chance}% chance)` : '';
  return `${decision}${condition}${chance}${dead ? ' (never taken)' : ''}`;
}

const nodeLabel = (node: GraphNode): string => {
  const name = node.title !== undefined ? `${node.title} [${node.id}]` : node.id;
  return node.kind === 'ending' ? `${node.outcome ?? 'ending'}: ${name}` : `${node.kind}: ${name}`;
};

const OUTCOME_COLOURS: Record<Outcome, { fill: string; stroke: string }> = {
  resolved: { fill: '#d8f0dc', stroke: '#2e7d32' },
  escalated: { fill: '#fff1cc', stroke: '#b7791f' },
  referred: { fill: '#dbe8fb', stroke: '#2b6cb0' },
  lost: { fill: '#fbdada', stroke: '#c53030' },
};

// Mermaid: text goes inside double quotes, where only the quote itself and a few characters the
// renderer treats as markup need entity codes. Line breaks become spaces.
const mermaidText = (text: string): string =>
  text
    .replace(/[\r\n]+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;');

const MERMAID_SHAPES: Record<NodeKind, [string, string]> = {
  dialogue: ['(', ')'],
  investigate: ['[(', ')]'],
  options: ['{', '}'],
  record: ['[/', '/]'],
  escalate: ['{{', '}}'],
  'follow-up': ['>', ']'],
  'colleague-feedback': ['[[', ']]'],
  review: ['[\\', '\\]'],
  explain: ['([', '])'],
  ending: ['(((', ')))'],
};

interface Drawing {
  graph: ScenarioGraph;
  dead: ReadonlySet<GraphEdge>;
}

function renderMermaid(scenario: Scenario, { graph, dead }: Drawing): string {
  const ids = new Map(graph.order.map((id, index) => [id, `n${index}`]));
  const missing = new Map<string, string>();
  const lines = [
    'flowchart TD',
    `  %% ${mermaidText(scenario.id)}: ${mermaidText(scenario.title)}`,
  ];
  lines.push('  start_(("start"))');
  for (const id of graph.order) {
    const node = graph.nodes.get(id) as GraphNode;
    const [open, close] = MERMAID_SHAPES[node.kind];
    lines.push(`  ${ids.get(id) ?? ''}${open}"${mermaidText(nodeLabel(node))}"${close}`);
  }
  const target = (to: string): string => {
    const known = ids.get(to);
    if (known !== undefined) return known;
    let name = missing.get(to);
    if (name === undefined) {
      name = `missing${missing.size}`;
      missing.set(to, name);
      lines.push(`  ${name}["${mermaidText(`missing: ${to}`)}"]`);
    }
    return name;
  };
  lines.push(`  start_ --> ${target(graph.start)}`);
  for (const edge of graph.edges) {
    const isDead = dead.has(edge);
    const arrow = edge.decision.kind === 'timeout' || isDead ? '-.->' : '-->';
    const from = ids.get(edge.from) ?? '';
    lines.push(`  ${from} ${arrow}|"${mermaidText(edgeLabel(edge, isDead))}"| ${target(edge.to)}`);
  }
  for (const [outcome, colour] of Object.entries(OUTCOME_COLOURS)) {
    lines.push(
      `  classDef ${outcome} fill:${colour.fill},stroke:${colour.stroke},stroke-width:2px`,
    );
  }
  lines.push('  classDef missing fill:#ffffff,stroke:#c53030,stroke-dasharray:4 3');
  for (const id of graph.order) {
    const outcome = graph.nodes.get(id)?.outcome;
    if (outcome !== undefined) lines.push(`  class ${ids.get(id) ?? ''} ${outcome}`);
  }
  for (const name of missing.values()) lines.push(`  class ${name} missing`);
  return `${lines.join('\n')}\n`;
}

const dotText = (text: string): string =>
  `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;

const DOT_SHAPES: Record<NodeKind, string> = {
  dialogue: 'shape=box, style="rounded"',
  investigate: 'shape=cylinder',
  options: 'shape=diamond',
  record: 'shape=note',
  escalate: 'shape=hexagon',
  'follow-up': 'shape=parallelogram',
  'colleague-feedback': 'shape=component',
  review: 'shape=tab',
  explain: 'shape=octagon',
  ending: 'shape=box, style="rounded,filled,bold", peripheries=2',
};

function renderDot(scenario: Scenario, { graph, dead }: Drawing): string {
  const lines = [
    `digraph ${dotText(scenario.id)} {`,
    `  label=${dotText(scenario.title)};`,
    '  labelloc=t;',
    '  rankdir=TB;',
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
    '  "start:" [shape=circle, label="start", width=0.5];',
  ];
  for (const id of graph.order) {
    const node = graph.nodes.get(id) as GraphNode;
    const colour = node.outcome !== undefined ? OUTCOME_COLOURS[node.outcome] : undefined;
    const paint =
      colour !== undefined
        ? `, fillcolor=${dotText(colour.fill)}, color=${dotText(colour.stroke)}`
        : '';
    lines.push(
      `  ${dotText(id)} [label=${dotText(nodeLabel(node))}, ${DOT_SHAPES[node.kind]}${paint}];`,
    );
  }
  const missing = new Set(graph.edges.filter((edge) => !edge.exists).map((edge) => edge.to));
  if (!graph.nodes.has(graph.start)) missing.add(graph.start);
  for (const to of missing) {
    lines.push(
      `  ${dotText(to)} [label=${dotText(`missing: ${to}`)}, shape=box, style=dashed, color="#c53030"];`,
    );
  }
  lines.push(`  "start:" -> ${dotText(graph.start)};`);
  for (const edge of graph.edges) {
    const isDead = dead.has(edge);
    const style = edge.decision.kind === 'timeout' || isDead ? ', style=dashed' : '';
    lines.push(
      `  ${dotText(edge.from)} -> ${dotText(edge.to)} [label=${dotText(edgeLabel(edge, isDead))}${style}];`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** The scenario as Mermaid or DOT text. `deadRoutes` (from analysis) are drawn dashed. */
export function renderScenarioGraph(
  scenario: Scenario,
  options: {
    format: GraphFormat;
    graph?: ScenarioGraph;
    deadRoutes?: ReadonlySet<GraphEdge> | ReadonlyMap<GraphEdge, unknown>;
  },
): string {
  const graph = options.graph ?? buildGraph(scenario);
  const dead = new Set(options.deadRoutes?.keys() ?? []);
  return options.format === 'mermaid'
    ? renderMermaid(scenario, { graph, dead })
    : renderDot(scenario, { graph, dead });
}
