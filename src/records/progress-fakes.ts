import type { CriterionId, TechniqueId } from '../curriculum/ids.ts';
import type { ScenarioSummary } from '../scenario/content-index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Debrief } from '../scoring/debrief.ts';
import type { Transcript } from '../engine/types.ts';
import { statusOf } from '../scoring/tally.ts';
import type { PlayRecord } from '../storage/learner-store.ts';
import type { ScoredPlay } from './scored-play.ts';

// Test-only: scored plays made by hand, so a test names exactly the scores it is about.

export function fakePlay(options: {
  playId: string;
  savedAt: string;
  scenarioId: string;
  title?: string;
  overall?: number | null;
  complete?: boolean;
  criteria?: Partial<Record<CriterionId, number | null>>;
  techniques?: Partial<Record<TechniqueId, number | null>>;
}): ScoredPlay {
  const title = options.title ?? options.scenarioId;
  const record: PlayRecord = {
    playId: options.playId,
    savedAt: options.savedAt,
    result: {
      format: 'resolve-result',
      version: 1,
      scenarioId: options.scenarioId,
      scenarioTitle: title,
      timingSource: 'learner',
      finishedAt: options.savedAt,
      transcript: {} as Transcript,
    },
  };
  const debrief = {
    scenario: { id: options.scenarioId, title, contentHash: '0' },
    complete: options.complete ?? true,
    overall: options.overall === undefined ? 50 : options.overall,
    criteria: Object.fromEntries(
      Object.entries(options.criteria ?? {}).map(([id, score]) => [
        id,
        { score, status: statusOf(score ?? null) },
      ]),
    ),
    techniques: Object.fromEntries(
      Object.entries(options.techniques ?? {}).map(([id, score]) => [id, { score }]),
    ),
  } as unknown as Debrief;
  return { ok: true, record, scenario: {} as Scenario, debrief };
}

export function fakeSummary(
  id: string,
  options: Partial<Pick<ScenarioSummary, 'title' | 'difficulty' | 'criteria' | 'techniques'>>,
): ScenarioSummary {
  return {
    id,
    title: options.title ?? id,
    summary: '',
    traits: ['calm'],
    justified: 'justified',
    sector: 'retail',
    channel: 'phone',
    pressure: 'calm',
    nation: 'england',
    difficulty: options.difficulty ?? 'introductory',
    minutes: 10,
    timed: false,
    criteria: options.criteria ?? [],
    techniques: options.techniques ?? [],
    range: [],
    file: `scenarios/${id}.json`,
  } as unknown as ScenarioSummary;
}
