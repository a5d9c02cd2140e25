import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB, type IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  finishedPlay,
  ownScenarioFile,
  playV1,
  savedPlay,
  sharedPack,
  transcriptOf,
} from './fixtures/records.ts';
import { playIdOf } from './play-id.ts';
import { openProfileDirectory, openStartingStore } from './resolve-store.ts';
import { DB_VERSION, FIRST_PROFILE } from './schema.ts';

/*
 * Every earlier version of the database, as the game that shipped it wrote it, taken to the
 * current one: every record is still there, under the first profile.
 */

let tick = 0;
const now = () => new Date(Date.UTC(2025, 0, 1, 9, 0, tick++));
const AT = '2025-01-01T08:00:00.000Z';

beforeEach(() => {
  tick = 0;
  globalThis.indexedDB = new IDBFactory();
});

/** A database as versions 1 and 2 made it (version 2 changed records, not stores). */
async function oldDatabase(version: 1 | 2): Promise<IDBPDatabase> {
  return openDB('resolve', version, {
    upgrade(database) {
      database.createObjectStore('progress', { keyPath: 'scenarioId' });
      database.createObjectStore('results', { autoIncrement: true });
      database.createObjectStore('settings');
    },
  });
}

/** Records no version of the game should have written, which the learner keeps all the same. */
async function addDamaged(db: IDBPDatabase): Promise<void> {
  await db.put('progress', { scenarioId: 'odd', savedAt: AT, snapshot: { step: 1 } });
  await db.put('progress', { scenarioId: 'bare' });
  await db.add('results', 'just words');
  await db.add('results', { savedAt: AT, scenarioId: 'x', result: { format: 'resolve-result' } });
  await db.add('results', null);
}

/** Everything of the first profile as it lies on disk after the upgrade. */
async function onDisk() {
  const db = await openDB('resolve');
  const profiles: unknown[] = await db.getAll('profiles');
  const inProgress: unknown[] = await db.getAll('inProgress');
  const finished: unknown[] = await db.getAll('finished');
  const settings: unknown = await db.get('settings', FIRST_PROFILE.id);
  const stores = [...db.objectStoreNames].sort();
  const version = db.version;
  db.close();
  return { profiles, inProgress, finished, settings, stores, version };
}

const CURRENT_STORES = [
  'checks',
  'device',
  'finished',
  'inProgress',
  'ownScenarios',
  'packs',
  'profiles',
  'reviews',
  'settings',
];

/** A database as version 3 made it (profiles), with one of each record of a profile. */
async function version3Database(version = 3): Promise<void> {
  const db = await openDB('resolve', version, {
    upgrade(database) {
      // ---- Own scenarios (issue 13): version 4 added the packs store, nothing else.
      if (version >= 4) database.createObjectStore('packs', { keyPath: ['profileId', 'packId'] });
      database.createObjectStore('settings');
      database.createObjectStore('profiles', { keyPath: 'id' });
      database.createObjectStore('inProgress', { keyPath: ['profileId', 'scenarioId'] });
      const finished = database.createObjectStore('finished', {
        keyPath: ['profileId', 'playId'],
      });
      finished.createIndex('profileId', 'profileId');
      database.createObjectStore('checks', { keyPath: ['profileId', 'playId'] });
      database.createObjectStore('reviews', { keyPath: ['profileId', 'checkId', 'questionId'] });
      database.createObjectStore('device');
    },
  });
  await db.put('profiles', { ...FIRST_PROFILE, createdAt: AT });
  await db.put('profiles', { id: 'sam', name: 'Sam', sharedComputer: true, createdAt: AT });
  await db.put('device', { lastProfileId: 'sam' }, 'device');
  await db.put('inProgress', {
    profileId: 'sam',
    scenarioId: 'kettle',
    savedAt: AT,
    snapshot: savedPlay('kettle', 2),
  });
  await db.put('finished', {
    profileId: 'sam',
    playId: playIdOf(finishedPlay('kettle')),
    savedAt: AT,
    result: finishedPlay('kettle'),
  });
  await db.put('settings', { captions: true }, 'sam');
  if (version >= 4) {
    await db.put('packs', {
      profileId: 'sam',
      packId: 'week-1',
      savedAt: AT,
      pack: sharedPack('week-1'),
    });
  }
  db.close();
}

describe('migrating to the current version', () => {
  it('from nothing: one profile, "Learner", in use, and empty stores', async () => {
    const directory = await openProfileDirectory({ now });
    expect(directory.mode).toBe('indexeddb');
    const disk = await onDisk();
    expect(disk.version).toBe(DB_VERSION);
    expect(disk.stores).toEqual(CURRENT_STORES);
    expect(disk.profiles).toEqual([
      {
        id: 'learner',
        name: 'Learner',
        sharedComputer: false,
        createdAt: '2025-01-01T09:00:00.000Z',
      },
    ]);
    expect(await directory.lastProfileId()).toBe('learner');
    const store = await openStartingStore(directory);
    expect(store.profile.name).toBe('Learner');
    expect(await store.listProgress()).toEqual([]);
    expect(await store.listResults()).toEqual([]);
  });

  it('from version 1 with data: saved plays upgraded, results and settings kept, all under "Learner"', async () => {
    const db = await oldDatabase(1);
    await db.put('progress', { scenarioId: 'kettle', savedAt: AT, snapshot: playV1('kettle', 3) });
    await db.add('results', { savedAt: AT, scenarioId: 'kettle', result: finishedPlay('kettle') });
    await db.add('results', { savedAt: AT, scenarioId: 'bill', result: finishedPlay('bill') });
    await db.put('settings', { volume: 0.3 }, 'settings');
    await addDamaged(db);
    db.close();

    const store = await openStartingStore(await openProfileDirectory({ now }));
    expect(store.mode).toBe('indexeddb');
    expect(store.profile.id).toBe(FIRST_PROFILE.id);
    const progress = await store.listProgress();
    expect(progress.map((e) => [e.key, e.read.ok])).toEqual([
      ['kettle', true],
      ['odd', false],
      // No time of its own: listed last.
      ['bare', false],
    ]);
    const kettle = progress[0]?.read;
    expect(kettle?.ok && kettle.play.transcript).toEqual(transcriptOf('kettle', 3));
    expect((await store.listResults()).map((r) => [r.playId, r.result.scenarioId]).sort()).toEqual(
      [
        [playIdOf(finishedPlay('kettle')), 'kettle'],
        [playIdOf(finishedPlay('bill')), 'bill'],
      ].sort(),
    );
    expect(await store.loadSettings()).toEqual({ volume: 0.3 });

    const disk = await onDisk();
    expect(disk.stores).toEqual(CURRENT_STORES);
    expect(disk.inProgress).toHaveLength(3);
    // Two results, three damaged records: five finished plays, the damaged kept as they were.
    expect(disk.finished).toHaveLength(5);
    expect(disk.finished).toContainEqual(
      expect.objectContaining({ profileId: 'learner', savedAt: '', result: 'just words' }),
    );
    expect(disk.finished).toContainEqual(
      expect.objectContaining({ profileId: 'learner', savedAt: '', result: null }),
    );
    expect(disk.finished).toContainEqual(
      expect.objectContaining({
        scenarioId: 'x',
        savedAt: AT,
        result: { format: 'resolve-result' },
      }),
    );
    expect(disk.inProgress).toContainEqual({ profileId: 'learner', scenarioId: 'bare' });
    expect(disk.inProgress).toContainEqual({
      profileId: 'learner',
      scenarioId: 'odd',
      savedAt: AT,
      snapshot: { step: 1 },
    });
  });

  it('from version 2 with data: every record kept under "Learner", the same play once', async () => {
    const db = await oldDatabase(2);
    await db.put('progress', {
      scenarioId: 'kettle',
      savedAt: AT,
      snapshot: savedPlay('kettle', 2),
    });
    await db.put('progress', { scenarioId: 'bill', savedAt: AT, snapshot: savedPlay('bill', 4) });
    await db.add('results', { savedAt: AT, scenarioId: 'kettle', result: finishedPlay('kettle') });
    // Saved twice (a retry): one play.
    await db.add('results', { savedAt: AT, scenarioId: 'kettle', result: finishedPlay('kettle') });
    await db.add('results', {
      savedAt: AT,
      scenarioId: 'kettle',
      result: finishedPlay('kettle', 2),
    });
    await db.put('settings', { captions: true }, 'settings');
    await addDamaged(db);
    db.close();

    const store = await openStartingStore(await openProfileDirectory({ now }));
    expect(store.mode).toBe('indexeddb');
    expect((await store.loadProgress('kettle'))?.read).toEqual({
      ok: true,
      play: savedPlay('kettle', 2),
    });
    expect((await store.loadProgress('bill'))?.read).toEqual({
      ok: true,
      play: savedPlay('bill', 4),
    });
    const results = await store.listResults();
    expect(results.map((r) => r.playId).sort()).toEqual(
      [playIdOf(finishedPlay('kettle')), playIdOf(finishedPlay('kettle', 2))].sort(),
    );
    expect(results.every((r) => r.savedAt === AT)).toBe(true);
    expect(await store.loadSettings()).toEqual({ captions: true });

    const disk = await onDisk();
    expect(disk.inProgress).toHaveLength(4);
    expect(disk.finished).toHaveLength(5);
    expect(disk.settings).toEqual({ captions: true });
  });

  it('from version 2 with nothing in it', async () => {
    (await oldDatabase(2)).close();
    const store = await openStartingStore(await openProfileDirectory({ now }));
    expect(store.mode).toBe('indexeddb');
    expect(store.profile.name).toBe('Learner');
    expect(await store.loadSettings()).toBeUndefined();
    expect((await onDisk()).stores).toEqual(CURRENT_STORES);
  });

  it('a second profile made after the upgrade sees none of what was migrated', async () => {
    const db = await oldDatabase(2);
    await db.put('progress', {
      scenarioId: 'kettle',
      savedAt: AT,
      snapshot: savedPlay('kettle', 2),
    });
    await db.add('results', { savedAt: AT, scenarioId: 'kettle', result: finishedPlay('kettle') });
    db.close();
    const directory = await openProfileDirectory({ now, newId: () => 'sam' });
    const sam = await directory.open(
      (await directory.createProfile('Sam', { sharedComputer: false })).id,
    );
    expect(await sam.listProgress()).toEqual([]);
    expect(await sam.listResults()).toEqual([]);
  });

  it('from version 3 with data: every profile and record kept, and no packs yet', async () => {
    await version3Database();
    const directory = await openProfileDirectory({ now });
    expect(directory.mode).toBe('indexeddb');
    expect((await directory.listProfiles()).map((p) => p.name)).toEqual(['Learner', 'Sam']);
    expect(await directory.lastProfileId()).toBe('sam');
    const sam = await directory.open('sam');
    expect((await sam.loadProgress('kettle'))?.read).toEqual({
      ok: true,
      play: savedPlay('kettle', 2),
    });
    expect((await sam.listResults()).map((r) => r.playId)).toEqual([
      playIdOf(finishedPlay('kettle')),
    ]);
    expect(await sam.loadSettings()).toEqual({ captions: true });
    expect(await sam.listPacks()).toEqual([]);
    await sam.savePack(sharedPack('week-1'));
    expect((await sam.listPacks()).map((added) => added.pack.id)).toEqual(['week-1']);
    const learner = await directory.open(FIRST_PROFILE.id);
    expect(await learner.listPacks()).toEqual([]);
    const disk = await onDisk();
    expect(disk.version).toBe(DB_VERSION);
    expect(disk.stores).toEqual(CURRENT_STORES);
  });

  // ---- Own scenarios (issue 13)
  it('from version 4 with data: every profile, record and pack kept, and no own scenarios yet', async () => {
    await version3Database(4);
    const directory = await openProfileDirectory({ now });
    expect(directory.mode).toBe('indexeddb');
    expect((await directory.listProfiles()).map((p) => p.name)).toEqual(['Learner', 'Sam']);
    expect(await directory.lastProfileId()).toBe('sam');
    const sam = await directory.open('sam');
    expect((await sam.loadProgress('kettle'))?.read).toEqual({
      ok: true,
      play: savedPlay('kettle', 2),
    });
    expect((await sam.listResults()).map((r) => r.playId)).toEqual([
      playIdOf(finishedPlay('kettle')),
    ]);
    expect(await sam.loadSettings()).toEqual({ captions: true });
    expect((await sam.listPacks()).map((added) => added.pack.id)).toEqual(['week-1']);
    expect(await sam.listOwnScenarios()).toEqual([]);
    await sam.saveOwnScenario(ownScenarioFile('bakery'));
    expect((await sam.listOwnScenarios()).map((own) => own.scenario?.id)).toEqual(['bakery']);
    const learner = await directory.open(FIRST_PROFILE.id);
    expect(await learner.listOwnScenarios()).toEqual([]);
    const disk = await onDisk();
    expect(disk.version).toBe(DB_VERSION);
    expect(disk.stores).toEqual(CURRENT_STORES);
  });
});
