import { reviewCardSchema, type ReviewCard } from '../revision/review-card.ts';
import { reflectionSchema } from './learner-records.ts';
import { packSchema } from '../scenario/pack-schema.ts';
import type { AddedPack, CheckRecord, OwnScenarioEntry, PlayRecord } from './learner-store.ts';
import { checkScenarioFile } from '../scenario/check-file.ts';
import { SOURCE_LIMITS } from '../scenario/guard.ts';
import { finishedCheckSchema, finishedPlaySchema, readSavedPlay } from './saved-play.ts';
import type { CheckRow, FinishedRecord, OwnScenarioRow, PackRow, SavedPlayEntry } from './store.ts';

/*
 * Records read back from storage, checked: what does not validate is left out (finished plays,
 * checks, cards) or comes back with its reason (plays in progress), never trusted as it lies.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** What was read back, checked; a record that is not an intact saved play says why. */
export function entryOf(record: unknown): SavedPlayEntry {
  // The key is the record's own scenarioId (part of the store's key path), whatever its type.
  const rawKey = isObject(record) ? record.scenarioId : undefined;
  const key = typeof rawKey === 'string' ? rawKey : String(rawKey);
  const read = readSavedPlay(key, record);
  const rawSavedAt = isObject(record) ? record.savedAt : undefined;
  const savedAt = read.ok
    ? read.play.savedAt
    : typeof rawSavedAt === 'string' && rawSavedAt.length <= 40
      ? rawSavedAt
      : '';
  return { key, savedAt, read, record };
}

/** A finished play as the history gets it, or undefined when its result does not validate. */
export function playRecordOf(row: FinishedRecord): PlayRecord | undefined {
  const result = finishedPlaySchema.safeParse(row.result);
  if (!result.success) return undefined;
  const reflection = reflectionSchema.safeParse(row.reflection);
  return {
    playId: row.playId,
    savedAt: row.savedAt,
    result: result.data,
    // A reflection that does not read back is left out; the play still shows.
    ...(reflection.success ? { reflection: reflection.data } : {}),
  };
}

export function checkRecordOf(row: CheckRow): CheckRecord | undefined {
  const result = finishedCheckSchema.safeParse(row.result);
  return result.success
    ? { playId: row.playId, savedAt: row.savedAt, result: result.data }
    : undefined;
}

/** A review card without its owner, if it is one. */
export function reviewCardOf(row: Record<string, unknown>): ReviewCard | undefined {
  const { profileId: _owner, ...card } = row;
  void _owner;
  const parsed = reviewCardSchema.safeParse(card);
  return parsed.success ? parsed.data : undefined;
}

/** An added pack, if the stored one still validates (and is filed under its own id). */
export function addedPackOf(row: PackRow): AddedPack | undefined {
  const pack = packSchema.safeParse(row.pack);
  return pack.success && pack.data.id === row.packId
    ? { pack: pack.data, savedAt: String(row.savedAt).slice(0, 40) }
    : undefined;
}

// ---- Own scenarios (issue 13)
/** The longest file name kept: the diagnostics print it on every line. */
export const OWN_SCENARIO_NAME_MAX = 200;

// The menu lists own scenarios each time it shows: the same text is checked once per page.
const CHECKED_KEPT = 20;
const checked = new Map<string, ReturnType<typeof checkScenarioFile>>();
function checkedOnce(fileName: string, text: string): ReturnType<typeof checkScenarioFile> {
  const key = `${fileName}\n${text}`;
  const known = checked.get(key);
  if (known !== undefined) return known;
  const fresh = checkScenarioFile(fileName, text);
  if (checked.size >= CHECKED_KEPT) checked.delete(checked.keys().next().value ?? '');
  checked.set(key, fresh);
  return fresh;
}

/**
 * An own scenario's record, checked again as `resolve validate` checks the file; undefined when
 * the record is not text filed under the id its scenario has (it could not have been saved so).
 */
export function ownScenarioOf(row: OwnScenarioRow): OwnScenarioEntry | undefined {
  const { text } = row;
  if (typeof text !== 'string' || text.length > SOURCE_LIMITS.bytes) return undefined;
  const fileName = String(row.fileName).slice(0, OWN_SCENARIO_NAME_MAX);
  const checked = checkedOnce(fileName, text);
  const id = checked.loaded?.id;
  if (id !== undefined && id !== row.scenarioId) return undefined;
  return {
    scenarioId: row.scenarioId,
    fileName,
    text,
    savedAt: String(row.savedAt).slice(0, 40),
    lines: checked.lines,
    ...(checked.scenario !== undefined ? { scenario: checked.scenario } : {}),
  };
}
// ---- end own scenarios
