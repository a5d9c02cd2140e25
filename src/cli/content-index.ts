import {
  hasTimedMoments,
  type ContentIndex,
  type ScenarioSummary,
} from '../scenario/content-index.ts';
import { evidencedIn, rangeOf } from '../scenario/coverage.ts';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ContentSet } from './content-set.ts';

const byId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);

/** A scenario as the menu lists it. */
export function scenarioSummary(scenario: Scenario): ScenarioSummary {
  const evidenced = evidencedIn(scenario);
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    traits: scenario.customer.traits,
    justified: scenario.complaint.justified,
    sector: scenario.setting.sector,
    channel: scenario.setting.channel,
    pressure: scenario.setting.pressure,
    nation: scenario.setting.nation,
    difficulty: scenario.difficulty,
    minutes: scenario.minutes,
    timed: hasTimedMoments(scenario),
    criteria: evidenced.criteria,
    techniques: evidenced.techniques,
    range: rangeOf(scenario),
    file: `scenarios/${scenario.id}.json`,
  };
}

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
