import { describe, expect, it } from 'vitest';
import { loadSampleKnowledgeChecks, loadSampleScenarios } from '../engine/fixtures/load.ts';
import { playKnowledgeCheck } from '../engine/knowledge-check.ts';
import { playPolicy } from '../engine/policies.ts';
import { newCard } from '../revision/review-card.ts';
import type { CheckRecord, PlayRecord } from '../storage/learner-store.ts';
import { fakePlay } from './progress-fakes.ts';
import { criteriaByUnit, progressOf } from './progress.ts';
import { scoreCheck } from './scored-check.ts';
import { scorePlay } from './scored-play.ts';
import { trendWords } from './trend.ts';

const now = Date.parse('2026-03-10T12:00:00Z');
const empty = { checks: [], cards: [], library: [], now };

describe('progress over time', () => {
  it('gives each criterion and technique its results oldest first, whatever order they were read in', () => {
    const progress = progressOf({
      ...empty,
      plays: [
        fakePlay({
          playId: 'b',
          savedAt: '2026-03-02T10:00:00Z',
          scenarioId: 'energy',
          criteria: { 'MRC 1.3': 80, 'CS17 2.1': null },
          techniques: { listen: 90 },
        }),
        fakePlay({
          playId: 'a',
          savedAt: '2026-03-01T10:00:00Z',
          scenarioId: 'retail',
          criteria: { 'MRC 1.3': 30, 'MRC 2.1': 50 },
          techniques: { listen: 40 },
        }),
      ],
    });
    expect(progress.criteria.map((series) => series.id)).toEqual(['MRC 1.3', 'MRC 2.1']);
    expect(progress.criteria[0]?.points.map((point) => [point.score, point.status])).toEqual([
      [30, 'not-met'],
      [80, 'met'],
    ]);
    expect(progress.techniques[0]?.points.map((point) => point.source.playId)).toEqual(['a', 'b']);
    expect(progress.scenarios.map((play) => play.scenarioId)).toEqual(['retail', 'energy']);
  });

  it('keeps a play left part-way out of the criterion series, and shows it without an overall', () => {
    const progress = progressOf({
      ...empty,
      plays: [
        fakePlay({
          playId: 'a',
          savedAt: '2026-03-01T10:00:00Z',
          scenarioId: 'retail',
          complete: false,
          overall: null,
          criteria: { 'MRC 1.3': 10 },
        }),
      ],
    });
    expect(progress.criteria).toEqual([]);
    expect(progress.scenarios[0]?.overall).toBeNull();
  });

  it('orders results saved at the same moment by play id', () => {
    const at = '2026-03-01T10:00:00Z';
    const plays = ['c', 'a', 'b'].map((playId) =>
      fakePlay({ playId, savedAt: at, scenarioId: playId, criteria: { 'MRC 1.1': 50 } }),
    );
    expect(progressOf({ ...empty, plays }).scenarios.map((play) => play.playId)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('lists a play it cannot score with the reason, and scores the rest', () => {
    const broken = {
      ok: false as const,
      record: fakePlay({
        playId: 'x',
        savedAt: '2026-03-01T10:00:00Z',
        scenarioId: 'gone',
        title: 'Gone',
      }).record,
      problem: 'this scenario is no longer in the library',
    };
    const progress = progressOf({ ...empty, plays: [broken] });
    expect(progress.unscored).toEqual([
      {
        at: '2026-03-01T10:00:00Z',
        title: 'Gone',
        problem: 'this scenario is no longer in the library',
      },
    ]);
    expect(progress.scenarios).toEqual([]);
  });

  it('groups criteria by unit in the catalogue order', () => {
    const progress = progressOf({
      ...empty,
      plays: [
        fakePlay({
          playId: 'a',
          savedAt: '2026-03-01T10:00:00Z',
          scenarioId: 's',
          criteria: { 'CS17 1.1': 50, 'MRC 2.1': 50, 'MRC 1.2': 50 },
        }),
      ],
    });
    expect(
      criteriaByUnit(progress.criteria).map((group) => [group.unit, group.series.map((s) => s.id)]),
    ).toEqual([
      ['MRC', ['MRC 1.2', 'MRC 2.1']],
      ['CS17', ['CS17 1.1']],
    ]);
  });

  it('scores real plays and checks again from their transcripts', () => {
    const [sample] = loadSampleScenarios();
    const [checkSample] = loadSampleKnowledgeChecks();
    if (!sample || !checkSample) throw new Error('no sample scenario or check');
    const { scenario } = sample;
    const { check } = checkSample;
    const transcript = playPolicy({ scenario, policy: 'best', seed: 7, timing: 'off' });
    const record: PlayRecord = {
      playId: 'p1',
      savedAt: '2026-03-01T10:00:00Z',
      result: {
        format: 'resolve-result',
        version: 1,
        scenarioId: scenario.id,
        scenarioTitle: scenario.title,
        timingSource: 'learner',
        finishedAt: '2026-03-01T10:00:00Z',
        transcript,
      },
    };
    const played = playKnowledgeCheck({ check, policy: 'worst', seed: 3 });
    const checkRecord: CheckRecord = {
      playId: 'c1',
      savedAt: '2026-03-02T10:00:00Z',
      result: {
        format: 'resolve-check-result',
        version: 1,
        checkId: check.id,
        checkTitle: check.title,
        finishedAt: '2026-03-02T10:00:00Z',
        transcript: played.transcript(),
      },
    };
    const scored = scorePlay(record, scenario);
    if (!scored.ok) throw new Error(scored.problem);
    const progress = progressOf({
      plays: [scored],
      checks: [scoreCheck(checkRecord, check)],
      cards: check.questions.map((q) => newCard({ checkId: check.id, questionId: q.id }, now - 1)),
      library: [check],
      now,
    });
    for (const series of progress.criteria) {
      const fromPlay = series.points.find((point) => point.source.kind === 'play');
      if (fromPlay) expect(fromPlay.score).toBe(scored.debrief.criteria[series.id]?.score);
    }
    expect(progress.scenarios[0]?.overall).toBe(scored.debrief.overall);
    // Every answer wrong: a score of 0, and the check's criteria show it.
    expect(progress.checks[0]).toMatchObject({ checkId: check.id, score: 0, right: 0 });
    const checked = progress.criteria.find((series) =>
      series.points.some((point) => point.source.kind === 'check'),
    );
    expect(checked?.points.at(-1)).toMatchObject({ score: 0, status: 'not-met' });
    expect(progress.due.now).toBe(check.questions.length);
    expect(progress.due.questions[0]?.prompt).toBe(check.questions[0]?.prompt);
    expect(scoreCheck(checkRecord, undefined)).toMatchObject({ ok: false });
  });
});

describe('a trend in words', () => {
  it('says where a series started and ended and which way it went', () => {
    expect(trendWords([])).toBe('No results yet.');
    expect(trendWords([60], 'play')).toBe('One play so far: 60.');
    expect(trendWords([40, 20, 75])).toBe(
      'Rose from 40 to 75 over 3 results (lowest 20, highest 75).',
    );
    expect(trendWords([80, 50])).toBe('Fell from 80 to 50 over 2 results (lowest 50, highest 80).');
    expect(trendWords([50, 50])).toBe('Stayed at 50 over 2 results.');
    expect(trendWords([50, 90, 50])).toBe(
      'Ended where it started, at 50, over 3 results (lowest 50, highest 90).',
    );
  });
});
