import { loadFixture } from '../engine/fixtures/load.ts';
import { playPolicy } from '../engine/policies.ts';
import type { PolicyName } from '../engine/policies.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { PlayRecord } from '../storage/learner-store.ts';

// Test-only: real finished plays of the engine's fixture scenarios, as the store would keep them.
export const headphones: Scenario = loadFixture('fixture-headphones');
export const meterLetter: Scenario = loadFixture('fixture-meter-letter');

export function playRecord(options: {
  scenario: Scenario;
  policy: PolicyName;
  playId: string;
  savedAt: string;
  packId?: string;
  seed?: number;
}): PlayRecord {
  const { scenario, packId } = options;
  return {
    playId: options.playId,
    savedAt: options.savedAt,
    result: {
      format: 'resolve-result',
      version: 1,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      ...(packId ? { packId } : {}),
      timingSource: 'default',
      finishedAt: options.savedAt,
      transcript: playPolicy({
        scenario,
        policy: options.policy,
        seed: options.seed ?? 1,
        timing: 'off',
      }),
    },
  };
}
