import type { ContentIndex } from '../../scenario/content-index.ts';
import type { KnowledgeCheck } from '../../scenario/pack-schema.ts';
import { progressOf, type Progress } from '../../records/progress.ts';
import { scoreCheck } from '../../records/scored-check.ts';
import { scorePlay } from '../../records/scored-play.ts';
import { weakest, type WeakestAdvice } from '../../records/weakest.ts';
import type { LearnerStore } from '../../storage/learner-store.ts';
import type { ScenarioCache } from '../content/content-cache.ts';

/*
 * What the progress page needs, gathered from the store and the library: every stored play and
 * check scored again from its transcript (scenarios fetched once each), then the pure records
 * code works out the series and the advice.
 */

/** The part of the learner's store the progress page reads. */
export type ProgressSource = Pick<
  LearnerStore,
  'listResults' | 'listCheckResults' | 'loadReviewCards'
>;

export interface ProgressData {
  progress: Progress;
  advice: WeakestAdvice;
  /** Whether anything at all is stored (the page shows its empty state when not). */
  anything: boolean;
}

export async function gatherProgress(options: {
  source: ProgressSource;
  scenarios: ScenarioCache;
  checks: () => Promise<KnowledgeCheck[]>;
  content: ContentIndex | null;
  now: number;
}): Promise<ProgressData> {
  const [results, checkResults, cards, library] = await Promise.all([
    options.source.listResults(),
    options.source.listCheckResults(),
    options.source.loadReviewCards(),
    options.checks(),
  ]);
  const plays = await Promise.all(
    results.map(async (record) =>
      scorePlay(record, await options.scenarios.scenario(record.result.scenarioId)),
    ),
  );
  const checkById = new Map(library.map((check) => [check.id, check]));
  const progress = progressOf({
    plays,
    checks: checkResults.map((record) => scoreCheck(record, checkById.get(record.result.checkId))),
    cards,
    library,
    now: options.now,
  });
  return {
    progress,
    advice: weakest({ progress, scenarios: options.content?.scenarios ?? [], checks: library }),
    anything: results.length + checkResults.length + cards.length > 0,
  };
}
