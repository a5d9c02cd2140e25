import type { EvidenceStatus } from '../curriculum/evidence.ts';
import type { CriterionId } from '../curriculum/ids.ts';
import { replayCheck } from '../engine/check-session.ts';
import type { KnowledgeCheck, Pack } from '../scenario/pack-schema.ts';
import { checkResult } from '../scoring/check-result.ts';
import type { CheckRecord } from '../storage/learner-store.ts';
import { newestFirst, resultOf, type PlayResult } from './history.ts';
import { bestOf } from './scenario-records.ts';
import type { ScoredPlay } from './scored-play.ts';

/*
 * Where the learner is in a pack, and how the pack went: each scenario's latest and best result,
 * the pack score against its pass mark, each criterion's best status, and the knowledge checks'
 * latest scores. Only plays made in the pack count (their packId is the pack's).
 */

/** "Scenario 2 of 3": the scenario's place in the pack, or null when it is not in it. */
export function packPosition(
  pack: Pack,
  scenarioId: string,
): { number: number; total: number } | null {
  const index = pack.scenarios.indexOf(scenarioId);
  return index < 0 ? null : { number: index + 1, total: pack.scenarios.length };
}

export interface PackScenarioLine {
  scenarioId: string;
  title: string;
  latest: (PlayResult & { playId: string }) | null;
  best: (PlayResult & { ok: true; playId: string }) | null;
}

export interface PackCheckLine {
  checkId: string;
  title: string;
  /** Whether the learner has finished it at least once. */
  taken: boolean;
  /** The latest attempt's score, 0–100; null when none was finished or it cannot be scored now. */
  latest: number | null;
  /** Why a check that was taken has no score: its content did not load, or it changed since. */
  unscored?: 'not-loaded' | 'changed';
}

export interface PackSummary {
  packId: string;
  title: string;
  passMark: number;
  scenarios: PackScenarioLine[];
  /** The mean of each scenario's best overall score; null until every scenario has one. */
  score: number | null;
  /** Null while the pack is unfinished. */
  reached: boolean | null;
  /** How many of the pack's scenarios have a scored play. */
  scored: number;
  criteria: { id: CriterionId; best: EvidenceStatus }[];
  checks: PackCheckLine[];
}

/** Better evidence ranks higher; "no chance to come up" is the least (the gradebook ranks by it too). */
export const RANK: Record<EvidenceStatus, number> = {
  met: 3,
  'partly-met': 2,
  'not-met': 1,
  'no-opportunity': 0,
};

export interface PackSummaryInput {
  pack: Pack;
  /** A scenario's title from the library; a scenario no longer there shows its id. */
  titleOf: (scenarioId: string) => string | undefined;
  plays: readonly ScoredPlay[];
  checks?: readonly PackCheckLine[];
}

export function packSummary({ pack, titleOf, plays, checks = [] }: PackSummaryInput): PackSummary {
  const inPack = plays.filter((play) => play.record.result.packId === pack.id);
  const scenarios = pack.scenarios.map((scenarioId): PackScenarioLine => {
    const own = newestFirst(inPack.filter((play) => play.record.result.scenarioId === scenarioId));
    const newest = own[0];
    return {
      scenarioId,
      title: titleOf(scenarioId) ?? newest?.record.result.scenarioTitle ?? scenarioId,
      latest: newest ? { ...resultOf(newest), playId: newest.record.playId } : null,
      best: bestOf(own),
    };
  });
  const bests = scenarios.map((line) => line.best?.overall ?? null);
  const scored = bests.filter((overall) => overall !== null).length;
  const score =
    scored === bests.length
      ? Math.round(bests.reduce<number>((sum, overall) => sum + (overall ?? 0), 0) / bests.length)
      : null;

  const criteria = new Map<CriterionId, EvidenceStatus>();
  for (const play of inPack) {
    if (!play.ok || !pack.scenarios.includes(play.record.result.scenarioId)) continue;
    for (const [id, result] of Object.entries(play.debrief.criteria) as [
      CriterionId,
      { status: EvidenceStatus },
    ][]) {
      const before = criteria.get(id);
      if (before === undefined || RANK[result.status] > RANK[before])
        criteria.set(id, result.status);
    }
  }
  return {
    packId: pack.id,
    title: pack.title,
    passMark: pack.passMark,
    scenarios,
    score,
    reached: score === null ? null : score >= pack.passMark,
    scored,
    criteria: [...criteria]
      .sort(([a], [b]) => a.localeCompare(b, 'en-GB', { numeric: true }))
      .map(([id, best]) => ({ id, best })),
    checks: [...checks],
  };
}

/**
 * The pack's knowledge checks with the latest finished attempt of each, scored again from its
 * answers through the one check-scoring path. `checkOf` gives the check's content, if it loads.
 */
export function packChecks(
  pack: Pack,
  records: readonly CheckRecord[],
  checkOf: (checkId: string) => KnowledgeCheck | undefined,
  titleOf: (checkId: string) => string | undefined,
): PackCheckLine[] {
  return (pack.knowledgeChecks ?? []).map((checkId) => {
    const check = checkOf(checkId);
    const latest = [...records]
      .filter((record) => record.result.checkId === checkId)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
    let score: number | null = null;
    let unscored: PackCheckLine['unscored'];
    if (latest !== undefined && check === undefined) unscored = 'not-loaded';
    if (check !== undefined && latest !== undefined) {
      try {
        score = checkResult(replayCheck(check, latest.result.transcript)).score;
      } catch {
        // A check changed since it was answered: its old score cannot be worked out again.
        unscored = 'changed';
      }
    }
    return {
      checkId,
      title: titleOf(checkId) ?? check?.title ?? latest?.result.checkTitle ?? checkId,
      taken: latest !== undefined,
      latest: score,
      ...(unscored ? { unscored } : {}),
    };
  });
}
