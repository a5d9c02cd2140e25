/*
 * The calls both SCORM versions share, over whichever API object the LMS put in the window:
 * every call guarded (an LMS's API may throw as well as refuse), every refusal logged with the
 * LMS's own error number, text and diagnostic, and every value remembered so an unchanged one is
 * not written again (LMSs are slow at SetValue, and some journal every write).
 */

/** The SCORM 1.2 API object (`window.API`), RTE 3.3. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string | boolean;
  LMSFinish(parameter: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(parameter: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
  LMSGetDiagnostic(code: string | number): string;
}

/** The SCORM 2004 API object (`window.API_1484_11`), RTE 3.1. */
export interface Scorm2004Api {
  Initialize(parameter: ''): string | boolean;
  Terminate(parameter: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(parameter: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
  GetDiagnostic(code: string | number): string;
}

/** Where refused calls are written: the console unless a test listens. */
export type LmsLog = (message: string) => void;

interface Calls {
  standard: string;
  initialize: () => unknown;
  terminate: () => unknown;
  get: (element: string) => unknown;
  set: (element: string, value: string) => unknown;
  commit: () => unknown;
  lastError: () => string | number;
  errorString: (code: string) => string;
  diagnostic: (code: string) => string;
  names: { initialize: string; terminate: string; get: string; set: string; commit: string };
}

const succeeded = (result: unknown): boolean => result === true || result === 'true';

export class CmiChannel {
  private readonly written = new Map<string, string>();
  private dirty = false;
  private state: 'new' | 'open' | 'finished' = 'new';

  constructor(
    private readonly calls: Calls,
    private readonly log: LmsLog,
  ) {}

  static scorm12(api: Scorm12Api, log: LmsLog): CmiChannel {
    return new CmiChannel(
      {
        standard: 'SCORM 1.2',
        initialize: () => api.LMSInitialize(''),
        terminate: () => api.LMSFinish(''),
        get: (element) => api.LMSGetValue(element),
        set: (element, value) => api.LMSSetValue(element, value),
        commit: () => api.LMSCommit(''),
        lastError: () => api.LMSGetLastError(),
        errorString: (code) => api.LMSGetErrorString(code),
        diagnostic: (code) => api.LMSGetDiagnostic(code),
        names: {
          initialize: 'LMSInitialize',
          terminate: 'LMSFinish',
          get: 'LMSGetValue',
          set: 'LMSSetValue',
          commit: 'LMSCommit',
        },
      },
      log,
    );
  }

  static scorm2004(api: Scorm2004Api, log: LmsLog): CmiChannel {
    return new CmiChannel(
      {
        standard: 'SCORM 2004',
        initialize: () => api.Initialize(''),
        terminate: () => api.Terminate(''),
        get: (element) => api.GetValue(element),
        set: (element, value) => api.SetValue(element, value),
        commit: () => api.Commit(''),
        lastError: () => api.GetLastError(),
        errorString: (code) => api.GetErrorString(code),
        diagnostic: (code) => api.GetDiagnostic(code),
        names: {
          initialize: 'Initialize',
          terminate: 'Terminate',
          get: 'GetValue',
          set: 'SetValue',
          commit: 'Commit',
        },
      },
      log,
    );
  }

  get open(): boolean {
    return this.state === 'open';
  }

  /** The LMS's last error as a sentence; its number 0 means none. */
  private lastError(): { code: string; words: string } {
    try {
      const code = String(this.calls.lastError() ?? '');
      if (code === '' || code === '0') return { code: '0', words: '' };
      const text = String(this.calls.errorString(code) ?? '');
      const diagnostic = String(this.calls.diagnostic(code) ?? '');
      const extra = diagnostic && diagnostic !== text ? `; ${diagnostic}` : '';
      return { code, words: `error ${code}${text ? ` (${text}${extra})` : extra}` };
    } catch (error) {
      return { code: '?', words: `and asking why threw ${String(error)}` };
    }
  }

  private refused(call: string, why: string): void {
    this.log(`${this.calls.standard}: the LMS refused ${call}: ${why}`);
  }

  private run(call: string, act: () => unknown): unknown {
    try {
      const result = act();
      return result;
    } catch (error) {
      this.refused(call, `it threw ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Initialize (LMSInitialize) once; false if the LMS refused. */
  initialize(): boolean {
    if (this.state !== 'new') return this.state === 'open';
    const call = `${this.calls.names.initialize}("")`;
    const result = this.run(call, this.calls.initialize);
    this.state = 'open';
    if (succeeded(result)) return true;
    this.refused(call, this.lastError().words || `it answered ${String(result)}`);
    return false;
  }

  /** A value the LMS holds; undefined when it has none or refuses (logged, unless `quiet`). */
  get(element: string, quiet = false): string | undefined {
    if (this.state !== 'open') return undefined;
    const call = `${this.calls.names.get}("${element}")`;
    const result = this.run(call, () => this.calls.get(element));
    if (typeof result !== 'string') return undefined;
    const error = this.lastError();
    if (error.code !== '0') {
      if (!quiet) this.refused(call, error.words);
      return undefined;
    }
    return result;
  }

  /** Writes a value unless this session already wrote the same; a refusal is logged. */
  set(element: string, value: string): void {
    if (this.state !== 'open' || this.written.get(element) === value) return;
    const call = `${this.calls.names.set}("${element}", "${value.length > 60 ? `${value.slice(0, 60)}…` : value}")`;
    const result = this.run(call, () => this.calls.set(element, value));
    if (succeeded(result)) {
      this.written.set(element, value);
      this.dirty = true;
      return;
    }
    this.refused(call, this.lastError().words || `it answered ${String(result)}`);
  }

  /** Marks a value as already held by the LMS (read at start), so it is not written again. */
  known(element: string, value: string): void {
    this.written.set(element, value);
  }

  /** Commit (LMSCommit) when something was written since the last. */
  commit(): void {
    if (this.state !== 'open' || !this.dirty) return;
    const call = `${this.calls.names.commit}("")`;
    const result = this.run(call, this.calls.commit);
    if (succeeded(result)) this.dirty = false;
    else this.refused(call, this.lastError().words || `it answered ${String(result)}`);
  }

  /** Terminate (LMSFinish) once; nothing is written after it. */
  finish(): void {
    if (this.state !== 'open') return;
    this.state = 'finished';
    const call = `${this.calls.names.terminate}("")`;
    const result = this.run(call, this.calls.terminate);
    if (!succeeded(result))
      this.refused(call, this.lastError().words || `it answered ${String(result)}`);
  }
}

/** Whole and hundredths of seconds, as SCORM's time types count them. */
const parts = (ms: number) => {
  const centis = Math.max(0, Math.round(ms / 10));
  return {
    hours: Math.floor(centis / 360_000),
    minutes: Math.floor(centis / 6000) % 60,
    seconds: Math.floor(centis / 100) % 60,
    hundredths: centis % 100,
  };
};
const two = (value: number): string => String(value).padStart(2, '0');

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS. */
export function timespan12(ms: number): string {
  const { hours, minutes, seconds, hundredths } = parts(ms);
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(hundredths)}`;
}

/** SCORM 2004 timeinterval (second,10,2), an ISO 8601 duration: PT1H2M3.45S. */
export function duration2004(ms: number): string {
  const { hours, minutes, seconds, hundredths } = parts(ms);
  return `PT${hours}H${minutes}M${seconds}.${two(hundredths)}S`;
}

/** SCORM 1.2 CMITime (HH:MM:SS) of an ISO date-time, in UTC. */
export function time12(iso: string): string {
  const match = /T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return match?.[1] ?? '00:00:00';
}

/** SCORM 2004 time: the ISO date-time to hundredths of a second, in UTC (Z). */
export function time2004(iso: string): string {
  const date = new Date(iso);
  return `${(Number.isNaN(date.getTime()) ? new Date(0) : date).toISOString().slice(0, 22)}Z`;
}
