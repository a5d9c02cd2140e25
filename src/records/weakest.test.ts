import { describe, expect, it } from 'vitest';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import { fakePlay, fakeSummary } from './progress-fakes.ts';
import { progressOf } from './progress.ts';
import { shortText, weakest } from './weakest.ts';

const now = Date.parse('2026-03-10T12:00:00Z');
const day = (n: number): string => `2026-03-0${n}T10:00:00Z`;

const library = [
  fakeSummary('energy', {
    title: 'Energy catch-up bill',
    difficulty: 'intermediate',
    criteria: ['MRC 1.3'],
    techniques: ['listen'],
  }),
  fakeSummary('retail', {
    title: 'Air fryer',
    criteria: ['MRC 1.3', 'MRC 2.1'],
    techniques: ['listen', 'compromise'],
  }),
  fakeSummary('council', { title: 'Missed collection', criteria: ['MRC 2.1'] }),
];

const check = {
  id: 'basics',
  title: 'Complaints basics',
  questions: [
    { id: 'q1', prompt: 'What first?', criteria: ['MRC 1.3'], options: [] },
    { id: 'q2', prompt: 'Which law?', criteria: ['MRC 1.5'], options: [] },
    { id: 'q3', prompt: 'When to offer?', criteria: ['MRC 1.3', 'MRC 1.5'], options: [] },
  ],
} as unknown as KnowledgeCheck;

function adviceFor(plays: Parameters<typeof progressOf>[0]['plays']) {
  const progress = progressOf({ plays, checks: [], cards: [], library: [check], now });
  return weakest({ progress, scenarios: library, checks: [check] });
}

describe('work on your weakest', () => {
  it('says what to do first when nothing is stored', () => {
    const advice = adviceFor([]);
    expect(advice.kind).toBe('start');
    if (advice.kind !== 'start') return;
    expect(advice.message).toMatch(/Play a scenario to the end first/);
    // Introductory first, then by title.
    expect(advice.scenarios.map((each) => each.scenarioId)).toEqual(['retail', 'council']);
    expect(advice.checks[0]?.checkId).toBe('basics');
  });

  it('picks the lowest mean of the last three results, and says why', () => {
    const advice = adviceFor([
      // MRC 1.3: 100 long ago, then 30, 40, 56 → last three average 42.
      fakePlay({
        playId: 'a',
        savedAt: day(1),
        scenarioId: 'retail',
        criteria: { 'MRC 1.3': 100, 'MRC 2.1': 60 },
      }),
      fakePlay({
        playId: 'b',
        savedAt: day(2),
        scenarioId: 'retail',
        criteria: { 'MRC 1.3': 30, 'MRC 2.1': 60 },
      }),
      fakePlay({
        playId: 'c',
        savedAt: day(3),
        scenarioId: 'retail',
        criteria: { 'MRC 1.3': 40, 'MRC 2.1': 60 },
      }),
      fakePlay({
        playId: 'd',
        savedAt: day(4),
        scenarioId: 'council',
        criteria: { 'MRC 1.3': 56, 'MRC 2.1': 30 },
      }),
    ]);
    if (advice.kind !== 'weakest') throw new Error('expected suggestions');
    const [first, second] = advice.items;
    expect(first).toMatchObject({ kind: 'criterion', id: 'MRC 1.3', mean: 42, basedOn: 3 });
    expect(first?.reason).toMatch(/^You averaged 42 over your last 3 plays on MRC 1\.3 /);
    expect(second).toMatchObject({ id: 'MRC 2.1', mean: 50 });
    // Energy has never been played, so it comes before the air fryer played three times.
    expect(first?.scenarios.map((each) => each.scenarioId)).toEqual(['energy', 'retail']);
    expect(first?.scenarios[0]?.reason).toMatch(
      /^Energy catch-up bill practises MRC 1\.3 .*; you have not played it yet\.$/,
    );
    expect(first?.scenarios[1]?.reason).toMatch(/you have played it 3 times\.$/);
    expect(first?.checks.map(({ checkId, questions }) => ({ checkId, questions }))).toEqual([
      {
        checkId: 'basics',
        questions: [
          { id: 'q1', prompt: 'What first?' },
          { id: 'q3', prompt: 'When to offer?' },
        ],
      },
    ]);
    expect(first?.checks[0]?.reason).toMatch(/^2 of its questions cover MRC 1\.3 /);
  });

  it('says how many results a mean rests on when there are fewer than three', () => {
    const advice = adviceFor([
      fakePlay({
        playId: 'a',
        savedAt: day(1),
        scenarioId: 'retail',
        criteria: { 'MRC 2.1': 20 },
        techniques: { listen: 60 },
      }),
      fakePlay({ playId: 'b', savedAt: day(2), scenarioId: 'retail', techniques: { listen: 40 } }),
    ]);
    if (advice.kind !== 'weakest') throw new Error('expected suggestions');
    const criterion = advice.items.find((item) => item.id === 'MRC 2.1');
    expect(criterion?.basedOn).toBe(1);
    expect(criterion?.reason).toMatch(/^You scored 20 in your only play so far on MRC 2\.1 /);
    const technique = advice.items.find((item) => item.id === 'listen');
    expect(technique?.basedOn).toBe(2);
    expect(technique?.reason).toMatch(
      /over your 2 plays so far on .*\(only 2, so this is a first picture\)/,
    );
    // A technique's questions are those on the criterion its list comes from.
    expect(technique?.checks[0]?.reason).toMatch(/cover MRC 1\.3/);
  });

  it('breaks ties the same way every time: more results first, then by id', () => {
    const plays = [
      fakePlay({ playId: 'a', savedAt: day(1), scenarioId: 'retail', criteria: { 'MRC 2.1': 50 } }),
      fakePlay({
        playId: 'b',
        savedAt: day(2),
        scenarioId: 'retail',
        criteria: { 'MRC 1.2': 50, 'MRC 1.1': 50 },
      }),
      fakePlay({ playId: 'c', savedAt: day(3), scenarioId: 'retail', criteria: { 'MRC 1.2': 50 } }),
    ];
    const ids = (advice: ReturnType<typeof adviceFor>) =>
      advice.kind === 'weakest' ? advice.items.map((item) => item.id) : [];
    expect(ids(adviceFor(plays))).toEqual(['MRC 1.2', 'MRC 1.1', 'MRC 2.1']);
    expect(ids(adviceFor([...plays].reverse()))).toEqual(['MRC 1.2', 'MRC 1.1', 'MRC 2.1']);
  });

  it('notes when even the lowest is already shown', () => {
    const advice = adviceFor([
      fakePlay({ playId: 'a', savedAt: day(1), scenarioId: 'retail', criteria: { 'MRC 2.1': 90 } }),
    ]);
    if (advice.kind !== 'weakest') throw new Error('expected suggestions');
    expect(advice.items[0]?.reason).toMatch(/already shown, but it is your lowest/);
  });
});

describe('short criterion text', () => {
  it('cuts at a word and marks the cut', () => {
    expect(shortText('Short one')).toBe('Short one');
    const cut = shortText(
      'Explain how to negotiate with customers while keeping to the organisation’s policies',
    );
    expect(cut.length).toBeLessThanOrEqual(61);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/ …$/);
  });
});
