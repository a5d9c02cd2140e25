import { replayCheck } from '../engine/check-session.ts';
import { contentHash } from '../engine/hash.ts';
import type { ShippedVersions } from '../scenario/shipped-versions.ts';
import { isShipped } from '../scenario/shipped-versions.ts';
import { checkResult, type CheckResult } from '../scoring/check-result.ts';
import { judgeStoredScores, type Consistency } from '../scoring/consistency.ts';
import type { Debrief } from '../scoring/debrief.ts';
import { replayTranscript } from '../scoring/replay.ts';
import {
  RESULT_FILE_FORMAT,
  RESULT_FILE_MAX_CHARACTERS,
  RESULT_FILE_VERSION,
  resultFileSchema,
  type ResultCheck,
  type ResultFile,
  type ResultPlay,
} from './result-file.ts';
import { shownOrders } from './shown-order.ts';

/*
 * Reads a result file as the tutor's gradebook does: untrusted text in, a verdict out, never a
 * throw. Every transcript is replayed against the content the file carries; the stored figures
 * are only compared with the replay, in the words of scoring/consistency.ts.
 */

export interface PlayVerdict {
  scenarioId: string;
  title: string;
  consistency: Consistency;
  /** The replayed debrief, when the transcript replayed. */
  debrief?: Debrief;
}

export interface CheckVerdict {
  checkId: string;
  title: string;
  consistency: Consistency;
  result?: CheckResult;
}

export type ReadResultFile =
  | {
      ok: true;
      file: ResultFile;
      plays: PlayVerdict[];
      checks: CheckVerdict[];
      /** The file as a whole: the first part not consistent, else any tutor's own, else consistent. */
      consistency: Consistency;
    }
  | {
      ok: false;
      /** The place and the fix, for the tutor. */
      message: string;
      consistency: Consistency;
    };

const FIX = 'Ask the learner to save the result file again from the game, and not to edit it.';

const damaged = (message: string): ReadResultFile => ({
  ok: false,
  message,
  consistency: { verdict: 'not-consistent', reason: 'damaged-file', details: [message] },
});

const notConsistent = (
  reason: Extract<Consistency, { verdict: 'not-consistent' }>['reason'],
  details: string[],
): Consistency => ({ verdict: 'not-consistent', reason, details });

const placeOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (place, key) =>
      typeof key === 'number'
        ? `${place}[${key}]`
        : place === ''
          ? String(key)
          : `${place}.${String(key)}`,
    '',
  ) || 'the file';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape and version of the text, before any content is trusted. */
function parseFile(text: string): { ok: true; file: ResultFile } | { ok: false; message: string } {
  if (typeof text !== 'string') return { ok: false, message: `The file is not text. ${FIX}` };
  if (text.length > RESULT_FILE_MAX_CHARACTERS)
    return {
      ok: false,
      message: `The file holds ${text.length.toLocaleString('en-GB')} characters; a result file is at most ${RESULT_FILE_MAX_CHARACTERS.toLocaleString('en-GB')}. Check that this is a Resolve result file (.resolve-result.json).`,
    };
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (error) {
    return {
      ok: false,
      message: `The file is not complete JSON (${error instanceof Error ? error.message : 'it could not be read'}): it may have been cut short or edited. ${FIX}`,
    };
  }
  if (!isObject(data) || data.format !== RESULT_FILE_FORMAT)
    return {
      ok: false,
      message: `format: this is not a Resolve result file (it should say "format": "${RESULT_FILE_FORMAT}"). Open a .resolve-result.json file the learner saved.`,
    };
  if (typeof data.version === 'number' && data.version > RESULT_FILE_VERSION)
    return {
      ok: false,
      message: `version: this result file was saved by a newer version of Resolve (file version ${data.version}; this one reads version ${RESULT_FILE_VERSION}). Update Resolve, then open it again.`,
    };
  const parsed = resultFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${placeOf(issue.path)}: ${issue.message}`);
    const more =
      parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return { ok: false, message: `${problems.join('; ')}${more}. ${FIX}` };
  }
  return { ok: true, file: parsed.data };
}

const listed = (
  shipped: ShippedVersions,
  kind: 'scenario' | 'knowledge-check',
  id: string,
  hash: string,
): Consistency =>
  isShipped(shipped, { kind, id, contentHash: hash })
    ? { verdict: 'consistent' }
    : shipped.versions.some((entry) => entry.kind === kind && entry.id === id)
      ? notConsistent('content-not-listed', [])
      : { verdict: 'own-scenario' };

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Where the stored orders of the choices differ from the ones the seed gives. */
function orderProblem(
  name: string,
  stored: readonly (readonly string[])[],
  replayed: readonly (readonly string[])[],
): Consistency | undefined {
  for (let index = 0; index < Math.max(stored.length, replayed.length); index += 1) {
    const was = stored[index];
    const is = replayed[index];
    if (was !== undefined && is !== undefined && was.join('\n') === is.join('\n')) continue;
    const detail = `${name}, before event ${index + 1}: stored choices ${was?.join(', ') || 'none'}, replay ${is?.join(', ') || 'none'}`;
    // The same choices in another order: the order was edited; other choices: the path was.
    return was !== undefined && is !== undefined && sameIds(was, is)
      ? notConsistent('edited-option-order', [detail])
      : notConsistent('edited-choice', [detail]);
  }
  return undefined;
}

function judgePlay(play: ResultPlay, shipped: ShippedVersions): PlayVerdict {
  const { scenario, transcript } = play;
  const name = `scenario "${scenario.id}"`;
  const verdict = (consistency: Consistency, debrief?: Debrief): PlayVerdict => ({
    scenarioId: scenario.id,
    title: scenario.title,
    consistency,
    ...(debrief === undefined ? {} : { debrief }),
  });
  const hash = contentHash(scenario);
  if (
    hash !== play.contentHash ||
    hash !== transcript.scenario.contentHash ||
    scenario.id !== transcript.scenario.id
  )
    return verdict(
      notConsistent('damaged-file', [
        `${name}: the content the file carries does not match the hash recorded with it`,
      ]),
    );
  const orders = shownOrders(scenario, transcript);
  const order = orderProblem(name, play.shownOrder.slice(0, orders.orders.length), orders.orders);
  if (order !== undefined) return verdict(order);
  if (!orders.ok)
    return verdict(
      notConsistent('edited-choice', [`${name}, event ${orders.index + 1}: ${orders.message}`]),
    );
  const longer = orderProblem(name, play.shownOrder, orders.orders);
  if (longer !== undefined) return verdict(longer);
  let replayed: ReturnType<typeof replayTranscript>;
  try {
    replayed = replayTranscript({ scenario, transcript });
  } catch (error) {
    return verdict(
      notConsistent('damaged-file', [
        `${name} cannot be played (${error instanceof Error ? error.message : String(error)})`,
      ]),
    );
  }
  if (!replayed.ok)
    return verdict(notConsistent('edited-choice', [`${name}: ${replayed.message}`]));
  const scores = judgeStoredScores(play.debrief, replayed.debrief);
  if (scores.verdict !== 'consistent') {
    const details = scores.verdict === 'not-consistent' ? scores.details : [];
    return verdict(
      notConsistent(
        'edited-score',
        details.map((detail) => `${name}: ${detail}`),
      ),
      replayed.debrief,
    );
  }
  return verdict(listed(shipped, 'scenario', scenario.id, hash), replayed.debrief);
}

function compareCheck(stored: ResultCheck['result'], replay: CheckResult): string[] {
  const differences: string[] = [];
  for (const field of ['score', 'right', 'answered'] as const)
    if (stored[field] !== replay[field])
      differences.push(`stored ${field} ${String(stored[field])}, replay ${String(replay[field])}`);
  const ids = new Set([...Object.keys(stored.criteria), ...Object.keys(replay.criteria)]);
  for (const id of [...ids].sort()) {
    const was = Object.hasOwn(stored.criteria, id) ? stored.criteria[id] : undefined;
    const is = Object.hasOwn(replay.criteria, id)
      ? replay.criteria[id as keyof CheckResult['criteria']]
      : undefined;
    if (was?.status !== is?.status || was?.score !== is?.score)
      differences.push(
        `stored criterion ${id} ${was === undefined ? 'missing' : `status "${was.status}"`}, replay ${is === undefined ? 'none' : `"${is.status}"`}`,
      );
  }
  return differences;
}

function judgeCheck(entry: ResultCheck, shipped: ShippedVersions): CheckVerdict {
  const { check, transcript } = entry;
  const name = `knowledge check "${check.id}"`;
  const verdict = (consistency: Consistency, result?: CheckResult): CheckVerdict => ({
    checkId: check.id,
    title: check.title,
    consistency,
    ...(result === undefined ? {} : { result }),
  });
  const hash = contentHash(check);
  if (
    hash !== entry.contentHash ||
    hash !== transcript.check.contentHash ||
    check.id !== transcript.check.id
  )
    return verdict(
      notConsistent('damaged-file', [
        `${name}: the content the file carries does not match the hash recorded with it`,
      ]),
    );
  let result: CheckResult;
  try {
    result = checkResult(replayCheck(check, transcript));
  } catch (error) {
    return verdict(
      notConsistent('edited-choice', [
        `${name}: ${error instanceof Error ? error.message : String(error)}`,
      ]),
    );
  }
  const differences = compareCheck(entry.result, result);
  if (differences.length > 0)
    return verdict(
      notConsistent(
        'edited-score',
        differences.map((detail) => `${name}: ${detail}`),
      ),
      result,
    );
  return verdict(listed(shipped, 'knowledge-check', check.id, hash), result);
}

function overall(parts: readonly { consistency: Consistency }[]): Consistency {
  const wrong = parts.find((part) => part.consistency.verdict === 'not-consistent');
  if (wrong !== undefined) return wrong.consistency;
  return parts.some((part) => part.consistency.verdict === 'own-scenario')
    ? { verdict: 'own-scenario' }
    : { verdict: 'consistent' };
}

/**
 * Read and replay a result file against the list of content the build has shipped. Never throws:
 * a file that cannot be read comes back with a message naming the place and the fix.
 */
export function readResultFile(
  text: string,
  options: { shipped: ShippedVersions },
): ReadResultFile {
  try {
    const parsed = parseFile(text);
    if (!parsed.ok) return damaged(parsed.message);
    const plays = parsed.file.plays.map((play) => judgePlay(play, options.shipped));
    const checks = parsed.file.checks.map((check) => judgeCheck(check, options.shipped));
    return {
      ok: true,
      file: parsed.file,
      plays,
      checks,
      consistency: overall([...plays, ...checks]),
    };
  } catch (error) {
    // A bug of ours, not the file's fault: still a message, never a crash of the gradebook.
    return damaged(
      `The file could not be checked (${error instanceof Error ? error.message : String(error)}). ${FIX}`,
    );
  }
}
