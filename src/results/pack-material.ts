import type { Pack, KnowledgeCheck } from '../scenario/pack-schema.ts';
import type { ScoredPlay } from '../records/scored-play.ts';
import { scoreCheck } from '../records/scored-check.ts';
import type { CheckRecord } from '../storage/learner-store.ts';
import type { CheckForResult, PlayForResult } from './make-result-file.ts';

/*
 * What a pack's result file holds: for each scenario of the pack the latest scored play (one made
 * in the pack if there is one), and for each knowledge check the latest result. Plays without a
 * score (their scenario changed) cannot be replayed by a tutor, so they are left out.
 */

const newestFirst = <T extends { savedAt: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => b.savedAt.localeCompare(a.savedAt));

export function packMaterial(options: {
  pack: Pack;
  plays: readonly ScoredPlay[];
  checks: readonly CheckRecord[];
  checkOf: (checkId: string) => KnowledgeCheck | undefined;
}): { plays: PlayForResult[]; checks: CheckForResult[] } {
  const { pack } = options;
  const scored = options.plays.flatMap((play) => (play.ok ? [play] : []));
  const plays = pack.scenarios.flatMap((scenarioId) => {
    const ofScenario = scored.filter((play) => play.record.result.scenarioId === scenarioId);
    const inPack = ofScenario.filter((play) => play.record.result.packId === pack.id);
    const [latest] = newestFirst(
      (inPack.length > 0 ? inPack : ofScenario).map((play) => ({
        ...play,
        savedAt: play.record.savedAt,
      })),
    );
    return latest === undefined
      ? []
      : [{ record: latest.record, scenario: latest.scenario, debrief: latest.debrief }];
  });
  const checks = (pack.knowledgeChecks ?? []).flatMap((checkId) => {
    const [latest] = newestFirst(
      options.checks.filter((record) => record.result.checkId === checkId),
    );
    if (latest === undefined) return [];
    const result = scoreCheck(latest, options.checkOf(checkId));
    return result.ok ? [{ record: result.record, check: result.check, result: result.result }] : [];
  });
  return { plays, checks };
}
