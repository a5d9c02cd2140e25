import type Cmi5 from '@xapi/cmi5';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LmsInteraction, LmsReport } from '../../lms/lms-report.ts';
import { NOTHING_SENT, SENT_STATE_ID, type AuContext } from '../../lms/cmi5/statements.ts';
import { Cmi5Connection } from './cmi5-connection.ts';

/*
 * The connection with a stand-in for @xapi/cmi5 and the page: the order things leave in, what a
 * refusal does, and that nothing throws. The real library and LRS are in tests/browser/cmi5.test.ts.
 */

const au: AuContext = {
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-7' } },
  registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
  activityId: 'https://resolve.example/au/complaints-pack',
  contextTemplate: {},
};

const choice = (nodeId: string): LmsInteraction => ({
  id: `angry-refund.${nodeId}.pick`,
  scenarioId: 'angry-refund',
  nodeId,
  response: 'pick',
  result: 'correct',
  techniques: [],
  criteria: [],
  at: '2026-12-03T08:00:00.000Z',
  latencyMs: null,
});

const report = (overrides: Partial<LmsReport> = {}): LmsReport => ({
  packId: 'p',
  packTitle: 'P',
  passMark: 70,
  score: null,
  completed: false,
  passed: null,
  objectives: [],
  interactions: [choice('n1')],
  ...overrides,
});

/** Everything the connection asked of the library and the network, in order. */
let calls: string[];
let refuseNext: string | undefined;
let fetches: { url: string; init: RequestInit }[];

function fakeCmi5(): Cmi5 {
  const call = (name: string) => {
    calls.push(name);
    if (refuseNext === name) {
      refuseNext = undefined;
      return Promise.reject(Object.assign(new Error('refused'), { response: { status: 500 } }));
    }
    return Promise.resolve({ data: [] });
  };
  return {
    sendXapiStatement: (statement: { result?: { response?: string } }) =>
      call(`answered ${statement.result?.response ?? ''}`),
    pass: () => call('passed'),
    fail: () => call('failed'),
    complete: () => call('completed'),
    xapi: { setState: ({ stateId }: { stateId: string }) => call(`state ${stateId}`) },
    getInitializedDate: () => new Date('2026-12-03T08:00:00.000Z'),
    getLaunchParameters: () => ({ endpoint: 'https://lrs.example/xapi' }),
    getAuthToken: () => 'token',
  } as unknown as Cmi5;
}

const connect = () =>
  new Cmi5Connection({
    cmi5: fakeCmi5(),
    au,
    launch: { launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: 0.5 },
    sent: NOTHING_SENT,
    resumeData: undefined,
  });

beforeEach(() => {
  calls = [];
  fetches = [];
  refuseNext = undefined;
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    fetches.push({ url, init });
    calls.push(`keepalive ${init.method} ${url.replace(/\?.*stateId=([^&]*).*/, ' $1')}`);
    return Promise.resolve(new Response('[]', { status: 200 }));
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the cmi5 connection', () => {
  it('sends what a report earned in order, records it, and sends nothing for the same report again', async () => {
    const connection = connect();
    const done = report({ interactions: [choice('n1'), choice('n2')], score: 80, completed: true });
    connection.report(done);
    connection.report(done);
    await connection.drained();
    expect(calls).toEqual([
      'answered pick',
      'answered pick',
      'passed',
      'completed',
      `state ${SENT_STATE_ID}`,
    ]);
    expect(connection.sent).toMatchObject({ passed: true, completed: true });
    expect(connection.sent.answered).toHaveLength(2);
    expect(connection.moveOnMet).toBe(true);
  });

  it('logs a refused statement, keeps going, and sends it with the next report', async () => {
    const connection = connect();
    refuseNext = 'answered pick';
    connection.report(report());
    await connection.drained();
    expect(connection.sent.answered).toEqual([]);
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining('sending answered failed'),
      expect.anything(),
    );
    connection.report(report());
    await connection.drained();
    expect(calls.filter((name) => name === 'answered pick')).toHaveLength(2);
    expect(connection.sent.answered).toHaveLength(1);
  });

  it('sends terminated last, through a keepalive request, and nothing after it', async () => {
    const connection = connect();
    connection.report(report());
    connection.finish();
    connection.report(report({ interactions: [choice('n1'), choice('n2')] }));
    connection.suspend('later');
    connection.finish();
    await connection.drained();
    expect(calls).toEqual([
      'answered pick',
      `state ${SENT_STATE_ID}`,
      'keepalive POST https://lrs.example/xapi/statements',
    ]);
    const terminated = JSON.parse(fetches[0]!.init.body as string) as { verb: { id: string } };
    expect(terminated.verb.id).toBe('http://adlnet.gov/expapi/verbs/terminated');
    expect(fetches[0]!.init).toMatchObject({ keepalive: true });
    expect(fetches[0]!.init.headers).toMatchObject({ Authorization: 'Basic token' });
  });

  it('on pagehide saves the newest resume data and terminates at once, with the page', () => {
    const connection = connect();
    connection.suspend('first');
    connection.suspend('newest');
    window.dispatchEvent(new Event('pagehide'));
    const resume = fetches.find((request) => request.url.includes('resume'));
    expect(JSON.parse(resume?.init.body as string)).toEqual({ resume: 'newest' });
    expect(fetches.map((request) => request.init.keepalive)).toEqual([true, true, true]);
    expect(calls.at(-1)).toBe('keepalive POST https://lrs.example/xapi/statements');
    connection.finish();
    expect(calls.filter((name) => name.endsWith('/statements'))).toHaveLength(1);
  });

  it('never throws, even when the library itself throws', () => {
    const connection = new Cmi5Connection({
      cmi5: {
        ...fakeCmi5(),
        sendXapiStatement: () => {
          throw new Error('synchronous');
        },
      } as unknown as Cmi5,
      au,
      launch: { launchMode: 'Normal', moveOn: 'Completed' },
      sent: NOTHING_SENT,
      resumeData: undefined,
    });
    expect(() => connection.report(report())).not.toThrow();
    expect(() => connection.commit()).not.toThrow();
    expect(() => connection.finish()).not.toThrow();
    return connection.drained();
  });

  it('follows only a web address back to the course', () => {
    const withReturn = (returnURL: string) =>
      new Cmi5Connection({
        cmi5: fakeCmi5(),
        au,
        launch: { launchMode: 'Normal', moveOn: 'Completed', returnURL },
        sent: NOTHING_SENT,
        resumeData: undefined,
      }).returnUrl;
    expect(withReturn('https://lms.example/course/7')).toBe('https://lms.example/course/7');
    expect(withReturn('javascript:alert(1)')).toBeUndefined();
    expect(withReturn('data:text/html,hi')).toBeUndefined();
    expect(withReturn('/relative')).toBeUndefined();
  });
});
