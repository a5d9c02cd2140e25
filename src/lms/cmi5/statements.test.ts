import validateStatement from '@learninglocker/xapi-validation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LmsInteraction, LmsReport } from '../lms-report.ts';
import {
  answeredStatement,
  answeredStatementId,
  CMI5_CATEGORY,
  EXTENSIONS,
  isoDuration,
  masteryOf,
  moveOnMet,
  NOTHING_SENT,
  recordSent,
  scoreOf,
  sentOf,
  stepsFor,
  terminatedStatement,
  type AuContext,
  type Cmi5Sent,
  type Cmi5Step,
} from './statements.ts';

const au: AuContext = {
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-7' } },
  registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
  activityId: 'https://resolve.example/au/complaints-pack',
  contextTemplate: {
    contextActivities: {
      grouping: [{ objectType: 'Activity', id: 'https://resolve.example/course' }],
    },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
  },
};

const choice = (overrides: Partial<LmsInteraction> = {}): LmsInteraction => ({
  id: 'angry-refund.n3.offer-refund',
  scenarioId: 'angry-refund',
  nodeId: 'n3',
  response: 'offer-refund',
  result: 'correct',
  techniques: ['acknowledge', 'own-it'],
  criteria: [
    { criterion: 'MRC 1.3', status: 'met' },
    { criterion: '312.2.6', status: 'partly-met' },
  ],
  at: '2026-12-03T08:00:00.000Z',
  latencyMs: 2350,
  ...overrides,
});

const report = (overrides: Partial<LmsReport> = {}): LmsReport => ({
  packId: 'complaints',
  packTitle: 'Complaints',
  passMark: 70,
  score: null,
  completed: false,
  passed: null,
  objectives: [],
  interactions: [choice()],
  ...overrides,
});

const normal = { launchMode: 'Normal' as const };

/** The verbs of a plan, answered statements by their response. */
const verbsOf = (steps: Cmi5Step[]): string[] =>
  steps.map((step) =>
    step.verb === 'answered' ? `answered ${step.statement.result?.response}` : step.verb,
  );

/** Sends every step of a plan (as the connection does once the LRS has taken each). */
const sendAll = (sent: Cmi5Sent, steps: Cmi5Step[]): Cmi5Sent => steps.reduce(recordSent, sent);

describe('answered statements', () => {
  it('are valid xAPI with the choice’s node as activity, its response, success and evidence', () => {
    const statement = answeredStatement(au, choice());
    expect(validateStatement(statement)).toEqual([]);
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(statement.object).toMatchObject({
      objectType: 'Activity',
      id: 'https://resolve.example/au/complaints-pack/scenario/angry-refund/node/n3',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
      },
    });
    expect(statement.result).toEqual({
      response: 'offer-refund',
      success: true,
      duration: 'PT2.35S',
      extensions: {
        [EXTENSIONS.techniques]: ['acknowledge', 'own-it'],
        [EXTENSIONS.criteria]: [
          { criterion: 'MRC 1.3', objective: 'MRC-1.3', status: 'met' },
          { criterion: '312.2.6', objective: '312.2.6', status: 'partly-met' },
        ],
        [EXTENSIONS.scenario]: 'angry-refund',
        [EXTENSIONS.node]: 'n3',
      },
    });
    expect(statement.timestamp).toBe('2026-12-03T08:00:00.000Z');
    expect(statement.context?.registration).toBe(au.registration);
    expect(statement.context?.contextActivities?.parent).toEqual([
      { objectType: 'Activity', id: au.activityId },
    ]);
    expect(statement.context?.extensions).toEqual(au.contextTemplate.extensions);
  });

  it('leave success out when the node had no best option, and say false for a worse one', () => {
    expect(answeredStatement(au, choice({ result: 'neutral' })).result).not.toHaveProperty(
      'success',
    );
    expect(answeredStatement(au, choice({ result: 'incorrect' })).result?.success).toBe(false);
    expect(answeredStatement(au, choice({ latencyMs: null })).result).not.toHaveProperty(
      'duration',
    );
  });

  it('never carry the cmi5 category, even when an LMS puts it in the template', () => {
    const careless: AuContext = {
      ...au,
      contextTemplate: {
        contextActivities: { category: [{ id: CMI5_CATEGORY }], parent: [{ id: au.activityId }] },
      },
    };
    const statement = answeredStatement(careless, choice());
    expect(statement.context?.contextActivities?.category).toBeUndefined();
    expect(statement.context?.contextActivities?.parent).toHaveLength(1);
    expect(validateStatement(statement)).toEqual([]);
  });

  it('name a knowledge check’s answer as its question in its check', () => {
    const answer = choice({
      id: 'check-complaints-basics.q3.b',
      scenarioId: 'check-complaints-basics',
      nodeId: 'q3',
      response: 'b',
      techniques: [],
    });
    const statement = answeredStatement({ ...au, checkIds: ['check-complaints-basics'] }, answer);
    expect(validateStatement(statement)).toEqual([]);
    expect(statement.object).toMatchObject({
      id: `${au.activityId}/check/check-complaints-basics/question/q3`,
    });
    expect(statement.result?.extensions).toMatchObject({
      [EXTENSIONS.check]: 'check-complaints-basics',
      [EXTENSIONS.question]: 'q3',
    });
    expect(statement.result?.extensions).not.toHaveProperty(EXTENSIONS.scenario);
  });

  it('escape ids that are not IRI-safe in the activity id', () => {
    const statement = answeredStatement(au, choice({ scenarioId: 'odd id', nodeId: 'n/1' }));
    expect(statement.object).toMatchObject({ id: `${au.activityId}/scenario/odd%20id/node/n%2F1` });
    expect(validateStatement(statement)).toEqual([]);
  });

  it('have ids fixed by registration, choice and occurrence: valid UUIDs, the same for the same choice', () => {
    const id = answeredStatementId(au.registration, choice(), 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(
      answeredStatementId(au.registration, choice({ at: '2026-12-03T08:05:00.000Z' }), 0),
    ).toBe(id);
    expect(answeredStatementId(au.registration, choice(), 1)).not.toBe(id);
    expect(answeredStatementId(au.registration, choice({ id: 'other.n3.x' }), 0)).not.toBe(id);
    expect(answeredStatementId('0c8e4a38-8f53-4f2d-9d6a-0f1b8a2b9c11', choice(), 0)).not.toBe(id);
  });
});

describe('the statements a report has earned', () => {
  it('sends one answered per choice, and none again when the same report comes twice', () => {
    const twoChoices = report({
      interactions: [
        choice(),
        choice({
          id: 'angry-refund.n4.apologise',
          nodeId: 'n4',
          response: 'apologise',
          at: '2026-12-03T08:01:00.000Z',
        }),
      ],
    });
    const first = stepsFor(twoChoices, au, normal, NOTHING_SENT);
    expect(verbsOf(first)).toEqual(['answered offer-refund', 'answered apologise']);
    const sent = sendAll(NOTHING_SENT, first);
    expect(stepsFor(twoChoices, au, normal, sent)).toEqual([]);
  });

  it('sends a choice once though later reports date it by a later save of its play', () => {
    const first = stepsFor(report(), au, normal, NOTHING_SENT);
    const sent = sendAll(NOTHING_SENT, first);
    const later = report({ interactions: [choice({ at: '2026-12-03T08:03:00.000Z' })] });
    expect(stepsFor(later, au, normal, sent)).toEqual([]);
  });

  it('sends the same choice made again later (a replay) as a new answer', () => {
    const replay = report({ interactions: [choice(), choice({ at: '2026-12-03T09:00:00.000Z' })] });
    expect(verbsOf(stepsFor(replay, au, normal, NOTHING_SENT))).toHaveLength(2);
  });

  it('judges nothing until the pack is complete', () => {
    expect(verbsOf(stepsFor(report({ score: 90 }), au, normal, NOTHING_SENT))).toEqual([
      'answered offer-refund',
    ]);
  });

  it('passes against the pack’s pass mark, then completes', () => {
    const done = report({ score: 75, completed: true, passed: true });
    const steps = stepsFor(done, au, normal, NOTHING_SENT);
    expect(verbsOf(steps)).toEqual(['answered offer-refund', 'passed', 'completed']);
    expect(steps[1]).toEqual({
      verb: 'passed',
      score: { scaled: 0.75, raw: 75, min: 0, max: 100 },
    });
  });

  it('lets the LMS’s masteryScore win over the pack’s pass mark, either way', () => {
    const done = report({ score: 75, completed: true, passed: true });
    expect(verbsOf(stepsFor(done, au, { ...normal, masteryScore: 0.8 }, NOTHING_SENT))).toEqual([
      'answered offer-refund',
      'failed',
      'completed',
    ]);
    const low = report({ score: 55, completed: true, passed: false });
    expect(verbsOf(stepsFor(low, au, { ...normal, masteryScore: 0.5 }, NOTHING_SENT))).toContain(
      'passed',
    );
    expect(masteryOf(low, {})).toBe(0.7);
    expect(masteryOf(low, { masteryScore: 0 })).toBe(0);
  });

  it('never rounds a fail up into a pass: the judgement and the raw score agree', () => {
    expect(scoreOf(79.996)).toEqual({ scaled: 0.8, raw: 80, min: 0, max: 100 });
    expect(scoreOf(79.6)).toEqual({ scaled: 0.796, raw: 79, min: 0, max: 100 });
    const done = report({ score: 79.6, completed: true });
    expect(verbsOf(stepsFor(done, au, { ...normal, masteryScore: 0.8 }, NOTHING_SENT))).toContain(
      'failed',
    );
  });

  it('sends no passed, failed or completed in Browse or Review mode (cmi5 10.0)', () => {
    const done = report({ score: 90, completed: true, passed: true });
    for (const launchMode of ['Browse', 'Review'] as const) {
      expect(verbsOf(stepsFor(done, au, { launchMode }, NOTHING_SENT))).toEqual([
        'answered offer-refund',
      ]);
    }
  });

  it('passes once per registration and never fails after a pass', () => {
    const passed = sendAll(
      NOTHING_SENT,
      stepsFor(report({ score: 90, completed: true }), au, normal, NOTHING_SENT),
    );
    expect(passed).toMatchObject({ passed: true, completed: true });
    // A later session whose report somehow scores lower (a changed pack, an LMS's lower mastery).
    expect(stepsFor(report({ score: 10, completed: true }), au, normal, passed)).toEqual([]);
    expect(stepsFor(report({ score: 95, completed: true }), au, normal, passed)).toEqual([]);
  });

  it('fails once per score, and passes after a fail only when the score reaches mastery', () => {
    let sent = sendAll(
      NOTHING_SENT,
      stepsFor(report({ score: 50, completed: true }), au, normal, NOTHING_SENT),
    );
    expect(sent).toMatchObject({ passed: false, failedScaled: 0.5, completed: true });
    expect(stepsFor(report({ score: 50, completed: true }), au, normal, sent)).toEqual([]);
    const better = stepsFor(report({ score: 60, completed: true }), au, normal, sent);
    expect(verbsOf(better)).toEqual(['failed']);
    sent = sendAll(sent, better);
    expect(verbsOf(stepsFor(report({ score: 70, completed: true }), au, normal, sent))).toEqual([
      'passed',
    ]);
  });

  it('over any run of reports: passed at most once, never failed after it, completed once, answers never repeated', () => {
    const reportArb = fc.record({
      score: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
      completed: fc.boolean(),
      count: fc.integer({ min: 0, max: 4 }),
      launchMode: fc.constantFrom('Normal' as const, 'Browse' as const, 'Review' as const),
      masteryScore: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 8 }), (runs) => {
        let sent = NOTHING_SENT;
        const all: Cmi5Step[] = [];
        for (const run of runs) {
          const interactions = Array.from({ length: run.count }, (_, i) =>
            choice({ at: `2026-12-03T08:0${i}:00.000Z` }),
          );
          const launch = {
            launchMode: run.launchMode,
            ...(run.masteryScore === undefined ? {} : { masteryScore: run.masteryScore }),
          };
          const steps = stepsFor(
            report({ score: run.score, completed: run.completed, interactions }),
            au,
            launch,
            sent,
          );
          for (const step of steps) {
            if (step.verb === 'passed')
              expect(step.score.scaled).toBeGreaterThanOrEqual(masteryOf(report(), launch));
            if (step.verb === 'failed')
              expect(step.score.scaled).toBeLessThan(masteryOf(report(), launch));
            if (step.verb !== 'answered') expect(run.launchMode).toBe('Normal');
          }
          all.push(...steps);
          sent = sendAll(sent, steps);
        }
        const verbs = all.map((step) => step.verb);
        expect(verbs.filter((verb) => verb === 'passed').length).toBeLessThanOrEqual(1);
        expect(verbs.filter((verb) => verb === 'completed').length).toBeLessThanOrEqual(1);
        const passedAt = verbs.indexOf('passed');
        if (passedAt >= 0) expect(verbs.slice(passedAt)).not.toContain('failed');
        const ids = all.flatMap((step) => (step.verb === 'answered' ? [step.statement.id] : []));
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});

describe('what the registration has been sent', () => {
  it('is read from the state document, and anything odd counts as nothing sent', () => {
    const sent: Cmi5Sent = { answered: ['x'], passed: true, failedScaled: null, completed: true };
    expect(sentOf(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
    expect(sentOf(undefined)).toEqual(NOTHING_SENT);
    expect(sentOf('<html>')).toEqual(NOTHING_SENT);
    expect(sentOf({ ...sent, passed: 'yes' })).toEqual(NOTHING_SENT);
  });

  it('meets each moveOn rule only with what that rule asks for', () => {
    const completedOnly = { ...NOTHING_SENT, completed: true };
    const passedOnly = { ...NOTHING_SENT, passed: true };
    const both = { ...completedOnly, passed: true };
    expect(moveOnMet('Completed', completedOnly)).toBe(true);
    expect(moveOnMet('Passed', completedOnly)).toBe(false);
    expect(moveOnMet('Passed', passedOnly)).toBe(true);
    expect(moveOnMet('CompletedAndPassed', completedOnly)).toBe(false);
    expect(moveOnMet('CompletedAndPassed', both)).toBe(true);
    expect(moveOnMet('CompletedOrPassed', passedOnly)).toBe(true);
    expect(moveOnMet('CompletedOrPassed', NOTHING_SENT)).toBe(false);
    expect(moveOnMet('NotApplicable', NOTHING_SENT)).toBe(true);
  });
});

describe('the terminated statement for a page going away', () => {
  it('is a valid cmi5 defined statement: the AU as object, the cmi5 category, a duration', () => {
    const statement = terminatedStatement(au, {
      id: '6690a3a4-8d3b-4d7c-9a61-7f1a2b3c4d5e',
      initializedAt: new Date('2026-12-03T08:00:00.000Z'),
      now: new Date('2026-12-03T08:12:03.500Z'),
    });
    expect(validateStatement(statement)).toEqual([]);
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/terminated');
    expect(statement.object).toEqual({ objectType: 'Activity', id: au.activityId });
    expect(statement.result).toEqual({ duration: 'PT12M3.5S' });
    expect(statement.context?.contextActivities?.category).toEqual([{ id: CMI5_CATEGORY }]);
    expect(statement.context?.registration).toBe(au.registration);
  });

  it('writes durations as ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(999)).toBe('PT1S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
  });
});
