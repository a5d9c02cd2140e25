import { criteria } from '../curriculum/criteria.ts';
import {
  CRITERION_IDS,
  TECHNIQUE_IDS,
  type CriterionId,
  type TechniqueId,
} from '../curriculum/ids.ts';
import { techniques } from '../curriculum/techniques.ts';
import type { UnitId } from '../curriculum/types.ts';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import type { CriterionStatus } from '../scoring/debrief.ts';
import { statusOf } from '../scoring/tally.ts';
import { dueNow, revisionSummary, type RevisionSummary } from '../revision/due.ts';
import type { ReviewCard } from '../revision/review-card.ts';
import type { ScoredCheck } from './scored-check.ts';
import type { ScoredPlay } from './scored-play.ts';

/*
 * The learner's progress over time, worked out from the stored plays and checks (each scored again
 * from its transcript): a series per criterion and per technique, scenario scores, knowledge-check
 * scores and the questions due. Pure: `now` is passed in.
 */

/** Where one result came from: a scenario play or a knowledge check. */
export type ResultSource =
  | { kind: 'play'; playId: string; scenarioId: string; title: string }
  | { kind: 'check'; playId: string; checkId: string; title: string };

/** One result of a criterion or technique: a play (or a check) in which it came up. */
export interface ProgressPoint {
  /** ISO 8601, when the result was saved. */
  at: string;
  source: ResultSource;
  score: number;
  status: CriterionStatus;
}

export interface CriterionSeries {
  id: CriterionId;
  text: string;
  unit: UnitId;
  /** Oldest first. */
  points: ProgressPoint[];
}

export interface TechniqueSeries {
  id: TechniqueId;
  name: string;
  points: ProgressPoint[];
}

export interface ScenarioPoint {
  at: string;
  playId: string;
  scenarioId: string;
  title: string;
  /** Null for a play that stopped before an ending. */
  overall: number | null;
}

export interface CheckPoint {
  at: string;
  playId: string;
  checkId: string;
  title: string;
  /** Null for a check left before the last question. */
  score: number | null;
  right: number;
  questions: number;
}

export interface DueQuestion {
  checkId: string;
  checkTitle: string;
  questionId: string;
  /** The question's prompt, or null when its check is no longer in the library. */
  prompt: string | null;
  due: number;
}

export interface Progress {
  criteria: CriterionSeries[];
  techniques: TechniqueSeries[];
  scenarios: ScenarioPoint[];
  checks: CheckPoint[];
  due: RevisionSummary & { questions: DueQuestion[] };
  /** Stored results that could not be scored, with the reason in words. */
  unscored: { at: string; title: string; problem: string }[];
}

const timeOf = (iso: string): number => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : time;
};

/** Oldest first; results saved at the same moment keep one order everywhere (by play id). */
const byTime = <T extends { at: string; playId: string }>(a: T, b: T): number =>
  timeOf(a.at) - timeOf(b.at) || a.playId.localeCompare(b.playId);

const criterionOrder = new Map<string, number>(CRITERION_IDS.map((id, index) => [id, index]));
const techniqueOrder = new Map<string, number>(TECHNIQUE_IDS.map((id, index) => [id, index]));

function push<K>(map: Map<K, ProgressPoint[]>, key: K, point: ProgressPoint): void {
  const points = map.get(key) ?? [];
  points.push(point);
  map.set(key, points);
}

export function progressOf(options: {
  plays: readonly ScoredPlay[];
  checks: readonly ScoredCheck[];
  cards: readonly ReviewCard[];
  /** The library's knowledge checks, to name the questions due. */
  library: readonly KnowledgeCheck[];
  now: number;
}): Progress {
  const byCriterion = new Map<CriterionId, ProgressPoint[]>();
  const byTechnique = new Map<TechniqueId, ProgressPoint[]>();
  const scenarios: ScenarioPoint[] = [];
  const checks: CheckPoint[] = [];
  const unscored: Progress['unscored'] = [];

  for (const play of options.plays) {
    const { record } = play;
    if (!play.ok) {
      unscored.push({
        at: record.savedAt,
        title: record.result.scenarioTitle,
        problem: play.problem,
      });
      continue;
    }
    const { debrief } = play;
    const source: ResultSource = {
      kind: 'play',
      playId: record.playId,
      scenarioId: debrief.scenario.id,
      title: debrief.scenario.title,
    };
    scenarios.push({
      at: record.savedAt,
      playId: record.playId,
      scenarioId: debrief.scenario.id,
      title: debrief.scenario.title,
      overall: debrief.overall,
    });
    // A play left part-way says little about a criterion: only finished plays make the series.
    if (!debrief.complete) continue;
    for (const [id, result] of Object.entries(debrief.criteria)) {
      if (result?.score === null || result === undefined || !criterionOrder.has(id)) continue;
      push(byCriterion, id as CriterionId, {
        at: record.savedAt,
        source,
        score: result.score,
        status: result.status,
      });
    }
    for (const [id, result] of Object.entries(debrief.techniques)) {
      if (result?.score === null || result === undefined || !techniqueOrder.has(id)) continue;
      push(byTechnique, id as TechniqueId, {
        at: record.savedAt,
        source,
        score: result.score,
        status: statusOf(result.score),
      });
    }
  }

  for (const scored of options.checks) {
    const { record } = scored;
    if (!scored.ok) {
      unscored.push({
        at: record.savedAt,
        title: record.result.checkTitle,
        problem: scored.problem,
      });
      continue;
    }
    const { result } = scored;
    checks.push({
      at: record.savedAt,
      playId: record.playId,
      checkId: result.checkId,
      title: result.title,
      score: result.score,
      right: result.right,
      questions: result.questions,
    });
    if (!result.complete) continue;
    const source: ResultSource = {
      kind: 'check',
      playId: record.playId,
      checkId: result.checkId,
      title: result.title,
    };
    for (const [id, each] of Object.entries(result.criteria)) {
      if (each?.score === null || each === undefined || !criterionOrder.has(id)) continue;
      push(byCriterion, id as CriterionId, {
        at: record.savedAt,
        source,
        score: each.score,
        status: each.status,
      });
    }
  }

  const sortPoints = (points: ProgressPoint[]): ProgressPoint[] =>
    points.sort((a, b) =>
      byTime({ at: a.at, playId: a.source.playId }, { at: b.at, playId: b.source.playId }),
    );

  const questionOf = new Map(
    options.library.flatMap((check) =>
      check.questions.map(
        (question) => [`${check.id}/${question.id}`, { check, question }] as const,
      ),
    ),
  );
  const dueQuestions = dueNow(options.cards, options.now).map((card): DueQuestion => {
    const found = questionOf.get(`${card.checkId}/${card.questionId}`);
    return {
      checkId: card.checkId,
      checkTitle: found?.check.title ?? card.checkId,
      questionId: card.questionId,
      prompt: found?.question.prompt ?? null,
      due: card.due,
    };
  });

  return {
    criteria: [...byCriterion]
      .sort(([a], [b]) => (criterionOrder.get(a) ?? 0) - (criterionOrder.get(b) ?? 0))
      .map(([id, points]) => ({
        id,
        text: criteria[id].text,
        unit: criteria[id].unit,
        points: sortPoints(points),
      })),
    techniques: [...byTechnique]
      .sort(([a], [b]) => (techniqueOrder.get(a) ?? 0) - (techniqueOrder.get(b) ?? 0))
      .map(([id, points]) => ({ id, name: techniques[id].name, points: sortPoints(points) })),
    scenarios: scenarios.sort(byTime),
    checks: checks.sort(byTime),
    due: { ...revisionSummary(options.cards, options.now), questions: dueQuestions },
    unscored: unscored.sort(
      (a, b) => timeOf(a.at) - timeOf(b.at) || a.title.localeCompare(b.title),
    ),
  };
}

/** Criterion series in unit order, as the page groups them. */
export function criteriaByUnit(
  series: readonly CriterionSeries[],
): { unit: UnitId; series: CriterionSeries[] }[] {
  const groups: { unit: UnitId; series: CriterionSeries[] }[] = [];
  for (const each of series) {
    const group = groups.find((g) => g.unit === each.unit);
    if (group) group.series.push(each);
    else groups.push({ unit: each.unit, series: [each] });
  }
  return groups;
}
