import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, SETTINGS_KEY, migrate, type ResolveDb } from './schema.ts';
import type { ProgressRecord, RawStoredResult, ResultRecord, StoreBackend } from './store.ts';

export interface IndexedDbBackendOptions {
  name: string;
  /** Called when the browser closes the connection under us, or a newer tab needs it closed. */
  onLost: () => void;
}

export async function openIndexedDbBackend(
  options: IndexedDbBackendOptions,
): Promise<StoreBackend> {
  if (typeof indexedDB === 'undefined') {
    throw new DOMException('IndexedDB is not available', 'NotSupportedError');
  }
  const db = await openDB<ResolveDb>(options.name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      migrate(database, oldVersion, transaction);
    },
    // Another tab with a newer version wants to upgrade: let it, and carry on in memory here.
    blocking() {
      db.close();
      options.onLost();
    },
    terminated: options.onLost,
  });
  return new IndexedDbBackend(db);
}

class IndexedDbBackend implements StoreBackend {
  constructor(private readonly db: IDBPDatabase<ResolveDb>) {}

  async putProgress(record: ProgressRecord): Promise<void> {
    await this.db.put('progress', record);
  }

  getProgress(scenarioId: string): Promise<ProgressRecord | undefined> {
    return this.db.get('progress', scenarioId);
  }

  allProgress(): Promise<ProgressRecord[]> {
    return this.db.getAll('progress');
  }

  deleteProgress(scenarioId: string): Promise<void> {
    return this.db.delete('progress', scenarioId);
  }

  addResult(record: ResultRecord): Promise<number> {
    return this.db.add('results', record);
  }

  async allResults(): Promise<RawStoredResult[]> {
    const transaction = this.db.transaction('results');
    const results: RawStoredResult[] = [];
    for await (const cursor of transaction.store) {
      results.push({ ...cursor.value, id: cursor.key });
    }
    await transaction.done;
    return results;
  }

  getSettings(): Promise<unknown> {
    return this.db.get('settings', SETTINGS_KEY);
  }

  async putSettings(value: unknown): Promise<void> {
    await this.db.put('settings', value, SETTINGS_KEY);
  }

  close(): void {
    this.db.close();
  }
}
