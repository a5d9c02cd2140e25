import { analysisEvidence } from '../scenario/analysis-evidence.ts';
import { CRITERION_IDS, type CriterionId, type TechniqueId } from '../curriculum/ids.ts';
import { criterion, technique } from '../curriculum/lookups.ts';
import { opportunitiesIn } from '../scenario/coverage.ts';
import type { Evidence, Scenario, ScenarioNode } from '../scenario/schema.ts';
import { choicesOf, timeoutOf } from '../engine/context.ts';
import type {
  CriterionResult,
  CriterionStatus,
  Debrief,
  Tally,
  TechniqueResult,
} from './debrief.ts';
import { countedCriteria, type tallyMoment } from './options.ts';

/** Thresholds for criterion status, on the 0–100 score. */
export const MET_AT = 75;
export const PARTLY_MET_AT = 40;

interface Accumulator {
  taken: number;
  available: number;
  negativeTaken: boolean;
  moments: number[];
}

const emptyAccumulator = (): Accumulator => ({
  taken: 0,
  available: 0,
  negativeTaken: false,
  moments: [],
});

/** Taken over available, as 0–100; no opportunity at all is null, never zero. */
function scoreOf(accumulator: Accumulator): number | null {
  if (accumulator.moments.length === 0) return null;
  // Nothing positive was ever on offer: harm done scores 0, and nothing is shown on 0 points.
  if (accumulator.available <= 0) return accumulator.negativeTaken ? 0 : null;
  const ratio = Math.round((100 * accumulator.taken) / accumulator.available);
  return Math.min(100, Math.max(0, ratio));
}

export const statusOf = (score: number | null): CriterionStatus =>
  score === null
    ? 'no-opportunity'
    : score >= MET_AT
      ? 'met'
      : score >= PARTLY_MET_AT
        ? 'partly-met'
        : 'not-met';

/** The criteria some option in the scenario evidences where that kind of criterion counts. */
function countableCriteria(scenario: Scenario): CriterionId[] {
  const found = new Set<CriterionId>();
  const add = (node: ScenarioNode, evidence: Evidence): void => {
    for (const id of Object.keys(countedCriteria(node, evidence.criteria)) as CriterionId[])
      found.add(id);
  };
  for (const node of Object.values(scenario.nodes)) {
    for (const choice of choicesOf(node)) add(node, choice);
    const timeout = timeoutOf(node);
    if (timeout !== undefined) add(node, timeout);
    if (node.kind === 'investigate') for (const record of node.records) add(node, record);
    if (node.kind === 'record')
      for (const field of node.fields) for (const entry of field.entries) add(node, entry);
    if (node.kind === 'options') add(node, analysisEvidence(node));
  }
  return CRITERION_IDS.filter((id) => found.has(id));
}

/** The running sums of evidence over a play's moments, per technique and per criterion. */
export function evidenceTally(scenario: Scenario) {
  // Everything the scenario could evidence anywhere is listed, even if this play never reached it.
  const techniqueSums = new Map<TechniqueId, Accumulator>(
    opportunitiesIn(scenario).techniques.map((id) => [id, emptyAccumulator()]),
  );
  const criterionSums = new Map<CriterionId, Accumulator>(
    countableCriteria(scenario).map((id) => [id, emptyAccumulator()]),
  );
  const add = <K extends string>(sums: Map<K, Accumulator>, id: K, tally: Tally, index: number) => {
    const sum = sums.get(id) ?? emptyAccumulator();
    sum.taken += tally.taken;
    sum.available += tally.available;
    sum.negativeTaken ||= tally.taken < 0;
    sum.moments.push(index);
    sums.set(id, sum);
  };

  return {
    /** Add one moment's tallies. */
    add(tallies: ReturnType<typeof tallyMoment>, index: number): void {
      for (const [id, tally] of Object.entries(tallies.techniques) as [TechniqueId, Tally][]) {
        add(techniqueSums, id, tally, index);
      }
      for (const [id, tally] of Object.entries(tallies.criteria) as [CriterionId, Tally][]) {
        add(criterionSums, id, tally, index);
      }
    },

    techniques(): Debrief['techniques'] {
      const results: Debrief['techniques'] = {};
      for (const [id, sum] of techniqueSums) {
        const info = technique(id);
        const result: TechniqueResult = {
          name: info.name,
          score: scoreOf(sum),
          taken: sum.taken,
          available: sum.available,
          conflictManagement: info.conflictManagement,
          opportunities: sum.moments.length,
          moments: sum.moments,
        };
        results[id] = result;
      }
      return results;
    },

    /** Criteria, each capped at "not met" where a critical error broke it (`capReasons`). */
    criteria(capReasons: ReadonlyMap<CriterionId, string>): Debrief['criteria'] {
      const results: Debrief['criteria'] = {};
      const ids = CRITERION_IDS.filter((id) => criterionSums.has(id) || capReasons.has(id));
      for (const id of ids) {
        const sum = criterionSums.get(id) ?? emptyAccumulator();
        const info = criterion(id);
        const capped = capReasons.get(id);
        const raw = scoreOf(sum);
        const score = capped === undefined ? raw : Math.min(raw ?? 0, PARTLY_MET_AT - 1);
        const result: CriterionResult = {
          text: info.text,
          status: capped === undefined ? statusOf(score) : 'not-met',
          score,
          kind: info.kind,
          evidence: info.kind === 'knowledge' ? 'knowledge' : 'practised-in-simulation',
          ...(capped === undefined ? {} : { capped }),
          taken: sum.taken,
          available: sum.available,
          opportunities: sum.moments.length,
          moments: sum.moments,
        };
        results[id] = result;
      }
      return results;
    },
  };
}
