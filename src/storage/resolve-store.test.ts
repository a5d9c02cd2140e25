import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openResolveStore, type FinishedPlay, type SavedPlayEntry } from './resolve-store.ts';
import { DB_VERSION } from './schema.ts';
import { playV1, savedPlay as play, transcriptOf as transcript } from './fixtures/records.ts';

const finished = (scenarioId: string): FinishedPlay => ({
  format: 'resolve-result',
  version: 1,
  scenarioId,
  scenarioTitle: `The ${scenarioId} complaint`,
  timingSource: 'default',
  finishedAt: '2025-01-01T10:00:00.000Z',
  transcript: transcript(scenarioId),
});

const steps = (plays: SavedPlayEntry[]): [string, number | string][] =>
  plays.map((p) => [p.key, p.read.ok ? p.read.play.step : p.read.problem]);
const stepOf = (entry: SavedPlayEntry | undefined): number | undefined =>
  entry?.read.ok ? entry.read.play.step : undefined;

let tick = 0;
/** A clock that moves one second per reading, so saves have distinct, known times. */
const now = () => new Date(Date.UTC(2025, 0, 1, 9, 0, tick++));

beforeEach(() => {
  tick = 0;
  // A fresh, empty browser database for every test.
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('openResolveStore with IndexedDB', () => {
  it('creates every store in a new, empty database', async () => {
    const store = await openResolveStore({ now });
    expect(store.mode).toBe('indexeddb');
    expect(store.problem).toBeUndefined();
    const db = await openDB('resolve');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'checks',
      'device',
      'finished',
      'inProgress',
      'ownScenarios',
      'packs',
      'profiles',
      'reviews',
      'settings',
    ]);
    db.close();
  });

  it('saves, loads, lists (newest first) and clears progress', async () => {
    const store = await openResolveStore({ now });
    await store.saveProgress('retail-kettle', play('retail-kettle', 1, 0));
    await store.saveProgress('energy-bill', play('energy-bill', 4, 1));
    await store.saveProgress('retail-kettle', play('retail-kettle', 2, 2));
    expect(stepOf(await store.loadProgress('retail-kettle'))).toBe(2);
    expect(await store.loadProgress('nowhere')).toBeUndefined();
    expect(steps(await store.listProgress())).toEqual([
      ['retail-kettle', 2],
      ['energy-bill', 4],
    ]);
    await store.clearProgress('retail-kettle');
    expect(await store.loadProgress('retail-kettle')).toBeUndefined();
    expect(steps(await store.listProgress())).toEqual([['energy-bill', 4]]);
  });

  it('keeps results in order with the scenario they came from, and settings', async () => {
    const store = await openResolveStore({ now });
    expect(await store.loadSettings()).toBeUndefined();
    await store.saveResult(finished('retail-kettle'));
    await store.saveResult(finished('energy-bill'));
    await store.saveSettings({ volume: 0.4, captions: true });
    const results = await store.listResults();
    // The clock's first reading went to the first profile, made with the database.
    expect(results.map((r) => [r.result.scenarioId, r.savedAt])).toEqual([
      ['retail-kettle', '2025-01-01T09:00:01.000Z'],
      ['energy-bill', '2025-01-01T09:00:02.000Z'],
    ]);
    expect(results[0]?.result).toEqual(finished('retail-kettle'));
    expect(await store.loadSettings()).toEqual({ volume: 0.4, captions: true });
  });

  it('finds what an earlier visit saved', async () => {
    const first = await openResolveStore({ now });
    await first.saveProgress('water-leak', play('water-leak', 7));
    await first.saveSettings({ reducedMotion: true });
    const second = await openResolveStore({ now });
    expect((await second.loadProgress('water-leak'))?.read).toEqual({
      ok: true,
      play: play('water-leak', 7),
    });
    expect(await second.loadSettings()).toEqual({ reducedMotion: true });
  });

  it('stores a copy: changing the object afterwards changes nothing saved', async () => {
    const store = await openResolveStore({ now });
    const saved = play('a', 1);
    await store.saveProgress('a', saved);
    saved.step = 99;
    expect(stepOf(await store.loadProgress('a'))).toBe(1);
  });

  it('migrates version 1 saved plays to transcript-only records, keeping what it cannot read', async () => {
    const db = await openDB('resolve', 1, {
      upgrade(database) {
        database.createObjectStore('progress', { keyPath: 'scenarioId' });
        database.createObjectStore('results', { autoIncrement: true });
        database.createObjectStore('settings');
      },
    });
    const at = '2025-01-01T08:00:00.000Z';
    await db.put('progress', { scenarioId: 'kept', savedAt: at, snapshot: playV1('kept', 3) });
    await db.put('progress', { scenarioId: 'odd', savedAt: at, snapshot: { step: 1 } });
    await db.put('progress', {
      scenarioId: 'half',
      savedAt: at,
      snapshot: { ...playV1('half', 1), step: -1 },
    });
    await db.add('results', { savedAt: at, scenarioId: 'kept', result: finished('kept') });
    await db.add('results', { savedAt: at, scenarioId: '', result: 'just words' });
    db.close();
    const store = await openResolveStore({ now });
    expect(store.mode).toBe('indexeddb');
    // The machine state (here naming a node "constructor") is gone: only the transcript positions it.
    expect((await store.loadProgress('kept'))?.read).toEqual({
      ok: true,
      play: { ...play('kept', 3), savedAt: at, check: expect.any(String) as string },
    });
    expect(steps(await store.listProgress())).toEqual([
      ['half', 'damaged'],
      ['kept', 3],
      ['odd', 'damaged'],
    ]);
    const half = await store.loadProgress('half');
    expect(half?.read.ok === false && half.read.transcript?.events).toHaveLength(1);
    const after = await openDB('resolve');
    expect(after.version).toBe(DB_VERSION);
    expect(await after.get('inProgress', ['learner', 'odd'])).toEqual({
      profileId: 'learner',
      scenarioId: 'odd',
      savedAt: at,
      snapshot: { step: 1 },
    });
    after.close();
    expect((await store.listResults()).map((r) => r.result.scenarioId)).toEqual(['kept']);
  });

  it('says a database from a newer version of Resolve is that, not private browsing', async () => {
    const newer = await openDB('resolve', DB_VERSION + 1, {
      upgrade(database) {
        database.createObjectStore('progress', { keyPath: 'scenarioId' });
      },
    });
    newer.close();
    const store = await openResolveStore({ now });
    expect(store.mode).toBe('memory');
    expect(store.problem).toMatch(/saved by a newer version of Resolve; update the page/);
    expect(store.problem).not.toMatch(/private browsing/);
  });
});

describe('falling back to memory', () => {
  it('when opening throws, works in memory and says why', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const told: string[] = [];
    const store = await openResolveStore({ now, onProblem: (problem) => told.push(problem) });
    expect(store.mode).toBe('memory');
    expect(store.problem).toMatch(/private browsing/);
    expect(told).toEqual([store.problem]);
    await store.saveProgress('a', play('a', 1));
    await store.saveResult(finished('a'));
    await store.saveSettings({ volume: 1 });
    expect(told).toHaveLength(1);
    expect(stepOf(await store.loadProgress('a'))).toBe(1);
    expect(await store.listProgress()).toHaveLength(1);
    expect(await store.listResults()).toHaveLength(1);
    expect(await store.loadSettings()).toEqual({ volume: 1 });
    await store.clearProgress('a');
    expect(await store.listProgress()).toEqual([]);
  });

  it('when IndexedDB is missing altogether', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = await openResolveStore({ now });
    vi.unstubAllGlobals();
    expect(store.mode).toBe('memory');
    expect(store.problem).toBeTruthy();
  });

  it('when a write runs out of room, keeping everything saved before', async () => {
    const told: string[] = [];
    const store = await openResolveStore({ now, onProblem: (problem) => told.push(problem) });
    await store.saveProgress('earlier-visit', play('earlier-visit', 3));
    await store.saveResult(finished('earlier-visit'));
    await store.saveSettings({ volume: 0.2 });
    expect(told).toEqual([]);

    vi.spyOn(globalThis.IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);
    await expect(store.saveProgress('now', play('now', 1))).resolves.toBeUndefined();
    expect(store.mode).toBe('memory');
    expect(store.problem).toMatch(/no room left/);
    expect(told).toEqual([store.problem]);

    expect(stepOf(await store.loadProgress('now'))).toBe(1);
    expect(stepOf(await store.loadProgress('earlier-visit'))).toBe(3);
    expect(await store.loadSettings()).toEqual({ volume: 0.2 });
    await store.saveResult(finished('now'));
    expect((await store.listResults()).map((r) => r.result.scenarioId)).toEqual([
      'earlier-visit',
      'now',
    ]);
  });

  it('when a write fails and nothing can be read back, keeps this visit’s writes', async () => {
    const store = await openResolveStore({ now });
    await store.saveProgress('this-visit', play('this-visit', 5));
    vi.spyOn(globalThis.IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);
    vi.spyOn(globalThis.IDBObjectStore.prototype, 'getAll').mockImplementation(quotaExceeded);
    await store.saveResult(finished('this-visit'));
    expect(store.mode).toBe('memory');
    vi.restoreAllMocks();
    expect(stepOf(await store.loadProgress('this-visit'))).toBe(5);
    expect(await store.listResults()).toHaveLength(1);
  });

  it('never throws, even for a value nothing can store', async () => {
    const store = await openResolveStore({ now });
    const odd = { ...play('odd', 1), run: () => 1 };
    await expect(store.saveProgress('odd', odd)).resolves.toBeUndefined();
    expect(store.problem).toBeTruthy();
    expect(await store.loadProgress('odd')).toBeUndefined();
  });
});
