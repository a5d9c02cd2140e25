import type { ProgressRecord, RawStoredResult, ResultRecord, StoreBackend } from './store.ts';
import { plainCopy } from './plain-copy.ts';

/** Keeps everything in this page only: used when the browser will not let us save. */
export class MemoryBackend implements StoreBackend {
  private readonly progress = new Map<string, ProgressRecord>();
  private readonly results: RawStoredResult[] = [];
  private nextResultId = 1;
  private settings: unknown = undefined;

  putProgress(record: ProgressRecord): Promise<void> {
    this.progress.set(record.scenarioId, plainCopy(record));
    return Promise.resolve();
  }

  getProgress(scenarioId: string): Promise<ProgressRecord | undefined> {
    const record = this.progress.get(scenarioId);
    return Promise.resolve(record === undefined ? undefined : plainCopy(record));
  }

  allProgress(): Promise<ProgressRecord[]> {
    return Promise.resolve([...this.progress.values()].map((r) => plainCopy(r)));
  }

  deleteProgress(scenarioId: string): Promise<void> {
    this.progress.delete(scenarioId);
    return Promise.resolve();
  }

  addResult(record: ResultRecord): Promise<number> {
    const id = this.nextResultId++;
    this.results.push({ ...plainCopy(record), id });
    return Promise.resolve(id);
  }

  /** Keeps a result under the number another store gave it, when copying that store. */
  restoreResult(record: RawStoredResult): void {
    this.results.push(plainCopy(record));
    this.nextResultId = Math.max(this.nextResultId, record.id + 1);
  }

  allResults(): Promise<RawStoredResult[]> {
    return Promise.resolve(this.results.map((r) => plainCopy(r)));
  }

  getSettings(): Promise<unknown> {
    return Promise.resolve(plainCopy(this.settings));
  }

  putSettings(value: unknown): Promise<void> {
    this.settings = plainCopy(value);
    return Promise.resolve();
  }

  close(): void {}
}
