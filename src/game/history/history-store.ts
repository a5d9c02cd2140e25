import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../../engine/hash.ts';
import type { LearnerStore, PlayRecord, Reflection } from '../../storage/learner-store.ts';
import type { ResolveStore } from '../../storage/resolve-store.ts';

/** What the history, the reopened debrief and the pack summary need of the learner's store. */
export type HistoryStore = Pick<
  LearnerStore,
  'listResults' | 'getResult' | 'saveReflection' | 'listCheckResults'
>;

/**
 * Until the profile-scoped store (LearnerStore, "Store v3") replaces it: the results of the
 * current store under the contract's play ids. Reflections are kept for this visit only; the
 * learner store keeps them with the play. Remove this once App opens a LearnerStore.
 */
export function historyOfResolveStore(store: ResolveStore): HistoryStore {
  const reflections = new Map<string, Reflection>();
  const list = async (): Promise<PlayRecord[]> =>
    (await store.listResults()).map(({ savedAt, result }) => {
      const playId = bytesToHex(sha256(utf8ToBytes(canonicalJson(result)))).slice(0, 32);
      const reflection = reflections.get(playId);
      return { playId, savedAt, result, ...(reflection ? { reflection } : {}) };
    });
  return {
    listResults: list,
    getResult: async (playId) => (await list()).find((record) => record.playId === playId),
    saveReflection: (playId, reflection) => {
      reflections.set(playId, reflection);
      return Promise.resolve();
    },
    listCheckResults: () => Promise.resolve([]),
  };
}
