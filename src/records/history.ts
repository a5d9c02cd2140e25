import { statusInWords } from '../curriculum/evidence.ts';
import { canonicalJson } from '../engine/hash.ts';
import type { Transcript } from '../engine/types.ts';
import type { Outcome } from '../scenario/schema.ts';
import { statusOf } from '../scoring/tally.ts';
import type { PlayRecord } from '../storage/learner-store.ts';
import type { ScoredPlay } from './scored-play.ts';

/*
 * The learner's finished plays as the menu's history lists them: newest first, each with the
 * outcome and overall score worked out again from its transcript (scorePlay), never a stored number.
 */

/** What one finished play reached, or why it can no longer be scored. */
export type PlayResult =
  | {
      ok: true;
      /** 0–100, or null for a play that stopped before an ending. */
      overall: number | null;
      /** The overall score's status in words ("partly shown"), as the criteria use them. */
      overallWords: string | null;
      outcome: Outcome | null;
      acceptable: boolean;
    }
  | { ok: false; problem: string };

export interface HistoryRow {
  playId: string;
  scenarioId: string;
  title: string;
  packId?: string;
  /** ISO 8601: when the play was saved. */
  savedAt: string;
  result: PlayResult;
  hasReflection: boolean;
}

/** The result a scored play reached, in the terms the history and summaries show. */
export function resultOf(play: ScoredPlay): PlayResult {
  if (!play.ok) return { ok: false, problem: play.problem };
  const { overall, ending } = play.debrief;
  return {
    ok: true,
    overall,
    overallWords: overall === null ? null : statusInWords(statusOf(overall)),
    outcome: ending?.kind ?? null,
    acceptable: ending?.acceptable ?? false,
  };
}

/** Newest first; plays saved at the same moment keep a stable order by id. */
export function newestFirst<T extends { record: PlayRecord }>(plays: readonly T[]): T[] {
  return [...plays].sort(
    (a, b) =>
      b.record.savedAt.localeCompare(a.record.savedAt) ||
      a.record.playId.localeCompare(b.record.playId),
  );
}

export function historyRows(plays: readonly ScoredPlay[]): HistoryRow[] {
  return newestFirst(plays).map((play) => {
    const { record } = play;
    const { packId } = record.result;
    return {
      playId: record.playId,
      scenarioId: record.result.scenarioId,
      title: record.result.scenarioTitle,
      ...(packId ? { packId } : {}),
      savedAt: record.savedAt,
      result: resultOf(play),
      hasReflection: record.reflection !== undefined,
    };
  });
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The calendar day and clock time of an instant in a time zone (the learner's, unless given). */
function partsOf(date: Date, timeZone: string | undefined) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string): number =>
    Number(parts.find((each) => each.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    time: `${String(part('hour')).padStart(2, '0')}:${String(part('minute')).padStart(2, '0')}`,
  };
}

const dayNumber = (parts: { year: number; month: number; day: number }): number =>
  Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;

/**
 * A date the way a person says it: "today at 14:05", "yesterday at 09:30", "3 days ago", or
 * "2 December 2026". `now` is injected so the words are stable in tests.
 */
export function dateInWords(iso: string, now: Date, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'on an unknown date';
  const then = partsOf(date, timeZone);
  const days = dayNumber(partsOf(now, timeZone)) - dayNumber(then);
  if (days === 0) return `today at ${then.time}`;
  if (days === 1) return `yesterday at ${then.time}`;
  if (days > 1 && days < 7) return `${days} days ago`;
  return `${then.day} ${MONTHS[then.month - 1]} ${then.year}`;
}

/**
 * The stored record of the play that has just finished: the newest of that scenario whose
 * transcript is this one, event for event.
 */
export function recordOfTranscript(
  records: readonly PlayRecord[],
  transcript: Transcript,
): PlayRecord | undefined {
  const wanted = canonicalJson(transcript);
  return newestFirst(records.map((record) => ({ record }))).find(
    ({ record }) =>
      record.result.scenarioId === transcript.scenario.id &&
      canonicalJson(record.result.transcript) === wanted,
  )?.record;
}
