import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, DEVICE_KEY, migrate, type ResolveDb } from './schema.ts';
import {
  PROFILE_TABLES,
  type DeviceDump,
  type DeviceRecord,
  type ProfileTable,
  type ProfileTables,
  type RecordKey,
  type StoreBackend,
} from './store.ts';

export interface IndexedDbBackendOptions {
  name: string;
  /** Called when the browser closes the connection under us, or a newer tab needs it closed. */
  onLost: () => void;
  /** The clock for what a migration makes. */
  now: () => Date;
}

export async function openIndexedDbBackend(
  options: IndexedDbBackendOptions,
): Promise<StoreBackend> {
  if (typeof indexedDB === 'undefined') {
    throw new DOMException('IndexedDB is not available', 'NotSupportedError');
  }
  const db = await openDB<ResolveDb>(options.name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      migrate(database, oldVersion, transaction, { now: options.now });
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

/** Every key of one profile: [profileId, ...] sorts below [profileId, []] (arrays after strings). */
const rangeOf = (profileId: string): IDBKeyRange => IDBKeyRange.bound([profileId], [profileId, []]);

// idb types each store's key exactly; the tables here are handled alike, so keys are built loosely.
type AnyKey = never;
const keyFor = (profileId: string, key: RecordKey): AnyKey => [profileId, ...key] as never;

class IndexedDbBackend implements StoreBackend {
  constructor(private readonly db: IDBPDatabase<ResolveDb>) {}

  allProfiles(): Promise<unknown[]> {
    return this.db.getAll('profiles');
  }

  async putProfile(profile: { id: string }): Promise<void> {
    await this.db.put('profiles', profile);
  }

  deleteProfile(profileId: string): Promise<void> {
    return this.db.delete('profiles', profileId);
  }

  getDevice(): Promise<unknown> {
    return this.db.get('device', DEVICE_KEY);
  }

  async putDevice(record: DeviceRecord): Promise<void> {
    await this.db.put('device', record, DEVICE_KEY);
  }

  async get<T extends ProfileTable>(
    table: T,
    profileId: string,
    key: RecordKey,
  ): Promise<ProfileTables[T] | undefined> {
    return (await this.db.get(table, keyFor(profileId, key))) as ProfileTables[T] | undefined;
  }

  async put<T extends ProfileTable>(table: T, record: ProfileTables[T]): Promise<void> {
    await this.db.put(table, record);
  }

  delete(table: ProfileTable, profileId: string, key: RecordKey): Promise<void> {
    return this.db.delete(table, keyFor(profileId, key));
  }

  async all<T extends ProfileTable>(table: T, profileId: string): Promise<ProfileTables[T][]> {
    return (await this.db.getAll(table, rangeOf(profileId))) as ProfileTables[T][];
  }

  clear(table: ProfileTable, profileId: string): Promise<void> {
    return this.db.delete(table, rangeOf(profileId));
  }

  getSettings(profileId: string): Promise<unknown> {
    return this.db.get('settings', profileId);
  }

  async putSettings(profileId: string, value: unknown): Promise<void> {
    await this.db.put('settings', value, profileId);
  }

  deleteSettings(profileId: string): Promise<void> {
    return this.db.delete('settings', profileId);
  }

  async dump(): Promise<DeviceDump> {
    const names = ['profiles', 'device', 'settings', ...PROFILE_TABLES] as const;
    const transaction = this.db.transaction([...names]);
    const settings = transaction.objectStore('settings');
    const [profiles, device, keys, values, ...tables] = await Promise.all([
      transaction.objectStore('profiles').getAll(),
      transaction.objectStore('device').get(DEVICE_KEY),
      settings.getAllKeys(),
      settings.getAll(),
      ...PROFILE_TABLES.map((table) => transaction.objectStore(table).getAll()),
    ]);
    await transaction.done;
    const [inProgress, finished, checks, reviews, packs, ownScenarios] = tables;
    return {
      profiles,
      device,
      settings: keys.map((key, index) => [key, values[index]]),
      tables: {
        inProgress: inProgress as DeviceDump['tables']['inProgress'],
        finished: finished as DeviceDump['tables']['finished'],
        checks: checks as DeviceDump['tables']['checks'],
        reviews: reviews as DeviceDump['tables']['reviews'],
        packs: packs as DeviceDump['tables']['packs'],
        ownScenarios: ownScenarios as DeviceDump['tables']['ownScenarios'],
      },
    };
  }

  close(): void {
    this.db.close();
  }
}
