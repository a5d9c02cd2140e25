import { describe, expect, it } from 'vitest';
import { everyKindScenario } from '../../tests/browser/fixtures/every-kind.ts';
import { hasTimedMoments, scenarioSummarySchema } from './content-index.ts';
import type { Scenario } from './schema.ts';

function withoutCountdowns(scenario: Scenario): Scenario {
  const copy = structuredClone(scenario);
  for (const node of Object.values(copy.nodes)) if (node.kind === 'dialogue') delete node.timeout;
  return copy;
}

describe('the content index', () => {
  it('calls a scenario timed only when some moment has a countdown', () => {
    expect(hasTimedMoments(everyKindScenario)).toBe(true);
    expect(hasTimedMoments(withoutCountdowns(everyKindScenario))).toBe(false);
  });

  it('keeps every scenario file inside the content folder', () => {
    const entry = {
      id: 'a',
      title: 'A',
      summary: '',
      traits: ['angry'],
      justified: 'yes',
      sector: 'retail',
      channel: 'phone',
      pressure: 'quiet',
      nation: 'england',
      difficulty: 'introductory',
      minutes: 3,
      criteria: [],
      techniques: [],
      range: [],
    };
    expect(scenarioSummarySchema.safeParse({ ...entry, file: 'scenarios/a.json' }).success).toBe(
      true,
    );
    for (const file of ['../secret.json', '/etc/a.json', 'scenarios/a.yaml']) {
      expect(scenarioSummarySchema.safeParse({ ...entry, file }).success).toBe(false);
    }
  });
});
