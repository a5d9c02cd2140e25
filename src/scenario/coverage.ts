import { CRITERION_IDS, RANGE_IDS, TECHNIQUE_IDS } from '../curriculum/ids.ts';
import type { CriterionId, RangeId, TechniqueId } from '../curriculum/ids.ts';
import { isKnowledgeCriterion } from '../curriculum/lookups.ts';
import type { Evidence, Scenario } from './schema.ts';
import type { KnowledgeCheck } from './pack-schema.ts';
import { analysisEvidence } from './analysis-evidence.ts';
import { decisionsOf } from './graph.ts';
import { rangeOfTraits } from './vocabulary.ts';

/**
 * Everything in a scenario that carries evidence: choices, timers, records, log entries and the
 * analysis asked for at options nodes.
 */
function evidenceOf(scenario: Scenario): Evidence[] {
  const found: Evidence[] = decisionsOf(scenario).map((decision) => decision.outcome);
  for (const node of Object.values(scenario.nodes)) {
    if (node.kind === 'investigate') found.push(...node.records);
    if (node.kind === 'record') found.push(...node.fields.flatMap((field) => field.entries));
    if (node.kind === 'options') found.push(analysisEvidence(node));
  }
  return found;
}

const inCatalogueOrder = <T extends string>(catalogue: readonly T[], ids: Set<string>): T[] =>
  catalogue.filter((id) => ids.has(id));

/** The criteria and techniques the scenario's evidence names with a value `keep` accepts. */
function idsWhere(
  scenario: Scenario,
  keep: (value: number) => boolean,
): { criteria: CriterionId[]; techniques: TechniqueId[] } {
  const criteria = new Set<string>();
  const techniques = new Set<string>();
  for (const evidence of evidenceOf(scenario)) {
    for (const [id, value] of Object.entries(evidence.criteria ?? {}))
      if (keep(value)) criteria.add(id);
    for (const [id, value] of Object.entries(evidence.techniques ?? {}))
      if (keep(value)) techniques.add(id);
  }
  return {
    criteria: inCatalogueOrder(CRITERION_IDS, criteria),
    techniques: inCatalogueOrder(TECHNIQUE_IDS, techniques),
  };
}

/**
 * The range items a scenario evidences: those it claims (the validator checks each) and those its
 * customer's traits bring (an angry customer is range 3b whether or not the author listed it).
 */
export const rangeOf = (scenario: Scenario): RangeId[] =>
  inCatalogueOrder(
    RANGE_IDS,
    new Set([...scenario.range, ...rangeOfTraits(scenario.customer.traits)]),
  );

/**
 * What a scenario gives the learner the chance to show: every criterion and technique some
 * decision touches (for better or worse), and its range items (`rangeOf`).
 */
export function opportunitiesIn(scenario: Scenario): {
  criteria: CriterionId[];
  techniques: TechniqueId[];
  range: RangeId[];
} {
  return {
    ...idsWhere(scenario, () => true),
    range: rangeOf(scenario),
  };
}

/** Criteria and techniques some decision in the scenario evidences positively (for the menu). */
export const evidencedIn = (
  scenario: Scenario,
): { criteria: CriterionId[]; techniques: TechniqueId[] } =>
  idsWhere(scenario, (value) => value > 0);

export interface CoverageRow<T extends string> {
  id: T;
  /** How many scenarios give an opportunity. */
  count: number;
  scenarios: string[];
}

export interface CoverageReport {
  scenarios: number;
  knowledgeChecks: number;
  criteria: CoverageRow<CriterionId>[];
  rangeItems: CoverageRow<RangeId>[];
  techniques: CoverageRow<TechniqueId>[];
}

/** Knowledge criteria the scenario asks for: those its explain nodes' choices carry. */
function knowledgeAskedIn(scenario: Scenario): Set<string> {
  const asked = new Set<string>();
  for (const node of Object.values(scenario.nodes)) {
    if (node.kind !== 'explain') continue;
    for (const choice of node.choices)
      Object.keys(choice.criteria ?? {}).forEach((id) => asked.add(id));
  }
  return asked;
}

/**
 * For each criterion, range item and technique, the scenarios (and knowledge checks) that give the
 * learner a chance at it. Knowledge criteria count only where they are asked for (explain nodes,
 * knowledge-check questions): acting well is not evidence of being able to explain.
 */
export function coverageOf(
  scenarios: readonly Scenario[],
  knowledgeChecks: readonly KnowledgeCheck[] = [],
): CoverageReport {
  const each = [
    ...scenarios.map((scenario) => {
      const found = opportunitiesIn(scenario);
      const asked = knowledgeAskedIn(scenario);
      const criteria = found.criteria.filter((id) => !isKnowledgeCriterion(id) || asked.has(id));
      return { id: scenario.id, found: { ...found, criteria } };
    }),
    ...knowledgeChecks.map((check) => ({
      id: check.id,
      found: {
        criteria: inCatalogueOrder(
          CRITERION_IDS,
          new Set(check.questions.flatMap((question) => question.criteria)),
        ).filter(isKnowledgeCriterion),
        techniques: [] as TechniqueId[],
        range: [] as RangeId[],
      },
    })),
  ];
  const rows = <T extends string>(
    catalogue: readonly T[],
    pick: (found: ReturnType<typeof opportunitiesIn>) => readonly string[],
  ): CoverageRow<T>[] =>
    catalogue.map((id) => {
      const ids = each.filter(({ found }) => pick(found).includes(id)).map((entry) => entry.id);
      return { id, count: ids.length, scenarios: ids };
    });
  return {
    scenarios: scenarios.length,
    knowledgeChecks: knowledgeChecks.length,
    criteria: rows(CRITERION_IDS, (found) => found.criteria),
    rangeItems: rows(RANGE_IDS, (found) => found.range),
    techniques: rows(TECHNIQUE_IDS, (found) => found.techniques),
  };
}
