import type { FinishedPlay, SavedPlay, SavedPlayRead } from './saved-play.ts';

/**
 * One saved game in progress as it lies on disk. `snapshot` is whatever was read back: the store
 * checks it against the saved-play schema before the game sees it.
 */
export interface ProgressRecord {
  scenarioId: string;
  /** ISO 8601 time of the save. */
  savedAt: string;
  snapshot: unknown;
}

/** A finished play as it lies on disk; `result` is checked against the schema when read. */
export interface ResultRecord {
  savedAt: string;
  scenarioId: string;
  result: unknown;
}

/**
 * One saved play as the game gets it back: intact, or with the reason it cannot be continued. Every
 * record in storage comes back as one, so nothing the learner saved silently disappears.
 */
export interface SavedPlayEntry {
  /** The key the record is filed under: the scenario's id, for a record the game wrote. */
  key: string;
  /** ISO 8601 time of the save, if the record says; '' when it does not. */
  savedAt: string;
  read: SavedPlayRead;
  /** The record exactly as stored, for the learner to export. */
  record: unknown;
}

/** A finished play as the game gets it back. */
export interface StoredResult {
  /** The store's own number for it, in the order results were saved. */
  id: number;
  savedAt: string;
  scenarioId: string;
  result: FinishedPlay;
}

/**
 * What the game keeps between visits. Nothing here throws: failures fall back to memory. What
 * comes back has been checked: saved plays come with the reason any cannot be continued; results
 * that are not results are left out.
 */
export interface ResolveStore {
  /** Where things are kept now: it turns to 'memory' if saving stops working during the visit. */
  readonly mode: 'indexeddb' | 'memory';
  /** Why saving is kept in memory only, in words the learner can read; absent while all is well. */
  readonly problem?: string | undefined;
  saveProgress(scenarioId: string, play: SavedPlay): Promise<void>;
  loadProgress(scenarioId: string): Promise<SavedPlayEntry | undefined>;
  /** Every stored play, damaged or not, newest first. */
  listProgress(): Promise<SavedPlayEntry[]>;
  /** Removes a saved play: only when a play finishes, or the learner asks. */
  clearProgress(scenarioId: string): Promise<void>;
  saveResult(result: FinishedPlay): Promise<void>;
  /** Oldest first. */
  listResults(): Promise<StoredResult[]>;
  /** `undefined` until settings are first saved; the game checks what it reads. */
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;
}

/** A stored result before it is checked: what a backend hands back. */
export type RawStoredResult = ResultRecord & { id: number };

/** The raw operations a backend offers; the fallback wrapper adds the never-throw promise. */
export interface StoreBackend {
  putProgress(record: ProgressRecord): Promise<void>;
  getProgress(scenarioId: string): Promise<ProgressRecord | undefined>;
  allProgress(): Promise<ProgressRecord[]>;
  deleteProgress(scenarioId: string): Promise<void>;
  addResult(record: ResultRecord): Promise<number>;
  allResults(): Promise<RawStoredResult[]>;
  getSettings(): Promise<unknown>;
  putSettings(value: unknown): Promise<void>;
  close(): void;
}
