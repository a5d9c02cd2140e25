/**
 * The storage the game uses, as the storage module promises it. The game never trusts what comes
 * back (it validates), and never lets a storage failure stop play: see `createSafeStore`.
 */
export interface ResolveStore {
  readonly mode: 'indexeddb' | 'memory';
  /** Why storage fell back to memory, in words for the learner. */
  readonly problem?: string | undefined;
  saveProgress(scenarioId: string, snapshot: unknown): Promise<void>;
  loadProgress(scenarioId: string): Promise<unknown>;
  listProgress(): Promise<unknown>;
  clearProgress(scenarioId: string): Promise<void>;
  saveResult(result: unknown): Promise<void>;
  listResults(): Promise<unknown>;
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;
}

/** Kept in this tab only: used when the browser refuses IndexedDB (private windows, full disks). */
export function createMemoryStore(problem?: string): ResolveStore {
  const progress = new Map<string, unknown>();
  const results: unknown[] = [];
  let settings: unknown = undefined;
  const copy = <T>(value: T): T =>
    value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
  return {
    mode: 'memory',
    ...(problem ? { problem } : {}),
    saveProgress: (id, snapshot) => {
      progress.set(id, copy(snapshot));
      return Promise.resolve();
    },
    loadProgress: (id) => Promise.resolve(copy(progress.get(id))),
    listProgress: () =>
      Promise.resolve(
        [...progress.entries()].map(([scenarioId, snapshot]) => ({
          scenarioId,
          snapshot: copy(snapshot),
        })),
      ),
    clearProgress: (id) => {
      progress.delete(id);
      return Promise.resolve();
    },
    saveResult: (result) => {
      results.push(copy(result));
      return Promise.resolve();
    },
    listResults: () => Promise.resolve(copy(results)),
    loadSettings: () => Promise.resolve(copy(settings)),
    saveSettings: (value) => {
      settings = copy(value);
      return Promise.resolve();
    },
  };
}
