export { conditionHolds, resolveNext, type ConditionContext } from './conditions.ts';
export { TIMEOUT_OPTION_ID, type SessionContext } from './context.ts';
export { SessionError, isSessionError, type SessionErrorCode } from './errors.ts';
export { canonicalJson, contentHash } from './hash.ts';
export { compileScenario, machineFor, type ScenarioMachine } from './machine.ts';
export { applyMoodChange, moodInWords } from './mood.ts';
export { OPTION_ORDERS, inShownOrder } from './order.ts';
export {
  DEFAULT_STEP_LIMIT,
  POLICIES,
  playPolicy,
  policyEvents,
  type PolicyName,
  type PolicyPlayOptions,
} from './policies.ts';
export {
  replayAsFarAsItGoes,
  replayOptions,
  scenarioChangedMessage,
  sessionAtStep,
  startSession,
  type PartialReplay,
  type Session,
  type SessionListener,
} from './session.ts';
export { parseTranscript, sessionEventSchema, transcriptSchema } from './transcript-schema.ts';
export type * from './types.ts';
export {
  countdownFor,
  countdownInWords,
  EXTENDED_TIME_FACTOR,
  READING_WORDS_PER_MINUTE,
  readingSeconds,
  wordCount,
} from './countdown.ts';
