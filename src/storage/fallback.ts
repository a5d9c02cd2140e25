import { MemoryBackend } from './memory-backend.ts';
import { describeStorageProblem } from './problems.ts';
import type { StoreBackend } from './store.ts';

export interface FallbackOptions {
  backend: StoreBackend;
  mode: 'indexeddb' | 'memory';
  onProblem: (problem: string) => void;
}

/**
 * Runs every operation on IndexedDB while it works; on the first failure it moves to memory,
 * carrying over what it can still read (every profile's records) plus everything written this
 * visit, and says why. Nothing here throws.
 */
export class FallbackStore {
  mode: 'indexeddb' | 'memory';
  problem: string | undefined;
  private backend: StoreBackend;
  private readonly onProblem: (problem: string) => void;
  /** Everything written this visit, replayed into memory if IndexedDB can no longer be read. */
  private readonly visit = new MemoryBackend(false);
  private lost = false;

  constructor(options: FallbackOptions) {
    this.backend = options.backend;
    this.mode = options.mode;
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
      memory = new MemoryBackend(false);
      await memory.restore(await failing.dump());
    } catch {
      memory = this.visit;
    }
    failing.close();
    this.backend = memory;
    this.mode = 'memory';
    this.report(describeStorageProblem(error, 'saving'));
  }

  /** Reads (or writes without keeping a copy): `fallback` when even memory fails. */
  async read<T>(operation: (backend: StoreBackend) => Promise<T>, fallback: T): Promise<T> {
    return this.run(operation, fallback, false);
  }

  /** Writes, keeping a copy of the write in case IndexedDB fails later in the visit. */
  async write<T>(operation: (backend: StoreBackend) => Promise<T>, fallback: T): Promise<T> {
    return this.run(operation, fallback, true);
  }

  private async run<T>(
    operation: (backend: StoreBackend) => Promise<T>,
    fallback: T,
    keep: boolean,
  ): Promise<T> {
    if (this.mode === 'indexeddb') {
      try {
        if (this.lost) throw new DOMException('The connection was closed', 'InvalidStateError');
        const value = await operation(this.backend);
        if (keep) await operation(this.visit);
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
}
