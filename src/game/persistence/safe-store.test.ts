import { describe, expect, it } from 'vitest';
import { openSafeStore } from './safe-store.ts';
import { createMemoryStore, type ResolveStore } from './store-port.ts';

function brokenAfterOpen(): ResolveStore {
  const store = createMemoryStore();
  return {
    ...store,
    mode: 'indexeddb',
    saveProgress: () => Promise.reject(new Error('QuotaExceededError')),
  };
}

describe('the safe store', () => {
  it('falls back to memory when opening fails, and says why once', async () => {
    const problems: string[] = [];
    const store = await openSafeStore({
      open: () => Promise.reject(new Error('IndexedDB is not available')),
      onProblem: (problem) => problems.push(problem),
    });
    expect(store.mode).toBe('memory');
    await store.saveProgress('a', { step: 1 });
    expect(await store.loadProgress('a')).toEqual({ step: 1 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('IndexedDB is not available');
  });

  it('keeps going in memory when a save fails mid-play', async () => {
    const problems: string[] = [];
    const store = await openSafeStore({
      open: () => Promise.resolve(brokenAfterOpen()),
      onProblem: (problem) => problems.push(problem),
    });
    expect(store.mode).toBe('indexeddb');
    await store.saveProgress('a', { step: 2 });
    expect(store.mode).toBe('memory');
    expect(await store.loadProgress('a')).toEqual({ step: 2 });
    expect(problems).toHaveLength(1);
  });
});
