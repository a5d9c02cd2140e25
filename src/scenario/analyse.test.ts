import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { analyseScenario, checkScenarioText } from './analyse.ts';
import { generateLargeScenario } from './generate.ts';
import { scenarioSchema } from './schema.ts';
import type { Scenario } from './schema.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const valid = scenarioSchema.parse(
  parse(readFileSync(join(fixtures, 'valid-minimal.yaml'), 'utf8')),
);

/** The valid scenario with its greeting node's first choice routed as given. */
function withRoutes(next: unknown, extra: Record<string, unknown> = {}): Scenario {
  const data = structuredClone(valid) as unknown as {
    nodes: { greeting: { choices: Record<string, unknown>[] } };
  };
  const first = data.nodes.greeting.choices[0] as Record<string, unknown>;
  Object.assign(first, { next, ...extra });
  return scenarioSchema.parse(data);
}

const codes = (scenario: Scenario): string[] =>
  analyseScenario(scenario, { file: 's.yaml' }).diagnostics.map((each) => each.code);

describe('analyseScenario', () => {
  it('finds nothing wrong with a valid scenario and describes its graph', () => {
    const analysis = analyseScenario(valid, { file: 'valid.yaml' });
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.graph.order).toEqual(['greeting', 'resolved']);
    expect(
      analysis.graph.edges.map((edge) => `${edge.from}-${edge.decision.id}->${edge.to}`),
    ).toEqual(['greeting-ask-slowly->resolved', 'greeting-read-policy->resolved']);
    expect(analysis.reachableEndings).toEqual(['resolved']);
    expect(analysis.steps).toEqual({ fewest: 1, most: 1 });
  });

  it('accepts conditions about what happens at the very decision being judged', () => {
    // Judged after the choice: its own node counts as visited, the choice as chosen, its flags set.
    const scenario = withRoutes(
      [
        { if: { visited: 'greeting' }, to: 'resolved' },
        { if: { chose: 'ask-slowly' }, to: 'resolved' },
        { if: { flag: 'asked' }, to: 'resolved' },
        { to: 'resolved' },
      ],
      { sets: ['asked'] },
    );
    expect(codes(scenario)).toEqual([]);
  });

  it('accepts a loop the learner can leave, and reports one they cannot', () => {
    const data = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
    const nodes = data.nodes as Record<string, { choices?: { next: string }[] }>;
    (nodes.greeting?.choices?.[1] as { next: string }).next = 'greeting';
    const escapable = scenarioSchema.parse(data);
    expect(codes(escapable)).toEqual([]);
    expect(analyseScenario(escapable, { file: 's.yaml' }).steps).toEqual({ fewest: 1, most: null });
    (nodes.greeting?.choices?.[0] as { next: string }).next = 'greeting';
    expect(codes(scenarioSchema.parse(data)).sort()).toEqual([
      'inescapable-loop',
      'unreachable-ending',
    ]);
  });

  it('validates a generated 400-node scenario cleanly, from YAML text', () => {
    const text = generateLargeScenario({ nodes: 400, seed: 7 });
    const checked = checkScenarioText(text, { file: 'generated.yaml' });
    expect(checked.diagnostics).toEqual([]);
    expect(Object.keys(checked.scenario?.nodes ?? {})).toHaveLength(400);
    expect(checked.analysis?.reachable.size).toBe(400);
    expect(checked.analysis?.reachableEndings.length).toBeGreaterThan(1);
  }, 30_000);

  it('catches a fault planted deep inside a large scenario, at its line', () => {
    const data = parse(generateLargeScenario({ nodes: 200, seed: 3 })) as {
      nodes: Record<string, { choices?: { next: unknown }[] }>;
    };
    const choice = data.nodes['step-150']?.choices?.[0] as { next: unknown };
    choice.next = 'step-9999';
    const checked = checkScenarioText(stringify(data), { file: 'g.yaml' });
    const dangling = checked.diagnostics.filter((each) => each.code === 'dangling-next');
    expect(dangling).toHaveLength(1);
    expect(dangling[0]?.line).toBeGreaterThan(100);
  }, 30_000);
});

describe('generateLargeScenario', () => {
  it('gives the same text for the same seed, and different text for another', () => {
    const a = generateLargeScenario({ nodes: 50, seed: 11 });
    expect(generateLargeScenario({ nodes: 50, seed: 11 })).toBe(a);
    expect(generateLargeScenario({ nodes: 50, seed: 12 })).not.toBe(a);
  });
});
