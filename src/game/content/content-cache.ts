import type { ContentIndex } from '../../scenario/content-index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { loadScenario, type Loaded } from './load-content.ts';

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
