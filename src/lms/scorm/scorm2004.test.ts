import { describe, expect, it } from 'vitest';
import { SCORM2004_IDENTIFIER } from '../objective-id.ts';
import { duration2004 } from './cmi-channel.ts';
import { fakeScorm2004, sampleReport } from './fake-api.ts';
import { connectScorm2004, objectiveDescription, objectiveSuccess2004 } from './scorm2004.ts';

function connect(setup?: (lms: ReturnType<typeof fakeScorm2004>['lms']) => void) {
  const { api, lms } = fakeScorm2004();
  setup?.(lms);
  const logged: string[] = [];
  let clock = 0;
  const connection = connectScorm2004(api, {
    log: (message) => logged.push(message),
    now: () => clock,
  });
  return { connection, lms, logged, tick: (ms: number) => (clock += ms) };
}

describe('SCORM 2004 connection', () => {
  it('initialises once and terminates once', () => {
    const { connection, lms } = connect();
    connection.finish();
    connection.finish();
    connection.report(sampleReport());
    expect(lms.calls.filter((call) => call === 'Initialize()')).toHaveLength(1);
    expect(lms.calls.filter((call) => call === 'Terminate()')).toHaveLength(1);
    expect(lms.calls.at(-1)).toBe('Terminate()');
  });

  it('writes completion, success, the score with scaled, objectives and interactions', () => {
    const { connection, lms } = connect();
    connection.report(sampleReport());
    expect(Object.fromEntries(lms.data)).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.raw': '80',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '0.8',
      'cmi.exit': 'suspend',
      'cmi.objectives.0.id': 'MRC-1.3',
      'cmi.objectives.0.description': 'MRC 1.3 Explain how to identify complaints: shown',
      'cmi.objectives.0.success_status': 'passed',
      'cmi.objectives.0.completion_status': 'completed',
      'cmi.objectives.0.score.scaled': '0.9',
      'cmi.objectives.1.id': 'MRC-2.9',
      'cmi.objectives.1.description':
        'MRC 2.9 A performance criterion: shown (practised in simulation)',
      // Practice, never evidence: success stays unknown.
      'cmi.objectives.1.success_status': 'unknown',
      'cmi.objectives.1.completion_status': 'completed',
      'cmi.interactions.0.id': 'scn.open.listen',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.learner_response': 'listen',
      'cmi.interactions.0.result': 'correct',
      'cmi.interactions.0.timestamp': '2026-12-03T07:15:30.12Z',
      'cmi.interactions.0.objectives.0.id': 'MRC-1.3',
      'cmi.interactions.0.latency': 'PT0H0M2.50S',
      'cmi.interactions.1.result': 'incorrect',
    });
    for (const [key, value] of lms.data)
      if (/\.id$/.test(key)) expect(value, key).toMatch(SCORM2004_IDENTIFIER);
    // The type is set before the response that depends on it.
    const sets = lms.setsOf('cmi.interactions.0');
    expect(sets.findIndex((call) => call.includes('.type='))).toBeLessThan(
      sets.findIndex((call) => call.includes('.learner_response=')),
    );
  });

  it('is incomplete and unknown before the end, failed below the pass mark', () => {
    const { connection, lms } = connect();
    connection.report(sampleReport({ score: null, completed: false, passed: null }));
    expect(lms.data.get('cmi.completion_status')).toBe('incomplete');
    expect(lms.data.get('cmi.success_status')).toBe('unknown');
    connection.report(sampleReport({ score: 40, completed: true, passed: false }));
    expect(lms.data.get('cmi.success_status')).toBe('failed');
    expect(lms.data.get('cmi.score.scaled')).toBe('0.4');
  });

  it('keeps descriptions within 250 characters and a performance criterion unknown', () => {
    const objective = { ...sampleReport().objectives[1]!, text: 'word '.repeat(100) };
    const description = objectiveDescription({ ...objective, status: 'not-met' });
    expect(description.length).toBeLessThanOrEqual(250);
    expect(description).toMatch(/^MRC 2\.9 word/);
    expect(description).toMatch(/: not shown \(practised in simulation\)$/);
    for (const status of ['met', 'partly-met', 'not-met', 'no-opportunity'] as const)
      expect(objectiveSuccess2004({ ...objective, status })).toBe('unknown');
  });

  it('writes only what changed', () => {
    const { connection, lms } = connect();
    connection.report(sampleReport());
    const before = lms.setsOf().length;
    connection.report(sampleReport());
    expect(lms.setsOf().length).toBe(before);
  });

  it('resumes only when the LMS says so, and keeps its objectives in place', () => {
    const resumed = connect((held) => {
      held.data.set('cmi.entry', 'resume');
      held.data.set('cmi.suspend_data', 'r1|x');
      held.data.set('cmi.objectives._count', '1');
      held.data.set('cmi.objectives.0.id', 'MRC-2.9');
      held.data.set('cmi.interactions._count', '2');
    });
    expect(resumed.connection.resumeData).toBe('r1|x');
    resumed.connection.report(sampleReport());
    expect(resumed.lms.data.get('cmi.objectives.1.id')).toBe('MRC-1.3');
    expect(resumed.lms.setsOf('cmi.interactions')).toEqual([]);
    const fresh = connect((held) => {
      held.data.set('cmi.entry', 'ab-initio');
      held.data.set('cmi.suspend_data', 'r1|x');
    });
    expect(fresh.connection.resumeData).toBeUndefined();
  });

  it('suspends, commits the session time, exits suspend and logs refusals without throwing', () => {
    const { connection, lms, logged, tick } = connect((held) => held.refuse.add('cmi.score.raw'));
    connection.suspend('r1|scn');
    tick(3_723_450);
    connection.report(sampleReport());
    connection.finish();
    expect(lms.data.get('cmi.suspend_data')).toBe('r1|scn');
    expect(lms.data.get('cmi.session_time')).toBe(duration2004(3_723_450));
    expect(duration2004(3_723_450)).toBe('PT1H2M3.45S');
    expect(lms.data.get('cmi.exit')).toBe('suspend');
    expect(logged).toEqual([
      'SCORM 2004: the LMS refused SetValue("cmi.score.raw", "80"): error 406 (Refused (406); fake diagnostic)',
    ]);
  });

  it('writes several ids (an order question’s steps) with 2004’s [,] separator', () => {
    const { connection, lms } = connect();
    const report = sampleReport();
    const order = { ...report.interactions[1]!, id: 'check.q1', response: 'a,b,c' };
    connection.report({ ...report, interactions: [order] });
    expect(lms.data.get('cmi.interactions.0.learner_response')).toBe('a[,]b[,]c');
  });
});
