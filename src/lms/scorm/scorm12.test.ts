import { describe, expect, it } from 'vitest';
import { SCORM12_IDENTIFIER } from '../objective-id.ts';
import { fakeScorm12, sampleReport } from './fake-api.ts';
import { timespan12 } from './cmi-channel.ts';
import { connectScorm12, objectiveStatus12 } from './scorm12.ts';

function connect(setup?: (lms: ReturnType<typeof fakeScorm12>['lms']) => void) {
  const { api, lms } = fakeScorm12();
  setup?.(lms);
  const logged: string[] = [];
  let clock = 1_000;
  const connection = connectScorm12(api, {
    log: (message) => logged.push(message),
    now: () => clock,
  });
  return { connection, lms, logged, tick: (ms: number) => (clock += ms) };
}

describe('SCORM 1.2 connection', () => {
  it('initialises once and finishes once, however often it is asked', () => {
    const { connection, lms } = connect();
    connection.finish();
    connection.finish();
    connection.report(sampleReport());
    connection.commit();
    expect(lms.calls.filter((call) => call === 'LMSInitialize()')).toHaveLength(1);
    expect(lms.calls.filter((call) => call === 'LMSFinish()')).toHaveLength(1);
    // Nothing is written after LMSFinish.
    expect(lms.calls.indexOf('LMSFinish()')).toBe(lms.calls.length - 1);
  });

  it('writes score, pass or fail, objectives and interactions', () => {
    const { connection, lms } = connect();
    connection.report(sampleReport());
    const data = Object.fromEntries(lms.data);
    expect(data).toMatchObject({
      'cmi.core.score.raw': '80',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.lesson_status': 'passed',
      'cmi.core.exit': 'suspend',
      'cmi.objectives.0.id': 'MRC-1.3',
      'cmi.objectives.0.score.raw': '90',
      'cmi.objectives.0.status': 'passed',
      'cmi.objectives.1.id': 'MRC-2.9',
      // A performance criterion is practice: completed, never passed.
      'cmi.objectives.1.status': 'completed',
      'cmi.interactions.0.id': 'scn.open.listen',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.student_response': 'listen',
      'cmi.interactions.0.result': 'correct',
      'cmi.interactions.0.objectives.0.id': 'MRC-1.3',
      'cmi.interactions.0.time': '07:15:30',
      'cmi.interactions.0.latency': '0000:00:02.50',
      'cmi.interactions.1.result': 'wrong',
    });
    for (const [key, value] of lms.data)
      if (/\.id$/.test(key)) expect(value, key).toMatch(SCORM12_IDENTIFIER);
  });

  it('says failed below the pass mark and incomplete before the end', () => {
    const { connection, lms } = connect();
    connection.report(sampleReport({ score: null, completed: false, passed: null }));
    expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.data.has('cmi.core.score.raw')).toBe(false);
    connection.report(sampleReport({ score: 50, completed: true, passed: false }));
    expect(lms.data.get('cmi.core.lesson_status')).toBe('failed');
  });

  it('never reports a performance criterion passed or failed', () => {
    const base = sampleReport().objectives[1]!;
    for (const status of ['met', 'partly-met', 'not-met', 'no-opportunity'] as const)
      expect(['completed', 'incomplete']).toContain(objectiveStatus12({ ...base, status }));
    const knowledge = sampleReport().objectives[0]!;
    expect(objectiveStatus12({ ...knowledge, status: 'not-met' })).toBe('failed');
    expect(objectiveStatus12({ ...knowledge, status: 'partly-met' })).toBe('failed');
  });

  it('writes only what changed, and appends only new choices', () => {
    const { connection, lms } = connect();
    connection.report(sampleReport());
    const before = lms.setsOf().length;
    connection.report(sampleReport());
    expect(lms.setsOf().length).toBe(before);
    const report = sampleReport();
    const third = { ...report.interactions[1]!, id: 'scn.end.sorry', response: 'sorry' };
    connection.report({ ...report, score: 85, interactions: [...report.interactions, third] });
    expect(lms.setsOf().slice(before)).toEqual([
      'LMSSetValue(cmi.core.score.raw=85)',
      'LMSSetValue(cmi.interactions.2.id=scn.end.sorry)',
      'LMSSetValue(cmi.interactions.2.time=07:16:00)',
      'LMSSetValue(cmi.interactions.2.type=choice)',
      'LMSSetValue(cmi.interactions.2.student_response=sorry)',
      'LMSSetValue(cmi.interactions.2.result=wrong)',
    ]);
  });

  it('carries on from what the LMS kept: resume data, objective places, interaction count', () => {
    const { connection, lms } = connect((held) => {
      held.data.set('cmi.core.entry', 'resume');
      held.data.set('cmi.suspend_data', 'r1|scn|abc|1|sssp|0.1');
      held.data.set('cmi.objectives._count', '1');
      held.data.set('cmi.objectives.0.id', 'MRC-2.9');
      held.data.set('cmi.interactions._count', '1');
    });
    expect(connection.resumeData).toBe('r1|scn|abc|1|sssp|0.1');
    connection.report(sampleReport());
    expect(lms.data.get('cmi.objectives.0.id')).toBe('MRC-2.9');
    expect(lms.data.get('cmi.objectives.1.id')).toBe('MRC-1.3');
    expect(lms.data.get('cmi.objectives.0.status')).toBe('completed');
    // The first choice was sent last session: the second goes in place 1.
    expect(lms.data.has('cmi.interactions.0.id')).toBe(false);
    expect(lms.data.get('cmi.interactions.1.id')).toBe('scn.next.argue');
  });

  it('ignores suspend data on a fresh attempt', () => {
    const { connection } = connect((held) => {
      held.data.set('cmi.core.entry', 'ab-initio');
      held.data.set('cmi.suspend_data', 'old');
    });
    expect(connection.resumeData).toBeUndefined();
  });

  it('suspends, commits with the session time, and leaves with exit suspend', () => {
    const { connection, lms, tick } = connect();
    connection.suspend('r1|scn|abc|1|sssp|0');
    tick(65_250);
    connection.commit();
    expect(lms.data.get('cmi.suspend_data')).toBe('r1|scn|abc|1|sssp|0');
    expect(lms.data.get('cmi.core.session_time')).toBe(timespan12(65_250));
    expect(timespan12(65_250)).toBe('0000:01:05.25');
    expect(lms.calls.filter((call) => call === 'LMSCommit()')).toHaveLength(1);
    connection.commit();
    // Nothing new since: no second commit.
    expect(lms.calls.filter((call) => call === 'LMSCommit()')).toHaveLength(1);
    connection.finish();
    expect(lms.data.get('cmi.core.exit')).toBe('suspend');
    expect(lms.calls.slice(-2)).toEqual(['LMSCommit()', 'LMSFinish()']);
  });

  it('refuses to send resume data over 4,096 characters', () => {
    const { connection, lms, logged } = connect();
    connection.suspend('x'.repeat(4097));
    expect(lms.data.has('cmi.suspend_data')).toBe(false);
    expect(logged.join('\n')).toMatch(/over 4,096/);
  });

  it('logs a refused call with the LMS’s error, and never throws', () => {
    const { connection, logged } = connect((held) => held.refuse.add('cmi.core.score.raw'));
    connection.report(sampleReport());
    expect(logged).toEqual([
      'SCORM 1.2: the LMS refused LMSSetValue("cmi.core.score.raw", "80"): error 405 (Refused (405); fake diagnostic)',
    ]);
    const broken = connect((held) => (held.throwing = true));
    expect(() => {
      broken.connection.report(sampleReport());
      broken.connection.commit();
      broken.connection.finish();
    }).not.toThrow();
    expect(broken.logged[0]).toMatch(/LMSInitialize\(""\): it threw the LMS wrapper broke/);
  });
});
