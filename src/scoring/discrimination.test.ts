import { describe, expect, it } from 'vitest';
import { CONFLICT_MANAGEMENT_TECHNIQUES } from '../curriculum/ids.ts';
import { allScenarios, loadSampleScenarios } from '../engine/fixtures/load.ts';
import { playPolicy } from '../engine/policies.ts';
import type { Scenario } from '../scenario/schema.ts';
import { scoreTranscript } from './score.ts';

/*
 * The scoring is right when it discriminates: on every scenario, a player taking the author's
 * skilled options scores high, one picking at random scores low, one taking the worst options
 * fails, and one who argues fails conflict management. Policies choose by stance tags, never by
 * the numbers they are judged on, so this also checks that authors' tags and evidence agree.
 */
const RANDOM_SEEDS = 100;

const debriefOf = (scenario: Scenario, policy: 'best' | 'worst' | 'random' | 'argue', seed = 1) =>
  scoreTranscript(scenario, playPolicy({ scenario, policy, seed, timing: 'standard' }));

const scenarios = allScenarios();

it('covers the sample scenarios once there are any', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(loadSampleScenarios().length);
});

describe.each(scenarios)('$file', ({ scenario }) => {
  it('scores the best player at least 85', () => {
    expect(debriefOf(scenario, 'best').overall).toBeGreaterThanOrEqual(85);
  });

  it('scores the worst player at most 30', () => {
    expect(debriefOf(scenario, 'worst').overall).toBeLessThanOrEqual(30);
  });

  it('scores a random player at most 60 on average over 100 seeds', () => {
    let total = 0;
    for (let seed = 0; seed < RANDOM_SEEDS; seed += 1)
      total += debriefOf(scenario, 'random', seed).overall ?? 0;
    expect(total / RANDOM_SEEDS).toBeLessThanOrEqual(60);
  }, 60_000);

  it('scores an arguing player below 40 on every conflict-management technique it met', () => {
    const debrief = debriefOf(scenario, 'argue');
    const scores = Object.fromEntries(
      CONFLICT_MANAGEMENT_TECHNIQUES.flatMap((id) => {
        const score = debrief.techniques[id]?.score;
        return score === null || score === undefined ? [] : [[id, score]];
      }),
    );
    for (const [id, score] of Object.entries(scores)) {
      expect(score, `argue on ${id}`).toBeLessThan(40);
    }
  });
});
