import { describe, expect, it } from 'vitest';
import { criteria } from '../curriculum/criteria.ts';
import type { CriterionId } from '../curriculum/ids.ts';
import { playPolicy } from '../engine/policies.ts';
import type { ScoredCheck } from '../records/scored-check.ts';
import { scorePlay, type ScoredPlay } from '../records/scored-play.ts';
import { headphones, meterLetter, playRecord } from '../records/test-plays.ts';
import type { Pack } from '../scenario/pack-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { SCORM12_IDENTIFIER, SCORM2004_IDENTIFIER } from './objective-id.ts';
import { lmsReportOf, lmsReportWithKeys } from './report.ts';
import { loadSampleKnowledgeChecks } from '../engine/fixtures/load.ts';
import { startCheck } from '../engine/check-session.ts';
import { scoreCheck } from '../records/scored-check.ts';
import type { CheckRecord } from '../storage/learner-store.ts';

const pack: Pack = {
  id: 'lms-pack',
  title: 'LMS pack',
  description: 'Two fixture scenarios.',
  scenarios: [headphones.id, meterLetter.id],
  passMark: 70,
};

let count = 0;
function played(
  scenario: Scenario,
  policy: 'best' | 'worst' | 'random',
  packId: string | null = pack.id,
): ScoredPlay {
  count += 1;
  const record = playRecord({
    scenario,
    policy,
    playId: `play-${count}`,
    savedAt: `2026-12-0${count}T10:00:00.000Z`,
    ...(packId ? { packId } : {}),
  });
  return scorePlay(record, scenario);
}

const overall = (play: ScoredPlay): number => (play.ok ? play.debrief.overall! : NaN);

describe('lmsReportOf', () => {
  it('reports nothing done before the first play', () => {
    const report = lmsReportOf({ pack, plays: [] });
    expect(report).toMatchObject({
      packId: 'lms-pack',
      passMark: 70,
      score: null,
      completed: false,
      passed: null,
      objectives: [],
      interactions: [],
    });
  });

  it('is incomplete with one of two scenarios played, but already lists its criteria and choices', () => {
    const play = played(headphones, 'best');
    const report = lmsReportOf({ pack, plays: [play] });
    expect(report.score).toBeNull();
    expect(report.completed).toBe(false);
    expect(report.passed).toBeNull();
    expect(report.objectives.length).toBeGreaterThan(0);
    expect(report.interactions.length).toBeGreaterThan(0);
  });

  it('scores the pack as the mean of each scenario’s best overall, and passes against the pass mark', () => {
    const worst = played(headphones, 'worst');
    const best = played(headphones, 'best');
    const other = played(meterLetter, 'best');
    const report = lmsReportOf({ pack, plays: [worst, best, other] });
    const expected = Math.round((overall(best) + overall(other)) / 2);
    expect(report.score).toBe(expected);
    expect(report.completed).toBe(true);
    expect(report.passed).toBe(expected >= 70);
    const failing = lmsReportOf({ pack: { ...pack, passMark: 100 }, plays: [worst, other] });
    expect(failing.passed).toBe(false);
  });

  it('gives each criterion its best status across the pack, with its kind and text', () => {
    const worst = played(headphones, 'worst');
    const best = played(headphones, 'best');
    const report = lmsReportOf({ pack, plays: [best, worst] });
    if (!best.ok || !worst.ok) throw new Error('fixture plays score');
    for (const objective of report.objectives) {
      const id: CriterionId = objective.criterion;
      expect(objective.kind).toBe(criteria[id].kind);
      expect(objective.text).toBe(criteria[id].text);
      const statuses = [best.debrief.criteria[id]?.status, worst.debrief.criteria[id]?.status];
      const rank = ['no-opportunity', 'not-met', 'partly-met', 'met'];
      const top = statuses
        .filter((status) => status !== undefined)
        .sort((a, b) => rank.indexOf(b) - rank.indexOf(a))[0];
      expect(objective.status, id).toBe(top);
    }
    expect(report.objectives.some((objective) => objective.kind === 'performance')).toBe(true);
  });

  it('leaves out plays made outside the pack', () => {
    const report = lmsReportOf({ pack, plays: [played(headphones, 'best', null)] });
    expect(report.objectives).toEqual([]);
    expect(report.interactions).toEqual([]);
  });

  it('makes one interaction per choice: stable LMS-safe id, the option picked, its result and criteria', () => {
    const play = played(headphones, 'best');
    const again = played(headphones, 'best');
    if (!play.ok) throw new Error('fixture play scores');
    const report = lmsReportOf({ pack, plays: [play] });
    const choices = play.debrief.moments.filter((moment) => moment.kind === 'choice');
    expect(report.interactions).toHaveLength(choices.length);
    for (const [index, interaction] of report.interactions.entries()) {
      const moment = choices[index]!;
      expect(interaction.id).toBe(`${headphones.id}.${moment.nodeId}.${moment.chosen.id}`);
      expect(interaction.id).toMatch(SCORM12_IDENTIFIER);
      expect(interaction.id).toMatch(SCORM2004_IDENTIFIER);
      expect(interaction.response).toBe(moment.chosen.id);
      expect(interaction.result).toBe(
        moment.best.id === null ? 'neutral' : moment.tookBest ? 'correct' : 'incorrect',
      );
      expect(interaction.criteria.map((each) => each.criterion).sort()).toEqual(
        Object.keys(moment.criteria).sort(),
      );
    }
    expect(report.interactions.every((each) => each.result !== 'incorrect')).toBe(true);
    // The same choices in another play keep the same ids; the older play's come first.
    const both = lmsReportOf({ pack, plays: [again, play] });
    expect(both.interactions.map((each) => each.id)).toEqual([
      ...report.interactions.map((each) => each.id),
      ...report.interactions.map((each) => each.id),
    ]);
    expect(both.interactions[0]!.at).toBe(play.record.savedAt);
  });

  it('adds the choices of the play in progress after the stored ones', () => {
    const transcript = playPolicy({
      scenario: meterLetter,
      policy: 'worst',
      seed: 1,
      timing: 'off',
    });
    const part = { ...transcript, events: transcript.events.slice(0, 2) };
    const stored = played(headphones, 'best');
    const report = lmsReportOf({
      pack,
      plays: [stored],
      current: { scenario: meterLetter, transcript: part, at: '2026-12-09T00:00:00.000Z' },
    });
    const tail = report.interactions.filter((each) => each.scenarioId === meterLetter.id);
    expect(tail.length).toBeGreaterThan(0);
    expect(tail.length).toBeLessThanOrEqual(2);
    expect(report.interactions.at(-1)!.scenarioId).toBe(meterLetter.id);
    expect(report.interactions.at(-1)!.at).toBe('2026-12-09T00:00:00.000Z');
    expect(report.score).toBeNull();
  });

  it('counts the pack’s knowledge checks: complete only once each is finished, criteria at their best', () => {
    const withCheck: Pack = { ...pack, knowledgeChecks: ['basics'] };
    const plays = [played(headphones, 'best'), played(meterLetter, 'best')];
    expect(lmsReportOf({ pack: withCheck, plays }).completed).toBe(false);
    const check = {
      ok: true,
      record: {
        playId: 'c1',
        savedAt: '2026-12-10T00:00:00.000Z',
        result: { checkId: 'basics', packId: 'lms-pack', transcript: { seed: 1 } },
      },
      check: { id: 'basics' },
      result: {
        checkId: 'basics',
        title: 'Basics',
        complete: true,
        score: 100,
        right: 1,
        answered: 1,
        questions: 1,
        criteria: {
          'MRC 2.1': {
            text: criteria['MRC 2.1'].text,
            status: 'met',
            score: 100,
            evidence: 'knowledge',
            right: 1,
            asked: 1,
          },
        },
      },
    } as unknown as ScoredCheck;
    const report = lmsReportOf({ pack: withCheck, plays, checks: [check] });
    expect(report.completed).toBe(true);
    expect(report.objectives.find((each) => each.criterion === 'MRC 2.1')).toMatchObject({
      status: 'met',
      score: 100,
      kind: criteria['MRC 2.1'].kind,
    });
  });

  it('keys each choice by its play, so the same play keeps its keys and a repeat of it gets new ones', () => {
    const transcript = playPolicy({ scenario: headphones, policy: 'best', seed: 1, timing: 'off' });
    const part = { ...transcript, events: transcript.events.slice(0, 3) };
    const at = '2026-12-09T00:00:00.000Z';
    const during = lmsReportWithKeys({
      pack,
      plays: [],
      current: { scenario: headphones, transcript: part, at },
    });
    const done = played(headphones, 'best');
    const after = lmsReportWithKeys({ pack, plays: [done] });
    expect(during.keys.length).toBe(during.report.interactions.length);
    // The play in progress and the same play once finished: the same keys for the same choices.
    expect(after.keys.slice(0, during.keys.length)).toEqual(during.keys);
    expect(new Set(after.keys).size).toBe(after.keys.length);
    // The same path played again with the same seed: its own keys.
    const twice = lmsReportWithKeys({ pack, plays: [done, played(headphones, 'best')] });
    expect(new Set(twice.keys).size).toBe(twice.keys.length);
    expect(twice.keys.slice(0, after.keys.length)).toEqual(after.keys);
  });

  it('makes one interaction per answer of a knowledge check taken in the pack, in the order saved', () => {
    const check = loadSampleKnowledgeChecks()[0]!.check;
    const session = startCheck({ check, seed: 5 });
    for (let view = session.current(); view !== null; view = session.current()) {
      if (view.question.kind === 'order') session.answerOrder(view.answers.map((each) => each.id));
      else session.answer(view.answers[0]!.id);
    }
    const record: CheckRecord = {
      playId: 'c1',
      savedAt: '2026-12-20T00:00:00.000Z',
      result: {
        format: 'resolve-check-result',
        version: 1,
        checkId: check.id,
        checkTitle: check.title,
        packId: pack.id,
        finishedAt: '2026-12-20T00:00:00.000Z',
        transcript: session.transcript(),
      },
    };
    const withCheck: Pack = { ...pack, scenarios: [headphones.id], knowledgeChecks: [check.id] };
    const play = played(headphones, 'best');
    const report = lmsReportOf({
      pack: withCheck,
      plays: [play],
      checks: [scoreCheck(record, check)],
    });
    const answers = report.interactions.filter((each) => each.scenarioId === check.id);
    expect(answers).toHaveLength(check.questions.length);
    // The play was saved first, so its choices come first.
    expect(report.interactions[0]!.scenarioId).toBe(headphones.id);
    for (const [index, feedback] of session.answered().entries()) {
      const interaction = answers[index]!;
      expect(interaction.nodeId).toBe(feedback.questionId);
      expect(interaction.result).toBe(feedback.correct ? 'correct' : 'incorrect');
      expect(interaction.id).toMatch(SCORM2004_IDENTIFIER);
      expect(interaction.response).toBe(
        'answerId' in feedback.given ? feedback.given.answerId : feedback.given.order.join(','),
      );
      expect(interaction.criteria.map((each) => each.criterion)).toEqual(feedback.criteria);
    }
    expect(report.completed).toBe(true);
  });
});
