import { choicesOf, nodeAt } from '../engine/context.ts';
import { SessionError } from '../engine/errors.ts';
import { contentHash } from '../engine/hash.ts';
import { OLD_TRANSCRIPT_ORDER } from '../engine/order.ts';
import { startSession, type Session } from '../engine/session.ts';
import type { SessionEvent, Transcript } from '../engine/types.ts';
import type { FeedbackMode, TimingMode } from '../scenario/pack-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { AUDIENCES, RISK_LEVELS } from '../scenario/schema.ts';

/*
 * The play in progress as an LMS keeps it between sessions (suspend_data): SCORM 1.2 allows only
 * 4,096 characters, so a transcript (kilobytes of JSON) is written as the scenario, its version,
 * the seed and one short token per event, a choice being its index among the node's choices.
 * Replaying the tokens restores the play at the same step, as the game's own resume does; nothing
 * but the learner's events positions it. What the LMS hands back is untrusted: every part is
 * checked, and a token the scenario refuses ends the restore with a reason, never a throw.
 */

/** SCORM 1.2's cmi.suspend_data limit (CMIString4096). */
export const SCORM12_SUSPEND_MAX = 4096;

const VERSION = 'r1';
const TIMING_LETTER: Record<TimingMode, string> = { standard: 's', extended: 'e', off: 'o' };
const ORDER_LETTER = { seeded: 's', authored: 'a' } as const;
const FEEDBACK_LETTER: Record<FeedbackMode, string> = { 'after-each-choice': 'a', 'at-end': 'e' };
const SOURCE_LETTER = { learner: 'l', pack: 'p', default: 'd' } as const;
export type TimingSource = keyof typeof SOURCE_LETTER;

const letterOf = <K extends string>(table: Record<K, string>, letter: string): K | undefined =>
  (Object.keys(table) as K[]).find((key) => table[key] === letter);

/** The first characters of the scenario's content hash: enough to tell versions apart. */
const versionOf = (scenario: Scenario): string => contentHash(scenario).slice(0, 12);

function tokenOf(session: Session, event: SessionEvent): string {
  switch (event.type) {
    case 'CHOOSE': {
      const node = nodeAt(session.scenario, session.context().nodeId);
      const index = choicesOf(node).findIndex((choice) => choice.id === event.choiceId);
      // Never -1: the session accepted this event at this node.
      return String(index);
    }
    case 'TIMEOUT':
      return 't';
    case 'CHECK_RECORD':
      return `r${event.recordId}`;
    case 'FILL_FIELD':
      return `f${event.fieldId}:${event.entryId}`;
    case 'PICK_BENEFIT':
      return `b${event.optionId}:${event.itemId}`;
    case 'PICK_RISK':
      return `k${event.optionId}:${event.itemId}`;
    case 'RATE_RISK':
      return `x${event.optionId}:${event.level}`;
    case 'PUT_TO':
      return `p${event.audience}`;
  }
}

function eventOf(session: Session, token: string): SessionEvent | undefined {
  if (/^\d{1,4}$/.test(token)) {
    const node = nodeAt(session.scenario, session.context().nodeId);
    const choice = choicesOf(node)[Number(token)];
    return choice === undefined ? undefined : { type: 'CHOOSE', choiceId: choice.id };
  }
  const kind = token[0];
  const rest = token.slice(1);
  const [a = '', b = ''] = rest.split(':');
  switch (kind) {
    case 't':
      return rest === '' ? { type: 'TIMEOUT' } : undefined;
    case 'r':
      return { type: 'CHECK_RECORD', recordId: rest };
    case 'f':
      return { type: 'FILL_FIELD', fieldId: a, entryId: b };
    case 'b':
      return { type: 'PICK_BENEFIT', optionId: a, itemId: b };
    case 'k':
      return { type: 'PICK_RISK', optionId: a, itemId: b };
    case 'x': {
      const level = RISK_LEVELS.find((each) => each === b);
      return level === undefined ? undefined : { type: 'RATE_RISK', optionId: a, level };
    }
    case 'p': {
      const audience = AUDIENCES.find((each) => each === rest);
      return audience === undefined ? undefined : { type: 'PUT_TO', audience };
    }
    default:
      return undefined;
  }
}

/**
 * The resume data of a play: `r1|scenario|version|seed|flags|tokens`. Ids are lower-case words
 * and hyphens, so `|`, `.` and `:` never occur in them. Never longer than `max`: a play too long
 * to fit (none of the shipped scenarios comes near) keeps the longest start that does, so it
 * resumes a few steps back rather than not at all.
 */
export function resumeDataOf(
  scenario: Scenario,
  transcript: Transcript,
  timingSource: TimingSource,
  max = SCORM12_SUSPEND_MAX,
): string {
  const flags = [
    TIMING_LETTER[transcript.timing],
    ORDER_LETTER[transcript.optionOrder ?? OLD_TRANSCRIPT_ORDER],
    transcript.feedback === undefined ? '-' : FEEDBACK_LETTER[transcript.feedback],
    SOURCE_LETTER[timingSource],
  ].join('');
  const head = [
    VERSION,
    scenario.id,
    versionOf(scenario),
    transcript.seed.toString(36),
    flags,
  ].join('|');
  const session = startSession({
    scenario,
    seed: transcript.seed,
    timing: transcript.timing,
    optionOrder: transcript.optionOrder ?? OLD_TRANSCRIPT_ORDER,
    ...(transcript.feedback === undefined ? {} : { feedback: transcript.feedback }),
  });
  let data = `${head}|`;
  let separator = '';
  for (const event of transcript.events) {
    const token = tokenOf(session, event);
    if (data.length + separator.length + token.length > max) break;
    data += separator + token;
    separator = '.';
    session.send(event);
  }
  return data;
}

export type ResumeRead =
  { ok: true; session: Session; timingSource: TimingSource } | { ok: false; problem: string };

/** The scenario id resume data is for, to fetch it before restoring; undefined if it is not ours. */
export function resumeScenarioId(data: string): string | undefined {
  const [version, scenarioId] = data.split('|');
  return version === VERSION && scenarioId !== undefined && /^[a-z0-9-]{1,80}$/.test(scenarioId)
    ? scenarioId
    : undefined;
}

/**
 * Replays resume data against the scenario as it is now. A scenario changed since, a damaged
 * string or a step the engine refuses comes back as a problem a tutor can read.
 */
export function readResumeData(data: string, scenario: Scenario): ResumeRead {
  const parts = data.split('|');
  if (parts.length !== 6 || parts[0] !== VERSION)
    return { ok: false, problem: 'the resume data the LMS kept is not in a form this game writes' };
  const [, scenarioId, version, seedText = '', flags = '', tokens = ''] = parts;
  if (scenarioId !== scenario.id)
    return {
      ok: false,
      problem: `the resume data is for scenario "${scenarioId}", not "${scenario.id}"`,
    };
  if (version !== versionOf(scenario))
    return {
      ok: false,
      problem: `scenario "${scenario.id}" has changed since this play was saved`,
    };
  const seed = /^[0-9a-z]{1,12}$/.test(seedText) ? parseInt(seedText, 36) : NaN;
  const timing = letterOf(TIMING_LETTER, flags[0] ?? '');
  const optionOrder = letterOf(ORDER_LETTER, flags[1] ?? '');
  const feedback = flags[2] === '-' ? undefined : letterOf(FEEDBACK_LETTER, flags[2] ?? '');
  const timingSource = letterOf(SOURCE_LETTER, flags[3] ?? '');
  if (
    !Number.isSafeInteger(seed) ||
    flags.length !== 4 ||
    timing === undefined ||
    optionOrder === undefined ||
    (flags[2] !== '-' && feedback === undefined) ||
    timingSource === undefined
  )
    return { ok: false, problem: 'the resume data is damaged (its seed or settings do not read)' };
  try {
    const session = startSession({
      scenario,
      seed,
      timing,
      optionOrder,
      ...(feedback === undefined ? {} : { feedback }),
    });
    const list = tokens === '' ? [] : tokens.split('.');
    for (const [index, token] of list.entries()) {
      const event = eventOf(session, token);
      if (event === undefined || !session.can(event))
        return { ok: false, problem: `step ${index + 1} of the resume data does not replay` };
      session.send(event);
    }
    return { ok: true, session, timingSource };
  } catch (error) {
    const message = error instanceof SessionError ? error.message : String(error);
    return { ok: false, problem: `the resume data does not replay: ${message}` };
  }
}
