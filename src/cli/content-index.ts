import type { ContentIndex } from '../scenario/content-index.ts';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ContentSet } from './content-set.ts';

const byId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);

// The game makes the same summary for a tutor's own scenario, so it lives beside the index schema.
export { scenarioSummary } from '../scenario/content-index.ts';
import { scenarioSummary } from '../scenario/content-index.ts';

/** The index and the per-item files (path relative to the output folder → JSON data). */
export function buildContentIndex(
  content: Pick<ContentSet, 'scenarios' | 'packs' | 'knowledgeChecks'>,
): {
  index: ContentIndex;
  files: Map<string, Scenario | KnowledgeCheck>;
} {
  const scenarios = content.scenarios.map((entry) => entry.scenario).sort(byId);
  const checks = content.knowledgeChecks.map((entry) => entry.knowledgeCheck).sort(byId);
  const files = new Map<string, Scenario | KnowledgeCheck>();
  const index: ContentIndex = {
    generated: 'resolve',
    scenarios: scenarios.map((scenario) => {
      const summary = scenarioSummary(scenario);
      files.set(summary.file, scenario);
      return summary;
    }),
    packs: content.packs.map((entry) => entry.pack).sort(byId),
    knowledgeChecks: checks.map((check) => {
      const file = `checks/${check.id}.json`;
      files.set(file, check);
      return { id: check.id, title: check.title, file };
    }),
  };
  return { index, files };
}
