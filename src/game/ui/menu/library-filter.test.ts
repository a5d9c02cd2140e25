import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterLibrary, matchesFilter, traitsPresent } from './library-filter.ts';
import type { ScenarioSummary } from '../../../scenario/content-index.ts';

const base: ScenarioSummary = {
  id: 'a',
  title: 'Kettle',
  summary: 'A kettle',
  traits: ['angry'],
  justified: 'yes',
  sector: 'retail',
  channel: 'face-to-face',
  pressure: 'busy',
  nation: 'england',
  difficulty: 'intermediate',
  minutes: 8,
  timed: true,
  criteria: ['312.2.1', 'CS17 1.3'],
  techniques: ['listen'],
  range: [],
  file: 'scenarios/a.json',
};
const library: ScenarioSummary[] = [
  base,
  {
    ...base,
    id: 'b',
    title: 'Bill',
    traits: ['confused'],
    channel: 'phone',
    sector: 'energy',
    criteria: ['MRC 2.1'],
    difficulty: 'introductory',
  },
  {
    ...base,
    id: 'c',
    title: 'Parcel',
    channel: 'email',
    sector: 'online-retail',
    criteria: ['312.3.1'],
    difficulty: 'advanced',
  },
];

describe('the library filter', () => {
  it('filters by unit, criterion and the setting', () => {
    expect(filterLibrary(library, { unit: 'MRC' }).map((s) => s.id)).toEqual(['b']);
    expect(filterLibrary(library, { unit: '312' }).map((s) => s.id)).toEqual(['a', 'c']);
    expect(filterLibrary(library, { criterion: 'CS17 1.3' }).map((s) => s.id)).toEqual(['a']);
    expect(
      filterLibrary(library, { channel: 'phone', trait: 'confused' }).map((s) => s.id),
    ).toEqual(['b']);
    expect(filterLibrary(library, { sector: 'retail', difficulty: 'advanced' })).toEqual([]);
  });

  it('finds a customer by any one of their traits', () => {
    const both = { ...base, id: 'd', traits: ['angry' as const, 'hard-of-hearing' as const] };
    expect(filterLibrary([both], { trait: 'hard-of-hearing' }).map((s) => s.id)).toEqual(['d']);
    expect(filterLibrary([both], { trait: 'angry' }).map((s) => s.id)).toEqual(['d']);
    expect(filterLibrary([both], { trait: 'confused' })).toEqual([]);
    expect(traitsPresent([...library, both]).sort()).toEqual([
      'angry',
      'confused',
      'hard-of-hearing',
    ]);
  });

  it('shows everything, easiest first, with no filter', () => {
    expect(filterLibrary(library, {}).map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });

  it('only ever narrows: adding a filter never adds a scenario', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...library),
        fc.record(
          {
            trait: fc.constantFrom('angry', 'confused' as const),
            channel: fc.constantFrom('phone', 'email' as const),
          },
          { requiredKeys: [] },
        ),
        (scenario, filter) => {
          if (matchesFilter(scenario, filter)) expect(matchesFilter(scenario, {})).toBe(true);
        },
      ),
    );
  });
});
