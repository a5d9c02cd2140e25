import type { ContentIndex, ScenarioSummary } from '../../scenario/content-index.ts';
import type { Pack } from '../../scenario/pack-schema.ts';

/** One step of a pack: a scenario to play or a knowledge check to answer. */
export type PackStep =
  | { kind: 'scenario'; summary: ScenarioSummary }
  | { kind: 'check'; entry: ContentIndex['knowledgeChecks'][number] };

/**
 * The step after `at` in a pack: its scenarios in order, then its knowledge checks. Steps the
 * library does not have are passed over; null at the end of the pack.
 */
export function packStepAfter(
  pack: Pack,
  content: Pick<ContentIndex, 'scenarios' | 'knowledgeChecks'>,
  at: { scenario: string } | { check: string },
): PackStep | null {
  const checks = pack.knowledgeChecks ?? [];
  if ('scenario' in at) {
    const index = pack.scenarios.indexOf(at.scenario);
    for (const id of pack.scenarios.slice(index + 1)) {
      const summary = content.scenarios.find((scenario) => scenario.id === id);
      if (summary) return { kind: 'scenario', summary };
    }
  }
  const from = 'check' in at ? checks.indexOf(at.check) + 1 : 0;
  for (const id of checks.slice(from)) {
    const entry = content.knowledgeChecks.find((check) => check.id === id);
    if (entry) return { kind: 'check', entry };
  }
  return null;
}
