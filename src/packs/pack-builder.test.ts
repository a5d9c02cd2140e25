import { describe, expect, it } from 'vitest';
import type { ScenarioSummary } from '../scenario/content-index.ts';
import { packSchema } from '../scenario/pack-schema.ts';
import {
  ANY_FILTER,
  buildPack,
  emptyDraft,
  filterScenarios,
  focusCoverage,
  move,
  packCoverage,
  packIdFor,
  setFocus,
  setPicked,
} from './pack-builder.ts';
import { packFragment, readPackFragment } from './pack-link.ts';

const summary = (
  id: string,
  more: Partial<Pick<ScenarioSummary, 'criteria' | 'range' | 'traits' | 'sector' | 'channel'>>,
): ScenarioSummary => ({
  id,
  title: `The ${id} complaint`,
  summary: '',
  traits: ['confused'],
  justified: 'yes',
  sector: 'retail',
  channel: 'face-to-face',
  pressure: 'routine',
  nation: 'england',
  difficulty: 'introductory',
  minutes: 5,
  timed: false,
  criteria: [],
  techniques: [],
  range: [],
  file: `scenarios/${id}.json`,
  ...more,
});

const library = [
  summary('kettle', { criteria: ['312.2.1', 'MRC 1.1'], range: ['312 range 1a'] }),
  summary('bill', {
    criteria: ['312.2.3'],
    range: ['312 range 1b', '312 range 2b'],
    traits: ['angry'],
    sector: 'energy',
    channel: 'phone',
  }),
  summary('parcel', { criteria: ['312.2.1'], channel: 'email' }),
];
const NOW = new Date(Date.UTC(2026, 11, 2, 18, 0));

describe('the scenarios a filter leaves', () => {
  it('keeps all for no filter, and those matching every filter set', () => {
    expect(filterScenarios(library, ANY_FILTER).map((s) => s.id)).toEqual([
      'kettle',
      'bill',
      'parcel',
    ]);
    const ids = (filter: Partial<typeof ANY_FILTER>) =>
      filterScenarios(library, { ...ANY_FILTER, ...filter }).map((s) => s.id);
    expect(ids({ criterion: '312.2.1' })).toEqual(['kettle', 'parcel']);
    expect(ids({ trait: 'angry' })).toEqual(['bill']);
    expect(ids({ sector: 'retail', channel: 'email' })).toEqual(['parcel']);
    expect(ids({ criterion: '312.2.3', sector: 'retail' })).toEqual([]);
  });
});

describe('picking in order', () => {
  it('adds a picked id last, and removes an unpicked one', () => {
    expect(setPicked(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(setPicked(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(setPicked(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('moves up and down, and stays put at either end', () => {
    expect(move(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(move(['a'], 'z', 1)).toEqual(['a']);
  });
});

describe('what the pack practises and misses', () => {
  it('lists criteria and range items of the picked scenarios, and those of the rest of the library', () => {
    const coverage = packCoverage(['kettle'], library);
    expect(coverage.criteria).toEqual({ practised: ['MRC 1.1', '312.2.1'], missing: ['312.2.3'] });
    expect(coverage.range).toEqual({
      practised: ['312 range 1a'],
      missing: ['312 range 1b', '312 range 2b'],
    });
    expect(packCoverage([], library).criteria.practised).toEqual([]);
    expect(packCoverage(['kettle', 'bill'], library).criteria.missing).toEqual([]);
  });
});

describe('the pack a draft makes', () => {
  it('says what is still to do', () => {
    const built = buildPack({ ...emptyDraft(), passMark: 140 }, NOW);
    expect(built).toEqual({
      ok: false,
      problems: [
        'Give the pack a title.',
        'Say in a sentence what the pack is for.',
        'Pick at least one scenario.',
        'Set a pass mark between 0 and 100.',
      ],
    });
    expect(
      buildPack(
        { ...emptyDraft(), title: 'x', description: 'y', scenarios: ['a'], dueDate: '2 May' },
        NOW,
      ),
    ).toMatchObject({
      ok: false,
      problems: ['Give the due date as a date, or leave it empty.'],
    });
  });

  it('makes a pack the schema and a link read back, with an id from the title and time', () => {
    const built = buildPack(
      {
        ...emptyDraft(),
        title: '  Week 3: angry callers ',
        description: 'Two calls.',
        scenarios: ['bill', 'kettle'],
        knowledgeChecks: ['basics'],
        passMark: 70,
        dueDate: '2027-03-01',
      },
      NOW,
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.pack).toEqual({
      id: packIdFor('Week 3: angry callers', NOW),
      title: 'Week 3: angry callers',
      description: 'Two calls.',
      scenarios: ['bill', 'kettle'],
      knowledgeChecks: ['basics'],
      passMark: 70,
      dueDate: '2027-03-01',
    });
    expect(built.pack.id).toMatch(/^week-3-angry-callers-[0-9a-z]+$/);
    expect(packSchema.safeParse(built.pack).success).toBe(true);
    const known = { scenarios: new Set(['bill', 'kettle']), knowledgeChecks: new Set(['basics']) };
    expect(readPackFragment(packFragment(built.pack), known)).toEqual({
      ok: true,
      pack: built.pack,
    });
  });

  it('carries the group, focus criteria and settings the tutor set, and leaves defaults out', () => {
    const built = buildPack(
      {
        ...emptyDraft(),
        title: 'Week 4',
        description: 'Focus on records.',
        scenarios: ['kettle'],
        groupName: '  Tuesday group ',
        focusCriteria: setFocus(setFocus([], 'MRC 1.1', true), '312.2.1', true),
        feedback: 'after-each-choice',
        timing: 'extended',
        allowRetry: false,
        showBestPath: false,
      },
      NOW,
    );
    expect(built).toMatchObject({
      ok: true,
      pack: {
        groupName: 'Tuesday group',
        focusCriteria: ['MRC 1.1', '312.2.1'],
        settings: {
          feedback: 'after-each-choice',
          timing: 'extended',
          allowRetry: false,
          showBestPath: false,
        },
      },
    });
    const defaults = buildPack(
      { ...emptyDraft(), title: 'T', description: 'D', scenarios: ['kettle'] },
      NOW,
    );
    expect(defaults.ok && defaults.pack.settings).toBeUndefined();
    expect(
      buildPack(
        {
          ...emptyDraft(),
          title: 'T',
          description: 'D',
          scenarios: ['k'],
          groupName: 'x'.repeat(61),
        },
        NOW,
      ),
    ).toEqual({ ok: false, problems: ['Make the group name 60 characters or fewer.'] });
  });

  it('says which focus criteria the pack practises and which it does not', () => {
    const cover = packCoverage(['kettle'], library);
    expect(focusCoverage(['MRC 1.1', '312.2.1', 'MRC 1.2'], cover.criteria)).toEqual({
      practised: ['MRC 1.1', '312.2.1'],
      notPractised: ['MRC 1.2'],
    });
    expect(setFocus(['MRC 1.2'], 'MRC 1.2', false)).toEqual([]);
  });

  it('leaves optional parts out when empty', () => {
    const built = buildPack(
      { ...emptyDraft(), title: 'T', description: 'D', scenarios: ['kettle'] },
      NOW,
    );
    expect(built.ok && Object.keys(built.pack).sort()).toEqual([
      'description',
      'id',
      'passMark',
      'scenarios',
      'title',
    ]);
    expect(packIdFor('!!!', NOW)).toMatch(/^pack-/);
  });
});
