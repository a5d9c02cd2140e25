import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { finishedPlaySchema, savedPlayFromV1 } from './saved-play.ts';
import { playIdOf } from './play-id.ts';
import type {
  CheckRow,
  DeviceRecord,
  FinishedRecord,
  ProgressRecord,
  PackRow,
  OwnScenarioRow,
  ReviewRow,
  StoredProfile,
} from './store.ts';

export const DB_NAME = 'resolve';

/** The profile every database starts with, so the game never asks for a name before a first play. */
export const FIRST_PROFILE = { id: 'learner', name: 'Learner', sharedComputer: false } as const;

export const DEVICE_KEY = 'device';

export interface ResolveDb extends DBSchema {
  profiles: { key: string; value: StoredProfile };
  inProgress: { key: [string, string]; value: ProgressRecord };
  finished: { key: [string, string]; value: FinishedRecord; indexes: { profileId: string } };
  checks: { key: [string, string]; value: CheckRow };
  reviews: { key: [string, string, string]; value: ReviewRow };
  /** Packs the learner added from a link or a file (version 4). */
  packs: { key: [string, string]; value: PackRow };
  // ---- Own scenarios (issue 13)
  /** A tutor's own scenarios, as YAML text (version 5). */
  ownScenarios: { key: [string, string]; value: OwnScenarioRow };
  // ---- end own scenarios
  /** Each profile's settings, filed under its id. */
  settings: { key: string; value: unknown };
  device: { key: string; value: DeviceRecord };
  /** Versions 1 and 2 only: plays in progress filed under the scenario id. */
  progress: { key: string; value: { scenarioId: string; savedAt: string; snapshot: unknown } };
  /** Versions 1 and 2 only: finished plays under an automatic number. */
  results: { key: number; value: unknown };
}

type UpgradeTransaction = IDBPTransaction<ResolveDb, StoreNames<ResolveDb>[], 'versionchange'>;
export interface MigrationContext {
  /** The clock for records a migration makes (the first profile's `createdAt`). */
  now: () => Date;
}
type Migration = (
  db: IDBPDatabase<ResolveDb>,
  transaction: UpgradeTransaction,
  context: MigrationContext,
) => unknown;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The id a finished play of version 2 keeps in version 3: its result's own id when it is a
 * result, else the id of the whole record (so a damaged record is kept, under an id of its own).
 */
function legacyPlayId(record: unknown): string {
  if (isObject(record)) {
    const parsed = finishedPlaySchema.safeParse(record.result);
    if (parsed.success) return playIdOf(parsed.data);
  }
  try {
    return playIdOf(record);
  } catch {
    // A record canonical JSON cannot walk (it refers to itself): keyed by its type alone.
    return playIdOf(`unreadable ${typeof record}`);
  }
}

/**
 * Migration n takes the database from version n to n + 1. Never edit one that has shipped: add a
 * new one, which moves or reshapes data through the upgrade transaction.
 */
export const MIGRATIONS: readonly Migration[] = [
  (db) => {
    db.createObjectStore('progress', { keyPath: 'scenarioId' });
    db.createObjectStore('results', { autoIncrement: true });
    db.createObjectStore('settings');
  },
  // Saved plays keep the transcript alone (resume replays it) and a fingerprint; the engine's
  // machine state goes. A record that is not a readable version 1 play is left as it is: the menu
  // shows it as damaged, and nothing the learner saved is deleted.
  async (_db, transaction) => {
    const progress = transaction.objectStore('progress');
    for (let cursor = await progress.openCursor(); cursor; cursor = await cursor.continue()) {
      const record: unknown = cursor.value;
      const upgraded =
        typeof record === 'object' && record !== null && 'snapshot' in record
          ? savedPlayFromV1(record.snapshot)
          : undefined;
      if (upgraded !== undefined) await cursor.update({ ...cursor.value, snapshot: upgraded });
    }
  },
  // Profiles (issue 12). Everything kept so far belongs to a first profile, "Learner", which a new
  // database gets too. Plays in progress and finished plays move to stores keyed by profile
  // first; records that do not validate move as they are, so nothing the learner saved is lost.
  async (db, transaction, { now }) => {
    const profileId = FIRST_PROFILE.id;
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('inProgress', { keyPath: ['profileId', 'scenarioId'] });
    const finished = db.createObjectStore('finished', { keyPath: ['profileId', 'playId'] });
    finished.createIndex('profileId', 'profileId');
    db.createObjectStore('checks', { keyPath: ['profileId', 'playId'] });
    db.createObjectStore('reviews', { keyPath: ['profileId', 'checkId', 'questionId'] });
    db.createObjectStore('device');

    await transaction
      .objectStore('profiles')
      .put({ ...FIRST_PROFILE, createdAt: now().toISOString() });
    await transaction.objectStore('device').put({ lastProfileId: profileId }, DEVICE_KEY);

    const progress = transaction.objectStore('progress');
    const inProgress = transaction.objectStore('inProgress');
    for (let cursor = await progress.openCursor(); cursor; cursor = await cursor.continue()) {
      await inProgress.put({ ...cursor.value, profileId, scenarioId: cursor.value.scenarioId });
    }
    db.deleteObjectStore('progress');

    const results = transaction.objectStore('results');
    const finishedStore = transaction.objectStore('finished');
    for (let cursor = await results.openCursor(); cursor; cursor = await cursor.continue()) {
      const record: unknown = cursor.value;
      const playId = legacyPlayId(record);
      // The same play saved twice is one play: the first saved is kept.
      if ((await finishedStore.getKey([profileId, playId])) !== undefined) continue;
      const moved: FinishedRecord = isObject(record)
        ? {
            ...record,
            profileId,
            playId,
            savedAt: typeof record.savedAt === 'string' ? record.savedAt : '',
            result: record.result,
          }
        : { profileId, playId, savedAt: '', result: record };
      await finishedStore.put(moved);
    }
    db.deleteObjectStore('results');

    const settings = transaction.objectStore('settings');
    const old: unknown = await settings.get('settings');
    if (old !== undefined) {
      await settings.put(old, profileId);
      await settings.delete('settings');
    }
  },
  // Packs a tutor shared (issue 13), kept per profile like every other record of a learner.
  (db) => {
    db.createObjectStore('packs', { keyPath: ['profileId', 'packId'] });
  },
  // ---- Own scenarios (issue 13)
  // A tutor's own scenario files, kept per profile like packs.
  (db) => {
    db.createObjectStore('ownScenarios', { keyPath: ['profileId', 'scenarioId'] });
  },
  // ---- end own scenarios
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs every migration between the version on disk and ours, in order. */
export function migrate(
  db: IDBPDatabase<ResolveDb>,
  oldVersion: number,
  transaction: UpgradeTransaction,
  context: MigrationContext,
): void {
  // A step that reads records goes on after the one before has finished, on the same upgrade
  // transaction; a step that only makes stores runs at once, while the transaction is still
  // active. idb resolves the open only once the transaction is done.
  let pending: unknown;
  for (let version = oldVersion; version < DB_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (step === undefined) continue;
    pending =
      pending instanceof Promise
        ? pending.then(() => step(db, transaction, context))
        : step(db, transaction, context);
  }
  if (pending instanceof Promise) {
    pending.catch(() => {
      // Abort rather than open half-migrated: the store then works in memory and says why.
      try {
        transaction.abort();
      } catch {
        // The transaction had already ended.
      }
    });
  }
}
