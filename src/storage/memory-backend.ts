import { FIRST_PROFILE } from './schema.ts';
import {
  PROFILE_TABLES,
  keyOf,
  type DeviceDump,
  type DeviceRecord,
  type ProfileTable,
  type ProfileTables,
  type RecordKey,
  type StoreBackend,
  type StoredProfile,
} from './store.ts';
import { plainCopy } from './plain-copy.ts';

const mapKey = (profileId: string, key: RecordKey): string => JSON.stringify([profileId, ...key]);

type Tables = { [T in ProfileTable]: Map<string, ProfileTables[T]> };

/**
 * Keeps everything in this page only: used when the browser will not let us save. It behaves as
 * the IndexedDB backend does, a new one starting with the first profile as a new database does.
 */
export class MemoryBackend implements StoreBackend {
  private readonly profiles = new Map<string, StoredProfile>();
  private device: DeviceRecord | undefined;
  private readonly settings = new Map<string, unknown>();
  private readonly tables: Tables = {
    inProgress: new Map(),
    finished: new Map(),
    checks: new Map(),
    reviews: new Map(),
    packs: new Map(),
    ownScenarios: new Map(),
  };

  /** `createdAt` of the first profile; `false` starts with no profile at all (a copy's target). */
  constructor(firstProfileAt: Date | false = new Date()) {
    if (firstProfileAt === false) return;
    this.profiles.set(FIRST_PROFILE.id, {
      ...FIRST_PROFILE,
      createdAt: firstProfileAt.toISOString(),
    });
    this.device = { lastProfileId: FIRST_PROFILE.id };
  }

  allProfiles(): Promise<unknown[]> {
    return Promise.resolve([...this.profiles.values()].map((p) => plainCopy(p)));
  }

  putProfile(profile: StoredProfile): Promise<void> {
    this.profiles.set(profile.id, plainCopy(profile));
    return Promise.resolve();
  }

  deleteProfile(profileId: string): Promise<void> {
    this.profiles.delete(profileId);
    return Promise.resolve();
  }

  getDevice(): Promise<unknown> {
    return Promise.resolve(plainCopy(this.device));
  }

  putDevice(record: DeviceRecord): Promise<void> {
    this.device = plainCopy(record);
    return Promise.resolve();
  }

  get<T extends ProfileTable>(
    table: T,
    profileId: string,
    key: RecordKey,
  ): Promise<ProfileTables[T] | undefined> {
    const record = (this.tables[table] as Map<string, ProfileTables[T]>).get(
      mapKey(profileId, key),
    );
    return Promise.resolve(record === undefined ? undefined : plainCopy(record));
  }

  put<T extends ProfileTable>(table: T, record: ProfileTables[T]): Promise<void> {
    (this.tables[table] as Map<string, ProfileTables[T]>).set(
      mapKey(record.profileId, keyOf(table, record)),
      plainCopy(record),
    );
    return Promise.resolve();
  }

  delete(table: ProfileTable, profileId: string, key: RecordKey): Promise<void> {
    this.tables[table].delete(mapKey(profileId, key));
    return Promise.resolve();
  }

  all<T extends ProfileTable>(table: T, profileId: string): Promise<ProfileTables[T][]> {
    const rows = [...(this.tables[table] as Map<string, ProfileTables[T]>).entries()]
      .filter(([, record]) => record.profileId === profileId)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, record]) => plainCopy(record));
    return Promise.resolve(rows);
  }

  clear(table: ProfileTable, profileId: string): Promise<void> {
    for (const [key, record] of this.tables[table]) {
      if (record.profileId === profileId) this.tables[table].delete(key);
    }
    return Promise.resolve();
  }

  getSettings(profileId: string): Promise<unknown> {
    return Promise.resolve(plainCopy(this.settings.get(profileId)));
  }

  putSettings(profileId: string, value: unknown): Promise<void> {
    this.settings.set(profileId, plainCopy(value));
    return Promise.resolve();
  }

  deleteSettings(profileId: string): Promise<void> {
    this.settings.delete(profileId);
    return Promise.resolve();
  }

  dump(): Promise<DeviceDump> {
    return Promise.resolve(
      plainCopy({
        profiles: [...this.profiles.values()],
        device: this.device,
        settings: [...this.settings.entries()],
        tables: {
          inProgress: [...this.tables.inProgress.values()],
          finished: [...this.tables.finished.values()],
          checks: [...this.tables.checks.values()],
          reviews: [...this.tables.reviews.values()],
          packs: [...this.tables.packs.values()],
          ownScenarios: [...this.tables.ownScenarios.values()],
        },
      }),
    );
  }

  /** Takes in everything another store held, when moving to memory. */
  async restore(dump: DeviceDump): Promise<void> {
    for (const profile of dump.profiles) {
      if (typeof profile === 'object' && profile !== null && 'id' in profile) {
        await this.putProfile(profile as StoredProfile);
      }
    }
    if (typeof dump.device === 'object' && dump.device !== null) {
      await this.putDevice(dump.device);
    }
    for (const [profileId, value] of dump.settings) await this.putSettings(profileId, value);
    for (const table of PROFILE_TABLES) {
      for (const record of dump.tables[table]) await this.put(table, record);
    }
  }

  close(): void {}
}
