import { APP_VERSION } from './app-version.ts';
import { FallbackStore } from './fallback.ts';
import { openIndexedDbBackend } from './indexeddb-backend.ts';
import { MemoryBackend } from './memory-backend.ts';
import type { LearnerStore } from './learner-store.ts';
import { describeStorageProblem } from './problems.ts';
import { StoredProfileDirectory, openStartingStore } from './profile-directory.ts';
import { ProfileStore } from './profile-store.ts';
import { DB_NAME, FIRST_PROFILE } from './schema.ts';

export type { SavedPlayEntry } from './store.ts';
export type { FinishedPlay, SavedPlay, SavedPlayRead, UnsignedSavedPlay } from './saved-play.ts';
export { signSavedPlay } from './saved-play.ts';
export type { LearnerStore, ProfileDirectory } from './learner-store.ts';
export { openStartingStore, type StoredProfileDirectory } from './profile-directory.ts';

export interface OpenStoreOptions {
  /** The database name; tests give each case its own. */
  name?: string;
  /** The clock for `savedAt` and `createdAt`; injected so tests are deterministic. */
  now?: () => Date;
  /** Told each new reason saving moved to memory (on opening, or part-way through the visit). */
  onProblem?: (problem: string) => void;
  /** A new profile's id; injected so tests are deterministic. */
  newId?: () => string;
}

const randomId = (): string => crypto.randomUUID();

/**
 * Opens the profiles on this device and their records. Never rejects: when the browser will not
 * let us save (private browsing, no room, blocked storage) it keeps things in memory for this
 * visit and says why in `problem`.
 */
export async function openProfileDirectory(
  options: OpenStoreOptions = {},
): Promise<StoredProfileDirectory> {
  const now = options.now ?? (() => new Date());
  const onProblem = options.onProblem ?? (() => {});
  let device: FallbackStore | undefined;
  try {
    const backend = await openIndexedDbBackend({
      name: options.name ?? DB_NAME,
      onLost: () => device?.lose(),
      now,
    });
    device = new FallbackStore({ backend, mode: 'indexeddb', onProblem });
  } catch (error) {
    device = new FallbackStore({ backend: new MemoryBackend(now()), mode: 'memory', onProblem });
    device.report(describeStorageProblem(error, 'opening'));
  }
  return new StoredProfileDirectory({
    device,
    now,
    newId: options.newId ?? randomId,
    appVersion: APP_VERSION,
  });
}

/** The directory and the store of the profile the game starts with (see openStarting). */
export async function openResolveStore(options: OpenStoreOptions = {}): Promise<LearnerStore> {
  return openStartingStore(await openProfileDirectory(options));
}

/** A store kept in memory from the start, with nothing wrong, for the first profile: for tests. */
export function createMemoryStore(options: Pick<OpenStoreOptions, 'now'> = {}): LearnerStore {
  const now = options.now ?? (() => new Date());
  const createdAt = now();
  const device = new FallbackStore({
    backend: new MemoryBackend(createdAt),
    mode: 'memory',
    onProblem: () => {},
  });
  return new ProfileStore({
    device,
    profile: { ...FIRST_PROFILE, createdAt: createdAt.toISOString() },
    now,
    appVersion: APP_VERSION,
  });
}

/** The profiles of a device kept in memory from the start (one, "Learner"): for tests. */
export function createMemoryDirectory(
  options: Pick<OpenStoreOptions, 'now' | 'newId'> = {},
): StoredProfileDirectory {
  const now = options.now ?? (() => new Date());
  return new StoredProfileDirectory({
    device: new FallbackStore({
      backend: new MemoryBackend(now()),
      mode: 'memory',
      onProblem: () => {},
    }),
    now,
    newId: options.newId ?? randomId,
    appVersion: APP_VERSION,
  });
}
