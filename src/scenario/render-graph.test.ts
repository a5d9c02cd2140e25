import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseScenario } from './analyse.ts';
import { renderScenarioGraph, shortCondition } from './render-graph.ts';
import { scenarioSchema } from './schema.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const load = (name: string) =>
  scenarioSchema.parse(parse(readFileSync(join(fixtures, name), 'utf8')));

// What every Mermaid line we write must look like: a node, an edge, a style, or a comment.
const MERMAID_LINE = [
  /^flowchart TD$/,
  /^ {2}%% .*$/,
  /^ {2}start_\(\("start"\)\)$/,
  /^ {2}(n\d+|missing\d+)(\(|\[\(|\{|\[\/|\{\{|>|\[\[|\[\\|\(\[|\(\(\(|\[)"[^"]*"(\)|\)\]|\}|\/\]|\}\}|\]|\]\]|\\\]|\]\)|\)\)\))$/,
  /^ {2}(start_|n\d+) (-->|-\.->)(\|"[^"|]*"\|)? (n\d+|missing\d+)$/,
  /^ {2}classDef \w+ [\w#:,.\- ]+$/,
  /^ {2}class (n\d+|missing\d+) \w+$/,
];

describe('renderScenarioGraph', () => {
  it('writes Mermaid whose every line is a well-formed statement, with text escaped', () => {
    const scenario = load('impossible-condition.yaml');
    const hostile = structuredClone(scenario);
    hostile.title = 'Quotes " and | pipes <b>bold</b> #1';
    (hostile.nodes.greeting as { title?: string }).title = 'Say "hello" | end';
    const analysis = analyseScenario(hostile, { file: 'x.yaml' });
    const text = renderScenarioGraph(hostile, {
      format: 'mermaid',
      graph: analysis.graph,
      deadRoutes: analysis.deadRoutes,
    });
    const lines = text.trimEnd().split('\n');
    for (const line of lines) {
      expect(
        MERMAID_LINE.some((pattern) => pattern.test(line)),
        line,
      ).toBe(true);
    }
    expect(text).toContain('Say #quot;hello#quot; #124; end');
    expect(text).toContain('-.->|"ask if visited check-receipt (never taken)"|');
    expect(text).toContain('class n2 resolved');
  });

  it('draws routes to missing nodes to a marked box', () => {
    const scenario = load('timer-dangling.yaml');
    const mermaid = renderScenarioGraph(scenario, { format: 'mermaid' });
    expect(mermaid).toContain('missing0["missing: walks-out"]');
    expect(mermaid).toContain('n0 -.->|"timeout 10 s"| missing0');
    const dot = renderScenarioGraph(scenario, { format: 'dot' });
    expect(dot).toContain('"walks-out" [label="missing: walks-out"');
    expect(dot).toContain('"greeting" -> "walks-out" [label="timeout 10 s", style=dashed];');
  });

  it('writes DOT with strings escaped and braces balanced', () => {
    const scenario = structuredClone(load('valid-minimal.yaml'));
    scenario.title = 'A "quoted" \\ title';
    const dot = renderScenarioGraph(scenario, { format: 'dot' });
    expect(dot.startsWith('digraph "valid-minimal" {')).toBe(true);
    expect(dot.trimEnd().endsWith('}')).toBe(true);
    expect(dot).toContain('label="A \\"quoted\\" \\\\ title";');
    expect(dot).toContain('"greeting" -> "resolved" [label="ask-slowly"];');
    expect(dot).toContain('shape=box, style="rounded,filled,bold", peripheries=2');
  });

  it('shortens conditions', () => {
    expect(
      shortCondition({
        anger: { atLeast: 80 },
        visited: 'check-order',
        any: [{ flag: 'a' }, { not: { chose: 'b' } }],
      }),
    ).toBe('anger≥80 & visited check-order & (flag a | not (chose b))');
    expect(shortCondition({})).toBe('always');
  });
});
