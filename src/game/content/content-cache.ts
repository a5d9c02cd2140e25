import type { ContentIndex } from '../../scenario/content-index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { KnowledgeCheck } from '../../scenario/pack-schema.ts';
import { loadKnowledgeCheck, loadScenario, type Loaded } from './load-content.ts';

/**
 * Scenarios fetched once per visit: the history, pack summaries and the progress page each need
 * several, and the same file is never fetched twice.
 */
export function createScenarioCache(index: () => ContentIndex | null) {
  const loaded = new Map<string, Promise<Loaded<Scenario>>>();
  return {
    /** The scenario of that id, or undefined when the library has no such scenario or it fails to load. */
    async scenario(id: string): Promise<Scenario | undefined> {
      const summary = index()?.scenarios.find((each) => each.id === id);
      if (summary === undefined) return undefined;
      let pending = loaded.get(id);
      if (pending === undefined) {
        pending = loadScenario(summary);
        loaded.set(id, pending);
      }
      const result = await pending;
      if (!result.ok) loaded.delete(id);
      return result.ok ? result.value : undefined;
    },
  };
}
export type ScenarioCache = ReturnType<typeof createScenarioCache>;

/**
 * Knowledge checks fetched once per visit: the menu's checks, packs, Revise now and the progress
 * page all read them.
 */
export function createCheckCache(index: () => ContentIndex | null) {
  const loaded = new Map<string, Promise<Loaded<KnowledgeCheck>>>();
  const load = async (id: string): Promise<Loaded<KnowledgeCheck> | undefined> => {
    const entry = index()?.knowledgeChecks.find((each) => each.id === id);
    if (entry === undefined) return undefined;
    let pending = loaded.get(id);
    if (pending === undefined) {
      pending = loadKnowledgeCheck(entry);
      loaded.set(id, pending);
    }
    const result = await pending;
    if (!result.ok) loaded.delete(id);
    return result;
  };
  return {
    /** The check of that id, or why it failed to load; undefined when the library has none. */
    load,
    /** Every check of the library that loads; one that fails is left out. */
    async all(): Promise<KnowledgeCheck[]> {
      const ids = (index()?.knowledgeChecks ?? []).map((each) => each.id);
      const all = await Promise.all(ids.map(load));
      return all.flatMap((each) => (each?.ok ? [each.value] : []));
    },
  };
}
export type CheckCache = ReturnType<typeof createCheckCache>;
