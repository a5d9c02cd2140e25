import { describe, expect, it } from 'vitest';
import { explore } from './fixtures/explore.ts';
import { allScenarios } from './fixtures/load.ts';

describe.each(allScenarios())('$file', ({ scenario }) => {
  it('ends in a final state on every path', () => {
    const { paths, problems } = explore(scenario);
    expect(problems.slice(0, 5)).toEqual([]);
    expect(paths).toBeGreaterThan(0);
  }, 120_000);
});
