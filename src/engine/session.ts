import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import { analysisRefusal, missingSteps } from './analysis.ts';
import {
  choicesOf,
  detachedContext,
  nodeAt,
  offeredChoices,
  timeoutOf,
  type SessionContext,
} from './context.ts';
import { SessionError } from './errors.ts';
import { contentHash } from './hash.ts';
import { machineFor, type ScenarioMachine } from './machine.ts';
import { OLD_TRANSCRIPT_ORDER } from './order.ts';
import type {
  CountdownRecord,
  SessionEvent,
  SessionOptions,
  SessionView,
  TimingMode,
  Transcript,
} from './types.ts';
import { buildView } from './view.ts';
import { own } from '../scenario/own.ts';

export type SessionListener = (view: SessionView) => void;

/** One play of one scenario. The game, the CLI, policies and scoring all drive it the same way. */
export interface Session {
  readonly scenario: Scenario;
  view(): SessionView;
  choose(choiceId: string): SessionView;
  checkRecord(recordId: string): SessionView;
  fillField(fieldId: string, entryId: string): SessionView;
  /** The host's countdown ran out. */
  timeOut(): SessionView;
  /** Any event, as a transcript holds it. Throws SessionError for an illegal one. */
  send(event: SessionEvent): SessionView;
  /** Whether an event would be accepted now, without sending it. */
  can(event: SessionEvent): boolean;
  isOver(): boolean;
  transcript(): Transcript;
  subscribe(listener: SessionListener): () => void;
  /** The engine's own state (mood, flags, evidence log...), read-only: for scoring and policies. */
  context(): Readonly<SessionContext>;
  /**
   * A way back to this moment, kept without copying anything until it is taken up: calling it gives
   * a new, independent session from here (scoring uses it to follow the best options from a moment the learner left).
   * `lookAhead` starts the new session's evidence log empty: looking ahead never reads it, and
   * carrying a long play's log into every look would make scoring grow with the square of its length.
   */
  savePoint(options?: { lookAhead?: boolean }): () => Session;
}

const list = (ids: readonly string[]): string => (ids.length === 0 ? '(none)' : ids.join(', '));

/**
 * Why the machine refused an event, naming the node and the fix. The machine alone decides what
 * is legal; this only explains a refusal after the fact, so the two can never disagree.
 */
function explainRefusal(
  scenario: Scenario,
  context: SessionContext,
  over: boolean,
  event: SessionEvent,
): SessionError {
  const nodeId = context.nodeId;
  const node = nodeAt(scenario, nodeId);
  if (over) {
    return new SessionError(
      'session-over',
      `The scenario "${scenario.id}" has already ended at "${nodeId}"; no ${event.type} can follow.`,
    );
  }
  switch (event.type) {
    case 'CHOOSE': {
      const all = choicesOf(node).map((choice) => choice.id);
      if (!all.includes(event.choiceId)) {
        return new SessionError(
          'unknown-choice',
          `Node "${nodeId}" has no choice "${event.choiceId}"; its choices are: ${list(all)}.`,
        );
      }
      if (node.kind === 'options') {
        const missing = missingSteps(node, own(context.analysis, nodeId));
        if (missing.length > 0) {
          return new SessionError(
            'analysis-unfinished',
            `At options node "${nodeId}" the learner analyses every option before putting one forward. Still to do: ${missing.join('; ')}.`,
          );
        }
      }
      const offered = offeredChoices(scenario, context).map((choice) => choice.id);
      return new SessionError(
        'choice-not-available',
        `Choice "${event.choiceId}" at node "${nodeId}" cannot be taken now: none of its routes' conditions holds. Choices open now: ${list(offered)}.`,
      );
    }
    case 'TIMEOUT': {
      if (timeoutOf(node) === undefined) {
        return new SessionError(
          'not-timed',
          `Node "${nodeId}" (${node.kind}) has no countdown, so TIMEOUT cannot happen there.`,
        );
      }
      if (context.timing === 'off') {
        return new SessionError(
          'not-timed',
          `Timing is off in this session, so the countdown at "${nodeId}" cannot run out.`,
        );
      }
      return new SessionError(
        'choice-not-available',
        `The countdown at "${nodeId}" cannot run out now: none of its routes' conditions holds.`,
      );
    }
    case 'CHECK_RECORD': {
      if (node.kind !== 'investigate') {
        return new SessionError(
          'wrong-node-kind',
          `Records can be opened only at investigate nodes; "${nodeId}" is a ${node.kind} node.`,
        );
      }
      const ids = node.records.map((record) => record.id);
      return new SessionError(
        'unknown-record',
        `Node "${nodeId}" has no record "${event.recordId}"; its records are: ${list(ids)}.`,
      );
    }
    case 'FILL_FIELD': {
      if (node.kind !== 'record') {
        return new SessionError(
          'wrong-node-kind',
          `Fields can be filled only at record nodes; "${nodeId}" is a ${node.kind} node.`,
        );
      }
      const field = node.fields.find((each) => each.id === event.fieldId);
      if (field === undefined) {
        return new SessionError(
          'unknown-field',
          `Node "${nodeId}" has no field "${event.fieldId}"; its fields are: ${list(node.fields.map((f) => f.id))}.`,
        );
      }
      const entries = field.entries.map((entry) => entry.id);
      return new SessionError(
        'unknown-entry',
        `Field "${field.id}" at node "${nodeId}" has no entry "${event.entryId}"; its entries are: ${list(entries)}.`,
      );
    }
    case 'PICK_BENEFIT':
    case 'PICK_RISK':
    case 'RATE_RISK':
    case 'PUT_TO': {
      if (node.kind !== 'options') {
        return new SessionError(
          'wrong-node-kind',
          `Options are analysed only at options nodes; "${nodeId}" is a ${node.kind} node, so ${event.type} cannot happen there.`,
        );
      }
      const refused = analysisRefusal(node, nodeId, event);
      return refused === null
        ? new SessionError('unknown-item', `${event.type} cannot happen at "${nodeId}" now.`)
        : new SessionError(refused.code, refused.message);
    }
  }
}

function createSession(
  scenario: Scenario,
  actor: Actor<ScenarioMachine>,
  transcriptSoFar: Transcript,
): Session {
  const events: SessionEvent[] = [...transcriptSoFar.events];
  const listeners = new Set<SessionListener>();
  actor.start();
  // A countdown is worked out once, on arrival, and recorded as the learner met it.
  const countdowns: CountdownRecord[] = [...(transcriptSoFar.countdowns ?? [])];
  const recordCountdown = (): void => {
    const { nodeId, step, enteredAtStep } = actor.getSnapshot().context;
    const countdown = enteredAtStep === step ? buildView(scenario, context()).countdown : null;
    if (countdown === null || countdowns.some((each) => each.step === step)) return;
    countdowns.push({ step, nodeId, ...countdown });
  };

  type MachineSnapshot = ReturnType<typeof actor.getSnapshot>;
  const branchOf = (machine: MachineSnapshot, lookAhead: boolean): MachineSnapshot => ({
    ...machine,
    context: {
      ...detachedContext(machine.context, { withDecisions: !lookAhead }),
      // Looking ahead judges what the learner controls: chance goes the likelier way, not the draw.
      ...(lookAhead ? { chanceMode: 'likely' as const } : {}),
    },
  });

  const savePoint = (options: { lookAhead?: boolean } = {}): (() => Session) => {
    // Events are only appended, so they can be shared; the context's logs are copied when the
    // save point is taken up (a branch must not append into the logs this session still uses).
    const machine = actor.getSnapshot();
    const length = events.length;
    return () =>
      createSession(
        scenario,
        createActor(machineFor(scenario), {
          snapshot: branchOf(machine, options.lookAhead === true),
          input: replayOptions(transcriptSoFar),
        }),
        {
          ...transcriptSoFar,
          events: events.slice(0, length),
          countdowns: countdowns.filter((countdown) => countdown.step <= length),
        },
      );
  };

  const context = (): SessionContext => actor.getSnapshot().context;
  const isOver = (): boolean => actor.getSnapshot().status === 'done';
  const view = (): SessionView => buildView(scenario, context());
  const transcript = (): Transcript => {
    const chances = context().chances ?? [];
    // What this session recorded replaces whatever the transcript it started from carried.
    const rest: Transcript = { ...transcriptSoFar };
    delete rest.chances;
    delete rest.countdowns;
    return {
      ...rest,
      events: events.map((event) => ({ ...event })),
      ...(chances.length === 0 ? {} : { chances: chances.map((draw) => ({ ...draw })) }),
      ...(countdowns.length === 0
        ? {}
        : { countdowns: countdowns.map((countdown) => ({ ...countdown })) }),
    };
  };
  recordCountdown();

  const can = (event: SessionEvent): boolean => actor.getSnapshot().can(event);

  const send = (event: SessionEvent): SessionView => {
    if (!can(event)) throw explainRefusal(scenario, context(), isOver(), event);
    actor.send(event);
    events.push({ ...event });
    recordCountdown();
    const now = view();
    for (const listener of listeners) listener(now);
    return now;
  };

  return {
    scenario,
    view,
    send,
    can,
    choose: (choiceId) => send({ type: 'CHOOSE', choiceId }),
    checkRecord: (recordId) => send({ type: 'CHECK_RECORD', recordId }),
    fillField: (fieldId, entryId) => send({ type: 'FILL_FIELD', fieldId, entryId }),
    timeOut: () => send({ type: 'TIMEOUT' }),
    isOver,
    transcript,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    context,
    savePoint,
  };
}

export function startSession(options: SessionOptions): Session {
  const { scenario, seed, timing, feedback } = options;
  const optionOrder = options.optionOrder ?? 'seeded';
  if (!Number.isSafeInteger(seed)) {
    throw new SessionError('bad-snapshot', `A session seed must be a whole number; got ${seed}.`);
  }
  if (own(scenario.nodes, scenario.start) === undefined) {
    throw new SessionError(
      'bad-scenario',
      `Scenario "${scenario.id}" starts at "${scenario.start}", which is not one of its nodes.`,
    );
  }
  const actor = createActor(machineFor(scenario), { input: { seed, timing, optionOrder } });
  return createSession(scenario, actor, {
    format: 'resolve-transcript',
    version: 1,
    scenario: { id: scenario.id, contentHash: contentHash(scenario) },
    seed,
    timing,
    optionOrder,
    events: [],
    ...(feedback === undefined ? {} : { feedback }),
  });
}

/**
 * The session options a transcript was played with, so a replay shows what the learner saw
 * (a transcript from before options were shuffled keeps the authored order).
 */
export const replayOptions = (
  transcript: Transcript,
): Pick<SessionOptions, 'seed' | 'timing' | 'optionOrder' | 'feedback'> => ({
  seed: transcript.seed,
  timing: transcript.timing,
  optionOrder: transcript.optionOrder ?? OLD_TRANSCRIPT_ORDER,
  ...(transcript.feedback === undefined ? {} : { feedback: transcript.feedback }),
});

/** The message every "scenario changed" refusal uses, so the game, CLI and gradebook agree. */
export const scenarioChangedMessage = (scenarioId: string): string =>
  `This was recorded against a different version of scenario "${scenarioId}": the scenario has changed since, so it cannot be resumed or verified.`;

/**
 * Refuse a transcript or saved session recorded against another scenario, or another version of
 * this one. The one "same scenario" check: resume, retry, replay and scoring all use it.
 */
export function assertSameScenario(
  scenario: Scenario,
  recorded: { id: string; contentHash: string },
  what: 'transcript' | 'saved session',
): void {
  if (recorded.id !== scenario.id) {
    throw new SessionError(
      'scenario-changed',
      `This ${what} is for scenario "${recorded.id}", not "${scenario.id}".`,
    );
  }
  if (recorded.contentHash !== contentHash(scenario)) {
    throw new SessionError('scenario-changed', scenarioChangedMessage(scenario.id));
  }
}

/** How far a transcript replays: the session after the events that did, and why the next did not. */
export interface PartialReplay {
  session: Session;
  /** How many of the transcript's events replayed, from the start. */
  replayed: number;
  /** Why event `replayed + 1` was refused; null when every event replayed. */
  refusal: SessionError | null;
}

/**
 * Replay a transcript into a fresh session, stopping at the first event the engine refuses. Resume
 * is built on this: a saved play is positioned only by the learner's events, never by a stored
 * machine state or node id. Throws SessionError only when the transcript is for another scenario
 * or another version of this one.
 */
export function replayAsFarAsItGoes(options: {
  scenario: Scenario;
  transcript: Transcript;
}): PartialReplay {
  const { scenario, transcript } = options;
  assertSameScenario(scenario, transcript.scenario, 'saved session');
  const session = startSession({ scenario, ...replayOptions(transcript) });
  let replayed = 0;
  for (const event of transcript.events) {
    try {
      session.send(event);
    } catch (error) {
      if (!(error instanceof SessionError)) throw error;
      return {
        session,
        replayed,
        refusal: new SessionError(
          error.code,
          `Step ${replayed + 1} of the saved play cannot be replayed: ${error.message}`,
        ),
      };
    }
    replayed += 1;
  }
  return { session, replayed, refusal: null };
}

/**
 * Refuse a replay whose draws disagree with the chance outcomes its transcript records: the seed
 * decides every draw, so a disagreement means the transcript was altered (or recorded by an engine
 * that drew differently). Only the draws up to the session's step are compared.
 */
export function assertSameChances(session: Session, transcript: Transcript): void {
  const recorded = transcript.chances;
  if (recorded === undefined) return;
  const step = session.context().step;
  const drawn = session.context().chances ?? [];
  const expected = recorded.filter((draw) => draw.step <= step);
  const length = Math.max(expected.length, drawn.length);
  for (let index = 0; index < length; index += 1) {
    const want = expected[index];
    const got = drawn[index];
    if (
      want !== undefined &&
      got !== undefined &&
      want.step === got.step &&
      want.nodeId === got.nodeId &&
      want.route === got.route &&
      want.chance === got.chance &&
      want.taken === got.taken
    )
      continue;
    const at = want ?? got;
    throw new SessionError(
      'chance-mismatch',
      `This transcript's record of chance disagrees with its seed ${transcript.seed} at step ${at?.step ?? step} (node "${at?.nodeId ?? '?'}"): it records ${
        want === undefined
          ? 'no draw there'
          : `route ${want.route + 1} as ${want.taken ? 'taken' : 'passed over'}`
      }, but the seed ${
        got === undefined
          ? 'draws nothing there'
          : `${got.taken ? 'takes' : 'passes over'} route ${got.route + 1}`
      }. It was altered, or recorded by an engine that draws differently, so it cannot be verified.`,
    );
  }
}

/** Replay a transcript's first `step` events into a fresh session: "retry from here". */
export function sessionAtStep(options: {
  scenario: Scenario;
  transcript: Transcript;
  step: number;
}): Session {
  const { scenario, transcript, step } = options;
  if (!Number.isInteger(step) || step < 0 || step > transcript.events.length) {
    throw new SessionError(
      'step-out-of-range',
      `Step ${step} is outside this transcript, which has ${transcript.events.length} events.`,
    );
  }
  assertSameScenario(scenario, transcript.scenario, 'transcript');
  const session = startSession({ scenario, ...replayOptions(transcript) });
  for (const event of transcript.events.slice(0, step)) session.send(event);
  assertSameChances(session, transcript);
  return session;
}

export type { TimingMode };
