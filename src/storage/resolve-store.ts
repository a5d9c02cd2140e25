import { openIndexedDbBackend } from './indexeddb-backend.ts';
import { MemoryBackend } from './memory-backend.ts';
import { describeStorageProblem } from './problems.ts';
import { DB_NAME } from './schema.ts';
import {
  finishedPlaySchema,
  readSavedPlay,
  type FinishedPlay,
  type SavedPlay,
} from './saved-play.ts';
import type {
  ProgressRecord,
  ResolveStore,
  SavedPlayEntry,
  StoreBackend,
  StoredResult,
} from './store.ts';

export type { ResolveStore, SavedPlayEntry, StoredResult } from './store.ts';
export type { FinishedPlay, SavedPlay, SavedPlayRead, UnsignedSavedPlay } from './saved-play.ts';
export { signSavedPlay } from './saved-play.ts';

export interface OpenResolveStoreOptions {
  /** The database name; tests give each case its own. */
  name?: string;
  /** The clock for `savedAt`; injected so tests are deterministic. */
  now?: () => Date;
  /** Told each new reason saving moved to memory (on opening, or part-way through the visit). */
  onProblem?: (problem: string) => void;
}

/**
 * Opens the learner's saved progress, results and settings. Never rejects: when the browser will not
 * let us save (private browsing, no room, blocked storage) it returns a store that keeps things in
 * memory for this visit and says why in `problem`.
 */
export async function openResolveStore(
  options: OpenResolveStoreOptions = {},
): Promise<ResolveStore> {
  const now = options.now ?? (() => new Date());
  const onProblem = options.onProblem ?? (() => {});
  let store: FallbackStore | undefined;
  try {
    const backend = await openIndexedDbBackend({
      name: options.name ?? DB_NAME,
      onLost: () => store?.lose(),
    });
    store = new FallbackStore({ backend, mode: 'indexeddb', now, onProblem });
  } catch (error) {
    store = new FallbackStore({ backend: new MemoryBackend(), mode: 'memory', now, onProblem });
    store.report(describeStorageProblem(error, 'opening'));
  }
  return store;
}

/** A store kept in memory from the start, with nothing wrong: for tests of the game. */
export function createMemoryStore(
  options: Pick<OpenResolveStoreOptions, 'now'> = {},
): ResolveStore {
  return new FallbackStore({
    backend: new MemoryBackend(),
    mode: 'memory',
    now: options.now ?? (() => new Date()),
    onProblem: () => {},
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** What was read back, checked; a record that is not an intact saved play says why. */
function entryOf(record: unknown): SavedPlayEntry {
  // The key is the record's own scenarioId (the store's key path), whatever its type.
  const rawKey = isObject(record) ? record.scenarioId : undefined;
  const key = typeof rawKey === 'string' ? rawKey : String(rawKey);
  const read = readSavedPlay(key, record);
  const rawSavedAt = isObject(record) ? record.savedAt : undefined;
  const savedAt = read.ok
    ? read.play.savedAt
    : typeof rawSavedAt === 'string' && rawSavedAt.length <= 40
      ? rawSavedAt
      : '';
  return { key, savedAt, read, record };
}

/** Copies what a failing store still lets us read, so nothing saved this visit is lost. */
async function copyIntoMemory(backend: StoreBackend): Promise<MemoryBackend> {
  const memory = new MemoryBackend();
  for (const record of await backend.allProgress()) await memory.putProgress(record);
  for (const result of await backend.allResults()) memory.restoreResult(result);
  const settings = await backend.getSettings();
  if (settings !== undefined) await memory.putSettings(settings);
  return memory;
}

interface FallbackStoreOptions {
  backend: StoreBackend;
  mode: ResolveStore['mode'];
  now: () => Date;
  onProblem: (problem: string) => void;
}

/**
 * Runs every operation on IndexedDB while it works; on the first failure it moves to memory,
 * carrying over what it can still read plus everything written this visit, and says why.
 */
class FallbackStore implements ResolveStore {
  mode: ResolveStore['mode'];
  problem: string | undefined;
  private backend: StoreBackend;
  private readonly now: () => Date;
  private readonly onProblem: (problem: string) => void;
  /** Everything written this visit, replayed into memory if IndexedDB can no longer be read. */
  private readonly visit = new MemoryBackend();
  private lost = false;

  constructor(options: FallbackStoreOptions) {
    this.backend = options.backend;
    this.mode = options.mode;
    this.now = options.now;
    this.onProblem = options.onProblem;
  }

  /** Says why saving moved to memory, telling the game once per new reason. */
  report(problem: string): void {
    if (problem === this.problem) return;
    this.problem = problem;
    this.onProblem(problem);
  }

  /** The browser closed our connection: the next operation moves to memory. */
  lose(): void {
    this.lost = true;
  }

  private async switchToMemory(error: unknown): Promise<void> {
    const failing = this.backend;
    let memory: MemoryBackend;
    try {
      memory = await copyIntoMemory(failing);
    } catch {
      memory = this.visit;
    }
    failing.close();
    this.backend = memory;
    this.mode = 'memory';
    this.report(describeStorageProblem(error, 'saving'));
  }

  private async run<T>(
    operation: (backend: StoreBackend) => Promise<T>,
    fallback: T,
    record?: (visit: MemoryBackend) => Promise<unknown>,
  ): Promise<T> {
    if (this.mode === 'indexeddb') {
      try {
        if (this.lost) throw new DOMException('The connection was closed', 'InvalidStateError');
        const value = await operation(this.backend);
        if (record) await record(this.visit);
        return value;
      } catch (error) {
        await this.switchToMemory(error);
      }
    }
    try {
      return await operation(this.backend);
    } catch (error) {
      if (this.problem === undefined) this.report(describeStorageProblem(error, 'saving'));
      return fallback;
    }
  }

  async saveProgress(scenarioId: string, play: SavedPlay): Promise<void> {
    const entry: ProgressRecord = { scenarioId, savedAt: this.now().toISOString(), snapshot: play };
    await this.run(
      (b) => b.putProgress(entry),
      undefined,
      (v) => v.putProgress(entry),
    );
  }

  async loadProgress(scenarioId: string): Promise<SavedPlayEntry | undefined> {
    const record = await this.run((b) => b.getProgress(scenarioId), undefined);
    return record === undefined ? undefined : entryOf(record);
  }

  async listProgress(): Promise<SavedPlayEntry[]> {
    const all = await this.run((b) => b.allProgress(), []);
    return all
      .map(entryOf)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.key.localeCompare(b.key));
  }

  async clearProgress(scenarioId: string): Promise<void> {
    await this.run(
      (b) => b.deleteProgress(scenarioId),
      undefined,
      (v) => v.deleteProgress(scenarioId),
    );
  }

  async saveResult(result: FinishedPlay): Promise<void> {
    const entry = { savedAt: this.now().toISOString(), scenarioId: result.scenarioId, result };
    await this.run(
      (b) => b.addResult(entry),
      0,
      (v) => v.addResult(entry),
    );
  }

  async listResults(): Promise<StoredResult[]> {
    const all = await this.run((b) => b.allResults(), []);
    return all.flatMap(({ result, ...stored }) => {
      const parsed = finishedPlaySchema.safeParse(result);
      return parsed.success ? [{ ...stored, result: parsed.data }] : [];
    });
  }

  loadSettings(): Promise<unknown> {
    return this.run((b) => b.getSettings(), undefined);
  }

  async saveSettings(value: unknown): Promise<void> {
    await this.run(
      (b) => b.putSettings(value),
      undefined,
      (v) => v.putSettings(value),
    );
  }
}
