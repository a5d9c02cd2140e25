import type { Debrief } from './debrief.ts';

/*
 * A result file carries its own scores, and a file can be edited. Replay recomputes them from the
 * transcript; this module says whether the file's claims agree with the replay, in the words every
 * reader of results uses (`resolve replay`, and the tutors' gradebook). Replay shows a result is
 * consistent, not who made it: the words never say "verified".
 */

export type InconsistencyReason =
  'edited-score' | 'edited-choice' | 'edited-option-order' | 'content-not-listed' | 'damaged-file';

export type Consistency =
  | { verdict: 'consistent' }
  | { verdict: 'not-consistent'; reason: InconsistencyReason; details: string[] }
  /** Consistent with the scenario the file carries, which the build does not know. */
  | { verdict: 'own-scenario' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** A stored value as a reader sees it, whatever its type. */
const shown = (value: unknown): string =>
  value === null
    ? 'none'
    : typeof value === 'string'
      ? `"${value}"`
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : Array.isArray(value)
          ? 'a list'
          : typeof value === 'object'
            ? 'an object'
            : value === undefined
              ? 'missing'
              : typeof value;

/** Scores by id in a stored debrief part (criteria or techniques), read without trusting its shape. */
function scoresIn(
  part: unknown,
  field: 'status' | 'score',
): Map<string, unknown> | 'not-an-object' | undefined {
  if (part === undefined) return undefined;
  if (!isRecord(part)) return 'not-an-object';
  const found = new Map<string, unknown>();
  for (const [id, result] of Object.entries(part))
    found.set(id, isRecord(result) ? own(result, field) : result);
  return found;
}

function compareById(
  what: string,
  field: 'status' | 'score',
  stored: unknown,
  replayed: Partial<Record<string, { status?: unknown; score?: unknown }>>,
  differences: string[],
): void {
  const claims = scoresIn(stored, field);
  if (claims === undefined) return;
  if (claims === 'not-an-object') {
    differences.push(`stored ${what}s are ${shown(stored)}, not a list by id`);
    return;
  }
  const ids = new Set([...claims.keys(), ...Object.keys(replayed)]);
  for (const id of [...ids].sort()) {
    const claim = claims.get(id);
    const result = Object.hasOwn(replayed, id) ? replayed[id] : undefined;
    if (!claims.has(id)) continue; // a file may carry fewer results than the replay gives
    if (result === undefined) {
      differences.push(
        `stored ${what} ${id} ${field} ${shown(claim)}, replay has no ${what} ${id}`,
      );
    } else if (claim !== result[field]) {
      differences.push(
        `stored ${what} ${id} ${field} ${shown(claim)}, replay ${shown(result[field])}`,
      );
    }
  }
}

/**
 * Every place where the scores a file stores differ from its replay, as "stored overall 100,
 * replay 0". Fields the file leaves out are not compared; fields of the wrong type are differences.
 */
export function compareStoredScores(stored: unknown, replayed: Debrief): string[] {
  if (!isRecord(stored)) return [`the stored result is ${shown(stored)}, not a debrief`];
  const differences: string[] = [];
  if (Object.hasOwn(stored, 'overall') && own(stored, 'overall') !== replayed.overall)
    differences.push(
      `stored overall ${shown(own(stored, 'overall'))}, replay ${shown(replayed.overall)}`,
    );
  if (Object.hasOwn(stored, 'complete') && own(stored, 'complete') !== replayed.complete)
    differences.push(
      `stored complete ${shown(own(stored, 'complete'))}, replay ${shown(replayed.complete)}`,
    );
  if (Object.hasOwn(stored, 'ending')) {
    const ending = own(stored, 'ending');
    const storedId = isRecord(ending) ? own(ending, 'id') : ending;
    const storedKind = isRecord(ending) ? own(ending, 'kind') : undefined;
    const replayId = replayed.ending?.id ?? null;
    if (storedId !== replayId || (isRecord(ending) && storedKind !== replayed.ending?.kind))
      differences.push(
        `stored ending ${shown(storedId)}${storedKind === undefined ? '' : ` (${shown(storedKind)})`}, replay ${shown(replayId)}${replayed.ending === null ? '' : ` (${shown(replayed.ending.kind)})`}`,
      );
  }
  compareById('criterion', 'status', own(stored, 'criteria'), replayed.criteria, differences);
  compareById('criterion', 'score', own(stored, 'criteria'), replayed.criteria, differences);
  compareById('technique', 'score', own(stored, 'techniques'), replayed.techniques, differences);
  return differences;
}

/** The verdict on a file whose transcript replayed: consistent, or not with the edited scores named. */
export function judgeStoredScores(stored: unknown, replayed: Debrief): Consistency {
  const details = compareStoredScores(stored, replayed);
  return details.length === 0
    ? { verdict: 'consistent' }
    : { verdict: 'not-consistent', reason: 'edited-score', details };
}

const REASON_WORDS: Record<InconsistencyReason, string> = {
  'edited-score': 'a stored score differs from the replay',
  'edited-choice': 'a recorded choice cannot have been made in this scenario',
  'edited-option-order': 'the recorded option order differs from the one its seed gives',
  'content-not-listed': 'the scenario content is not a version this build has shipped',
  'damaged-file': 'the file is damaged',
};

/**
 * The one line every reader of results prints: "consistent", "tutor's own scenario", or
 * "not consistent: stored overall 100, replay 0" (the details, or the reason when there are none).
 */
export function consistencyWords(consistency: Consistency): string {
  switch (consistency.verdict) {
    case 'consistent':
      return 'consistent';
    case 'own-scenario':
      return "tutor's own scenario";
    case 'not-consistent':
      return `not consistent: ${consistency.details.length > 0 ? consistency.details.join('; ') : REASON_WORDS[consistency.reason]}`;
  }
}

/**
 * The verdict and its reason without the details, for a table cell where the details go beside
 * it: "consistent", "tutor's own scenario", "not consistent: the file is damaged".
 */
export function consistencyReasonWords(consistency: Consistency): string {
  return consistency.verdict === 'not-consistent'
    ? `not consistent: ${REASON_WORDS[consistency.reason]}`
    : consistencyWords(consistency);
}
