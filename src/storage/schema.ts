import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { savedPlayFromV1 } from './saved-play.ts';
import type { ProgressRecord, ResultRecord } from './store.ts';

export const DB_NAME = 'resolve';

export interface ResolveDb extends DBSchema {
  progress: { key: string; value: ProgressRecord };
  results: { key: number; value: ResultRecord };
  settings: { key: string; value: unknown };
}

export const SETTINGS_KEY = 'settings';

type UpgradeTransaction = IDBPTransaction<ResolveDb, StoreNames<ResolveDb>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<ResolveDb>, transaction: UpgradeTransaction) => unknown;

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
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs every migration between the version on disk and ours, in order. */
export function migrate(
  db: IDBPDatabase<ResolveDb>,
  oldVersion: number,
  transaction: UpgradeTransaction,
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
        ? pending.then(() => step(db, transaction))
        : step(db, transaction);
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
