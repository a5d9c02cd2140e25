import { newestFirst, resultOf, type PlayResult } from './history.ts';
import type { ScoredPlay } from './scored-play.ts';

/*
 * What a scenario card says about the learner's own plays of it: how many times it was finished
 * and the best result, both worked out from the scored plays.
 */

export interface ScenarioRecord {
  /** Finished plays of this scenario. */
  completed: number;
  /** The highest overall score; among equals the newest. Null when none could be scored. */
  best: (PlayResult & { ok: true; playId: string }) | null;
  /** The newest play's result. */
  latest: PlayResult & { playId: string };
}

/** The best of some plays: highest overall, the newest among equals; unscored ones never win. */
export function bestOf(plays: readonly ScoredPlay[]): ScenarioRecord['best'] {
  let best: ScenarioRecord['best'] = null;
  for (const play of newestFirst(plays)) {
    const result = resultOf(play);
    if (!result.ok) continue;
    if (best === null || (result.overall ?? -1) > (best.overall ?? -1))
      best = { ...result, playId: play.record.playId };
  }
  return best;
}

/** Each played scenario's record, by scenario id. */
export function scenarioRecords(plays: readonly ScoredPlay[]): Map<string, ScenarioRecord> {
  const byScenario = new Map<string, ScoredPlay[]>();
  for (const play of plays) {
    const id = play.record.result.scenarioId;
    byScenario.set(id, [...(byScenario.get(id) ?? []), play]);
  }
  const records = new Map<string, ScenarioRecord>();
  for (const [id, own] of byScenario) {
    const newest = newestFirst(own)[0]!;
    records.set(id, {
      completed: own.length,
      best: bestOf(own),
      latest: { ...resultOf(newest), playId: newest.record.playId },
    });
  }
  return records;
}

/** "Completed once", "Completed 2 times". */
export function completedWords(times: number): string {
  if (times === 0) return 'Not played yet';
  return times === 1 ? 'Completed once' : `Completed ${times} times`;
}
