/** One saved game in progress: the engine's persisted session, as plain data. */
export interface ProgressRecord {
  scenarioId: string;
  /** ISO 8601 time of the save. */
  savedAt: string;
  snapshot: unknown;
}

/** A finished play, kept for the learner's history and export. */
export interface ResultRecord {
  savedAt: string;
  /** Taken from the result (`scenarioId` or `scenario.id`); empty when it names none. */
  scenarioId: string;
  result: unknown;
}

export interface StoredResult extends ResultRecord {
  /** The store's own number for it, in the order results were saved. */
  id: number;
}

/** What the game keeps between visits. Nothing here throws: failures fall back to memory. */
export interface ResolveStore {
  /** Where things are kept now: it turns to 'memory' if saving stops working during the visit. */
  readonly mode: 'indexeddb' | 'memory';
  /** Why saving is kept in memory only, in words the learner can read; absent while all is well. */
  readonly problem?: string | undefined;
  saveProgress(scenarioId: string, snapshot: unknown): Promise<void>;
  loadProgress(scenarioId: string): Promise<unknown>;
  /** Newest first. */
  listProgress(): Promise<{ scenarioId: string; savedAt: string }[]>;
  clearProgress(scenarioId: string): Promise<void>;
  saveResult(result: unknown): Promise<void>;
  /** Oldest first. */
  listResults(): Promise<StoredResult[]>;
  /** `undefined` until settings are first saved. */
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;
}

/** The raw operations a backend offers; the fallback wrapper adds the never-throw promise. */
export interface StoreBackend {
  putProgress(record: ProgressRecord): Promise<void>;
  getProgress(scenarioId: string): Promise<ProgressRecord | undefined>;
  allProgress(): Promise<ProgressRecord[]>;
  deleteProgress(scenarioId: string): Promise<void>;
  addResult(record: ResultRecord): Promise<number>;
  allResults(): Promise<StoredResult[]>;
  getSettings(): Promise<unknown>;
  putSettings(value: unknown): Promise<void>;
  close(): void;
}
