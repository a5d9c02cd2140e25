import type { SavedPlayRead } from './saved-play.ts';

/*
 * How records lie on disk (database version 5). Every record of a learner carries the id of the
 * profile it belongs to as the first part of its key, so a profile's records are one key range:
 * nothing is found, changed or removed outside it. What a record holds beyond its key is checked
 * when it is read, never trusted.
 */

/** One saved game in progress, filed under [profileId, scenarioId]. */
export interface ProgressRecord {
  profileId: string;
  scenarioId: string;
  /** ISO 8601 time of the save. */
  savedAt: string;
  snapshot: unknown;
}

/**
 * A finished play, filed under [profileId, playId]. `result` is checked against the schema when
 * read; a record copied from an older database that does not validate is kept as it was.
 */
export interface FinishedRecord {
  profileId: string;
  playId: string;
  savedAt: string;
  result: unknown;
  reflection?: unknown;
}

/** A finished knowledge check, filed under [profileId, playId]. */
export interface CheckRow {
  profileId: string;
  playId: string;
  savedAt: string;
  result: unknown;
}

/** A review card with its owner, filed under [profileId, checkId, questionId]. */
export interface ReviewRow {
  profileId: string;
  checkId: string;
  questionId: string;
  [field: string]: unknown;
}

/**
 * A pack the learner added from a link or a file (issue 13), filed under [profileId, packId].
 * `pack` is checked against the pack schema when read.
 */
export interface PackRow {
  profileId: string;
  packId: string;
  savedAt: string;
  pack: unknown;
}

// ---- Own scenarios (issue 13)
/**
 * A tutor's own scenario, filed under [profileId, scenarioId]: the YAML text as opened, checked
 * again as `resolve validate` checks it each time it is read, so a later version of Resolve that
 * reads the language differently says so instead of playing it.
 */
export interface OwnScenarioRow {
  profileId: string;
  scenarioId: string;
  /** The file's name as opened: the diagnostics name it. */
  fileName: string;
  savedAt: string;
  text: unknown;
}
// ---- end own scenarios

/** A profile as stored: checked against the profile schema when read. */
export interface StoredProfile {
  id: string;
  [field: string]: unknown;
}

/** What the device remembers outside any profile. */
export interface DeviceRecord {
  lastProfileId?: string | undefined;
}

/** The tables of a profile's records; each is keyed [profileId, ...]. */
export interface ProfileTables {
  inProgress: ProgressRecord;
  finished: FinishedRecord;
  checks: CheckRow;
  reviews: ReviewRow;
  packs: PackRow;
  ownScenarios: OwnScenarioRow;
}
export type ProfileTable = keyof ProfileTables;
export const PROFILE_TABLES: readonly ProfileTable[] = [
  'inProgress',
  'finished',
  'checks',
  'reviews',
  'packs',
  'ownScenarios',
];

/** The key of a record within its profile, without the profile id. */
export type RecordKey = readonly string[];

/**
 * One saved play as the game gets it back: intact, or with the reason it cannot be continued. Every
 * record in storage comes back as one, so nothing the learner saved silently disappears.
 */
export interface SavedPlayEntry {
  /** The key the record is filed under: the scenario's id, for a record the game wrote. */
  key: string;
  /** ISO 8601 time of the save, if the record says; '' when it does not. */
  savedAt: string;
  read: SavedPlayRead;
  /** The record exactly as stored, for the learner to export. */
  record: unknown;
}

/** Everything on the device, as copied from a failing store into memory. */
export interface DeviceDump {
  profiles: unknown[];
  device: unknown;
  settings: [string, unknown][];
  tables: { [T in ProfileTable]: ProfileTables[T][] };
}

/**
 * The raw operations a backend offers; the fallback wrapper adds the never-throw promise. Every
 * operation on a profile's records takes the profile id and touches only that profile's key range.
 */
export interface StoreBackend {
  allProfiles(): Promise<unknown[]>;
  putProfile(profile: StoredProfile): Promise<void>;
  deleteProfile(profileId: string): Promise<void>;
  getDevice(): Promise<unknown>;
  putDevice(record: DeviceRecord): Promise<void>;

  get<T extends ProfileTable>(
    table: T,
    profileId: string,
    key: RecordKey,
  ): Promise<ProfileTables[T] | undefined>;
  /** The record must carry its profile id and key fields. */
  put<T extends ProfileTable>(table: T, record: ProfileTables[T]): Promise<void>;
  delete(table: ProfileTable, profileId: string, key: RecordKey): Promise<void>;
  /** Every record of the profile in this table, in key order. */
  all<T extends ProfileTable>(table: T, profileId: string): Promise<ProfileTables[T][]>;
  /** Removes every record of the profile in this table. */
  clear(table: ProfileTable, profileId: string): Promise<void>;

  getSettings(profileId: string): Promise<unknown>;
  putSettings(profileId: string, value: unknown): Promise<void>;
  deleteSettings(profileId: string): Promise<void>;

  /** Everything, for copying into memory. */
  dump(): Promise<DeviceDump>;
  close(): void;
}

/** The fields after the profile id that make up each table's key. */
export const KEY_FIELDS: { readonly [T in ProfileTable]: readonly string[] } = {
  inProgress: ['scenarioId'],
  finished: ['playId'],
  checks: ['playId'],
  reviews: ['checkId', 'questionId'],
  packs: ['packId'],
  ownScenarios: ['scenarioId'],
};

/** The key of a record within its profile, read from its own fields. */
export const keyOf = (table: ProfileTable, record: object): RecordKey =>
  KEY_FIELDS[table].map((field) => String((record as Record<string, unknown>)[field]));
