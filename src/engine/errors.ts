/** Why the engine refused something. Hosts switch on `code`; `message` is for people. */
export type SessionErrorCode =
  | 'session-over'
  | 'unknown-choice'
  | 'choice-not-available'
  | 'not-timed'
  | 'wrong-node-kind'
  | 'unknown-record'
  | 'unknown-field'
  | 'unknown-entry'
  | 'unknown-option'
  | 'unknown-item'
  | 'analysis-unfinished'
  | 'scenario-changed'
  | 'bad-snapshot'
  | 'bad-scenario'
  | 'step-out-of-range'
  | 'too-many-steps'
  | 'chance-mismatch';

/** An illegal event or an unusable snapshot. The engine throws it rather than ignoring the event. */
export class SessionError extends Error {
  override readonly name = 'SessionError';
  readonly code: SessionErrorCode;

  constructor(code: SessionErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export const isSessionError = (error: unknown): error is SessionError =>
  error instanceof SessionError;
