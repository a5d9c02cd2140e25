import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openResolveStore } from './resolve-store.ts';
import { DB_VERSION } from './schema.ts';

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
    expect([...db.objectStoreNames].sort()).toEqual(['progress', 'results', 'settings']);
    db.close();
  });

  it('saves, loads, lists and clears progress', async () => {
    const store = await openResolveStore({ now });
    await store.saveProgress('retail-kettle', { step: 1 });
    await store.saveProgress('energy-bill', { step: 4 });
    await store.saveProgress('retail-kettle', { step: 2 });
    expect(await store.loadProgress('retail-kettle')).toEqual({ step: 2 });
    expect(await store.loadProgress('nowhere')).toBeUndefined();
    expect(await store.listProgress()).toEqual([
      { scenarioId: 'retail-kettle', savedAt: '2025-01-01T09:00:02.000Z' },
      { scenarioId: 'energy-bill', savedAt: '2025-01-01T09:00:01.000Z' },
    ]);
    await store.clearProgress('retail-kettle');
    expect(await store.loadProgress('retail-kettle')).toBeUndefined();
    expect((await store.listProgress()).map((p) => p.scenarioId)).toEqual(['energy-bill']);
  });

  it('keeps results in order with the scenario they came from, and settings', async () => {
    const store = await openResolveStore({ now });
    expect(await store.loadSettings()).toBeUndefined();
    await store.saveResult({ scenario: { id: 'retail-kettle' }, score: 3 });
    await store.saveResult({ scenarioId: 'energy-bill' });
    await store.saveResult('just words');
    await store.saveSettings({ volume: 0.4, captions: true });
    const results = await store.listResults();
    expect(results.map((r) => [r.id, r.scenarioId])).toEqual([
      [1, 'retail-kettle'],
      [2, 'energy-bill'],
      [3, ''],
    ]);
    expect(results[0]?.result).toEqual({ scenario: { id: 'retail-kettle' }, score: 3 });
    expect(await store.loadSettings()).toEqual({ volume: 0.4, captions: true });
  });

  it('finds what an earlier visit saved', async () => {
    const first = await openResolveStore({ now });
    await first.saveProgress('water-leak', { step: 7 });
    await first.saveSettings({ reducedMotion: true });
    const second = await openResolveStore({ now });
    expect(await second.loadProgress('water-leak')).toEqual({ step: 7 });
    expect(await second.loadSettings()).toEqual({ reducedMotion: true });
  });

  it('stores a copy: changing the object afterwards changes nothing saved', async () => {
    const store = await openResolveStore({ now });
    const snapshot = { step: 1 };
    await store.saveProgress('a', snapshot);
    snapshot.step = 99;
    expect(await store.loadProgress('a')).toEqual({ step: 1 });
  });
});

describe('falling back to memory', () => {
  it('when opening throws, works in memory and says why', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = await openResolveStore({ now });
    expect(store.mode).toBe('memory');
    expect(store.problem).toMatch(/private browsing/);
    await store.saveProgress('a', { step: 1 });
    await store.saveResult({ scenarioId: 'a' });
    await store.saveSettings({ volume: 1 });
    expect(await store.loadProgress('a')).toEqual({ step: 1 });
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
    const store = await openResolveStore({ now });
    await store.saveProgress('earlier-visit', { step: 3 });
    await store.saveResult({ scenarioId: 'earlier-visit' });
    await store.saveSettings({ volume: 0.2 });

    vi.spyOn(globalThis.IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);
    await expect(store.saveProgress('now', { step: 1 })).resolves.toBeUndefined();
    expect(store.mode).toBe('memory');
    expect(store.problem).toMatch(/no room left/);

    expect(await store.loadProgress('now')).toEqual({ step: 1 });
    expect(await store.loadProgress('earlier-visit')).toEqual({ step: 3 });
    expect(await store.loadSettings()).toEqual({ volume: 0.2 });
    await store.saveResult({ scenarioId: 'now' });
    expect((await store.listResults()).map((r) => [r.id, r.scenarioId])).toEqual([
      [1, 'earlier-visit'],
      [2, 'now'],
    ]);
  });

  it('when a write fails and nothing can be read back, keeps this visit’s writes', async () => {
    const store = await openResolveStore({ now });
    await store.saveProgress('this-visit', { step: 5 });
    vi.spyOn(globalThis.IDBObjectStore.prototype, 'add').mockImplementation(quotaExceeded);
    vi.spyOn(globalThis.IDBObjectStore.prototype, 'getAll').mockImplementation(quotaExceeded);
    await store.saveResult({ scenarioId: 'this-visit' });
    expect(store.mode).toBe('memory');
    vi.restoreAllMocks();
    expect(await store.loadProgress('this-visit')).toEqual({ step: 5 });
    expect(await store.listResults()).toHaveLength(1);
  });

  it('never throws, even for a value nothing can store', async () => {
    const store = await openResolveStore({ now });
    await expect(store.saveProgress('odd', { run: () => 1 })).resolves.toBeUndefined();
    expect(store.problem).toBeTruthy();
    expect(await store.loadProgress('odd')).toBeUndefined();
  });
});
