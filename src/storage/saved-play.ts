import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { checkTranscriptSchema } from '../engine/check-transcript.ts';
import { canonicalJson } from '../engine/hash.ts';
import { parseTranscript, transcriptSchema } from '../engine/transcript-schema.ts';
import type { Transcript } from '../engine/types.ts';
import { timingModeSchema } from '../scenario/pack-schema.ts';
import { z } from '../scenario/zod.ts';

const scenarioId = z.string().min(1).max(80);
// Control characters never belong in a title; a record holding them was damaged on the way.
const plainText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'text without control characters');
const scenarioTitle = plainText(200);
const packId = z.string().max(80);
/** Whose choice the timing was: the learner's own setting, the pack's, or the default. */
const timingSource = z.enum(['learner', 'pack', 'default']);

/** The most steps a transcript holds (the transcript schema's limit). */
const MAX_STEPS = 10_000;

/** The layout of a saved play this version of the game writes; a higher one is a newer game's. */
export const SAVED_PLAY_VERSION = 2;

/**
 * A play in progress, saved after every step: the learner's transcript so far (resume replays it;
 * nothing else positions the play) plus what the menu needs to offer "Continue" without loading
 * the scenario. `check` is a fingerprint of the rest, so a record changed after it was saved is
 * known as damaged instead of resuming a play the learner never made.
 */
const savedPlayFields = z.object({
  format: z.literal('resolve-play'),
  version: z.literal(SAVED_PLAY_VERSION),
  scenarioId,
  scenarioTitle,
  packId: packId.optional(),
  timing: z.object({ mode: timingModeSchema, source: timingSource }),
  /** How many events the transcript holds: a second witness against a truncated transcript. */
  step: z.number().int().min(0),
  nodeTitle: plainText(200).optional(),
  savedAt: z.iso.datetime(),
  transcript: transcriptSchema,
});
export const savedPlaySchema = savedPlayFields.extend({
  check: z.string().regex(/^[0-9a-f]{64}$/, 'a sha-256 fingerprint in hex'),
});
export type SavedPlay = z.infer<typeof savedPlaySchema>;
export type UnsignedSavedPlay = z.infer<typeof savedPlayFields>;

const fingerprint = (play: UnsignedSavedPlay): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalJson(play))));

/** A saved play with its fingerprint: the only way the game makes one. */
export function signSavedPlay(play: UnsignedSavedPlay): SavedPlay {
  const { check: _ignored, ...fields } = play as SavedPlay;
  void _ignored;
  return { ...fields, check: fingerprint(fields) };
}

/** A finished play, kept for the learner's history and export; its transcript replays the score. */
export const finishedPlaySchema = z.object({
  format: z.literal('resolve-result'),
  version: z.literal(1),
  scenarioId,
  scenarioTitle,
  packId: packId.optional(),
  timingSource,
  finishedAt: z.string().max(40),
  transcript: transcriptSchema,
});
export type FinishedPlay = z.infer<typeof finishedPlaySchema>;

/** A finished (or given-up) knowledge check, kept for the learner's history and export. */
export const finishedCheckSchema = z.object({
  format: z.literal('resolve-check-result'),
  version: z.literal(1),
  checkId: z.string().min(1).max(80),
  checkTitle: plainText(200),
  packId: packId.optional(),
  finishedAt: z.string().max(40),
  transcript: checkTranscriptSchema,
});
export type FinishedCheck = z.infer<typeof finishedCheckSchema>;

/**
 * A saved play as read back, or why it cannot be continued. A record that cannot be continued is
 * still shown and kept: `transcript` is what can be salvaged of it, for an incomplete debrief.
 */
export type SavedPlayRead =
  | { ok: true; play: SavedPlay }
  | {
      ok: false;
      problem: 'damaged' | 'newer-version';
      /** What exactly is wrong, for the learner's tutor or a bug report. */
      detail: string;
      /** The title to show: the record's own if it is readable, else its key. */
      title: string;
      scenarioId: string;
      transcript: Transcript | null;
    };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const readableText = (value: unknown, fallback: string): string =>
  typeof value === 'string' && value.length > 0
    ? // eslint-disable-next-line no-control-regex
      value.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || fallback
    : fallback;

/**
 * Check a progress record read from storage, filed under `key`. Never throws: anything other than
 * an intact saved play of this version comes back with its reason.
 */
export function readSavedPlay(key: string, record: unknown): SavedPlayRead {
  const snapshot = isObject(record) ? record.snapshot : undefined;
  const fields = isObject(snapshot) ? snapshot : {};
  const refuse = (
    problem: 'damaged' | 'newer-version',
    detail: string,
  ): SavedPlayRead & { ok: false } => {
    // Version 1 kept the transcript inside the engine's session.
    const transcript =
      fields.transcript ?? (isObject(fields.session) ? fields.session.transcript : undefined);
    const salvaged = parseTranscript(transcript);
    return {
      ok: false,
      problem,
      detail,
      title: readableText(fields.scenarioTitle, key),
      scenarioId: key,
      transcript: salvaged.ok ? salvaged.transcript : null,
    };
  };
  if (!isObject(snapshot)) return refuse('damaged', 'the record holds no saved play');
  if (
    snapshot.format === 'resolve-play' &&
    typeof snapshot.version === 'number' &&
    snapshot.version > SAVED_PLAY_VERSION
  ) {
    return refuse(
      'newer-version',
      `it is in layout ${String(snapshot.version)}, and this page reads up to layout ${SAVED_PLAY_VERSION}`,
    );
  }
  if (
    snapshot.format === 'resolve-play' &&
    typeof snapshot.version === 'number' &&
    snapshot.version < SAVED_PLAY_VERSION
  ) {
    return refuse(
      'damaged',
      `it is in an older layout (${String(snapshot.version)}) that could not be brought up to date`,
    );
  }
  // Checked before the schema, so a runaway record is not parsed item by item.
  const events = isObject(snapshot.transcript) ? snapshot.transcript.events : undefined;
  if (Array.isArray(events) && events.length > MAX_STEPS) {
    return {
      ok: false,
      problem: 'damaged',
      detail: `its transcript holds ${events.length} steps; a play has at most ${MAX_STEPS}`,
      title: readableText(fields.scenarioTitle, key),
      scenarioId: key,
      transcript: null,
    };
  }
  const parsed = savedPlaySchema.safeParse(snapshot);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue?.path.map(String).join('.') || 'the record';
    return refuse('damaged', `${where}: ${issue?.message ?? 'not a saved play'}`);
  }
  const play = parsed.data;
  if (play.scenarioId !== key) {
    return refuse('damaged', `it is filed under "${key}" but holds a play of "${play.scenarioId}"`);
  }
  if (
    play.transcript.scenario.id !== play.scenarioId ||
    play.transcript.timing !== play.timing.mode
  ) {
    return refuse(
      'damaged',
      'its transcript is for another scenario or timing than the record says',
    );
  }
  if (play.step !== play.transcript.events.length) {
    return refuse(
      'damaged',
      `it says ${play.step} steps were taken but its transcript holds ${play.transcript.events.length}`,
    );
  }
  const { check, ...unsigned } = play;
  if (fingerprint(unsigned) !== check) {
    return refuse(
      'damaged',
      'it was changed after it was saved, so its fingerprint no longer matches',
    );
  }
  return { ok: true, play };
}

/** A saved play as version 1 of the game wrote it, with the engine's machine state beside the transcript. */
const savedPlayV1Schema = z.object({
  format: z.literal('resolve-play'),
  version: z.literal(1),
  scenarioId,
  scenarioTitle: z.string().min(1).max(200),
  packId: packId.optional(),
  timing: z.object({ mode: timingModeSchema, source: timingSource }),
  step: z.number().int().min(0),
  nodeTitle: z.string().max(200).optional(),
  savedAt: z.string().max(40),
  session: z.object({ transcript: z.unknown() }),
});

/**
 * A version 1 saved play in this version's layout: its transcript kept, its machine state dropped
 * (resume replays the transcript instead). Undefined when the record is not a readable version 1
 * play: the migration then leaves it as it is, and the menu says it is damaged.
 */
export function savedPlayFromV1(snapshot: unknown): SavedPlay | undefined {
  const old = savedPlayV1Schema.safeParse(snapshot);
  if (!old.success) return undefined;
  const { session, version: _version, ...rest } = old.data;
  void _version;
  const upgraded = savedPlayFields.safeParse({
    ...rest,
    version: SAVED_PLAY_VERSION,
    savedAt: rest.savedAt,
    transcript: session.transcript,
  });
  return upgraded.success ? signSavedPlay(upgraded.data) : undefined;
}
