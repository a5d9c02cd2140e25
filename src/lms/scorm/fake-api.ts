import type { LmsReport } from '../lms-report.ts';
import type { Scorm12Api, Scorm2004Api } from './cmi-channel.ts';

// Test-only: LMS API objects that keep the data model in a map and record every call.

export interface FakeLms {
  calls: string[];
  data: Map<string, string>;
  /** Elements whose SetValue the LMS refuses (error 405 in 1.2, 406 in 2004). */
  refuse: Set<string>;
  /** Throw on every call, as a broken LMS wrapper might. */
  throwing: boolean;
  setsOf(prefix?: string): string[];
}

function fake(names: {
  initialize: string;
  terminate: string;
  get: string;
  set: string;
  commit: string;
  lastError: string;
  errorString: string;
  diagnostic: string;
  refusedCode: string;
}): { api: Record<string, (...args: string[]) => string>; lms: FakeLms } {
  const lms: FakeLms = {
    calls: [],
    data: new Map(),
    refuse: new Set(),
    throwing: false,
    setsOf: (prefix = '') => lms.calls.filter((call) => call.startsWith(`${names.set}(${prefix}`)),
  };
  let error = '0';
  const record = (call: string): void => {
    lms.calls.push(call);
    if (lms.throwing) throw new Error('the LMS wrapper broke');
  };
  const api: Record<string, (...args: string[]) => string> = {
    [names.initialize]: () => (record(`${names.initialize}()`), (error = '0'), 'true'),
    [names.terminate]: () => (record(`${names.terminate}()`), (error = '0'), 'true'),
    [names.commit]: () => (record(`${names.commit}()`), (error = '0'), 'true'),
    [names.get]: (element = '') => {
      record(`${names.get}(${element})`);
      const value = lms.data.get(element);
      error = value === undefined ? '403' : '0';
      return value ?? '';
    },
    [names.set]: (element = '', value = '') => {
      record(`${names.set}(${element}=${value})`);
      if (lms.refuse.has(element)) {
        error = names.refusedCode;
        return 'false';
      }
      error = '0';
      lms.data.set(element, value);
      return 'true';
    },
    [names.lastError]: () => error,
    [names.errorString]: (code = '') => (code === '0' ? '' : `Refused (${code})`),
    [names.diagnostic]: () => 'fake diagnostic',
  };
  return { api, lms };
}

export function fakeScorm12(): { api: Scorm12Api; lms: FakeLms } {
  const { api, lms } = fake({
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
    refusedCode: '405',
  });
  return { api: api as unknown as Scorm12Api, lms };
}

export function fakeScorm2004(): { api: Scorm2004Api; lms: FakeLms } {
  const { api, lms } = fake({
    initialize: 'Initialize',
    terminate: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
    refusedCode: '406',
  });
  return { api: api as unknown as Scorm2004Api, lms };
}

/** A report of two criteria (one of each kind) and two choices. */
export function sampleReport(overrides: Partial<LmsReport> = {}): LmsReport {
  return {
    packId: 'starter',
    packTitle: 'Starter',
    passMark: 70,
    score: 80,
    completed: true,
    passed: true,
    objectives: [
      {
        criterion: 'MRC 1.3',
        kind: 'knowledge',
        text: 'Explain how to identify complaints',
        status: 'met',
        score: 90,
      },
      {
        criterion: 'MRC 2.9',
        kind: 'performance',
        text: 'A performance criterion',
        status: 'met',
        score: 100,
      },
    ] as LmsReport['objectives'],
    interactions: [
      {
        id: 'scn.open.listen',
        scenarioId: 'scn',
        nodeId: 'open',
        response: 'listen',
        result: 'correct',
        techniques: ['active-listening'],
        criteria: [{ criterion: 'MRC 1.3', status: 'met' }],
        at: '2026-12-03T07:15:30.123Z',
        latencyMs: 2500,
      },
      {
        id: 'scn.next.argue',
        scenarioId: 'scn',
        nodeId: 'next',
        response: 'argue',
        result: 'incorrect',
        techniques: [],
        criteria: [],
        at: '2026-12-03T07:16:00.000Z',
        latencyMs: null,
      },
    ] as LmsReport['interactions'],
    ...overrides,
  };
}
