import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ProgressRecord, ResultRecord } from './store.ts';

export const DB_NAME = 'resolve';

export interface ResolveDb extends DBSchema {
  progress: { key: string; value: ProgressRecord };
  results: { key: number; value: ResultRecord };
  settings: { key: string; value: unknown };
}

export const SETTINGS_KEY = 'settings';

type UpgradeTransaction = IDBPTransaction<ResolveDb, StoreNames<ResolveDb>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<ResolveDb>, transaction: UpgradeTransaction) => void;

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
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs every migration between the version on disk and ours, in order. */
export function migrate(
  db: IDBPDatabase<ResolveDb>,
  oldVersion: number,
  transaction: UpgradeTransaction,
): void {
  for (let version = oldVersion; version < DB_VERSION; version += 1) {
    MIGRATIONS[version]?.(db, transaction);
  }
}
