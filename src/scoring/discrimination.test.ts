import { afterAll, describe, expect, it } from 'vitest';
import { CONFLICT_MANAGEMENT_TECHNIQUES } from '../curriculum/ids.ts';
import {
  allScenarios,
  loadSampleKnowledgeChecks,
  loadSampleScenarios,
  sampleKnowledgeCheckFiles,
  sampleScenarioFiles,
} from '../engine/fixtures/load.ts';
import { playKnowledgeCheck } from '../engine/knowledge-check.ts';
import { checkResult } from './check-result.ts';
import type { OptionOrder } from '../engine/order.ts';
import { playPolicy, type PolicyName } from '../engine/policies.ts';
import type { Scenario } from '../scenario/schema.ts';
import { scoreTranscript } from './score.ts';

/*
 * The scoring is right when it discriminates: on every scenario and knowledge check, a player taking
 * the author's skilled options scores high; one picking at random scores low; one who plays the
 * layout (the first option shown, the longest, the shortest) does no better than chance; the worst
 * fails, and one who argues fails conflict management. Policies choose by stance tags or by what is
 * on screen, never by the numbers they are judged on.
 */
const SEEDS = 20;
const BEST_FLOOR = 85;
const CHANCE_CEILING = 60;
/** How far a layout player may beat the random player's mean on the same seeds. */
const ABOVE_RANDOM = 10;

type Run = { policy: PolicyName; optionOrder: OptionOrder };
const LAYOUT_RUNS: readonly Run[] = [
  { policy: 'first', optionOrder: 'seeded' },
  { policy: 'longest', optionOrder: 'seeded' },
  { policy: 'shortest', optionOrder: 'seeded' },
  // Shuffling hides position, not length: these must hold with the author's order too.
  { policy: 'longest', optionOrder: 'authored' },
  { policy: 'shortest', optionOrder: 'authored' },
];
const runName = ({ policy, optionOrder }: Run): string =>
  optionOrder === 'authored' ? `${policy} (unshuffled)` : policy;

/**
 * (file, run) pairs that fail the floors today while the content is rewritten to meet them (issue
 * 9, section 5). They are skipped and reported, never hidden: the lead empties this list when the
 * rewritten scenarios and checks are merged.
 */
const awaitingContentRewrite: readonly { file: string; run: string }[] = [];

const awaiting = (file: string, run: string): boolean =>
  awaitingContentRewrite.some((pair) => pair.file === file && pair.run === run);

/** Every mean measured, printed once at the end so the figures are in every test log. */
const figures: string[] = [];
afterAll(() => {
  if (figures.length > 0) console.log(`Discrimination over ${SEEDS} seeds:\n${figures.join('\n')}`);
});

const seeds = Array.from({ length: SEEDS }, (_, seed) => seed);
const mean = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0) / values.length;

/** One target (a scenario or a knowledge check) as the suite sees it: a score per run and seed. */
function describeTarget(
  file: string,
  score: (run: Run, seed: number) => number,
  layoutRuns: readonly Run[] = LAYOUT_RUNS,
): void {
  const scores = (run: Run) => seeds.map((seed) => score(run, seed));
  let randomMean: number | undefined;
  const random = () => (randomMean ??= mean(scores({ policy: 'random', optionOrder: 'seeded' })));

  it(`scores the best player at least ${BEST_FLOOR} on every seed`, () => {
    const best = scores({ policy: 'best', optionOrder: 'seeded' });
    figures.push(`${file}  best: ${mean(best).toFixed(1)} (lowest ${Math.min(...best)})`);
    expect(Math.min(...best)).toBeGreaterThanOrEqual(BEST_FLOOR);
  });

  it(`scores a random player at most ${CHANCE_CEILING} on average`, () => {
    figures.push(`${file}  random: ${random().toFixed(1)}`);
    expect(random()).toBeLessThanOrEqual(CHANCE_CEILING);
  });

  for (const run of layoutRuns) {
    const name = runName(run);
    const test = awaiting(file, name) ? it.skip : it;
    test(`scores ${name} at most ${CHANCE_CEILING} on average, and at most ${ABOVE_RANDOM} above random`, () => {
      const average = mean(scores(run));
      figures.push(`${file}  ${name}: ${average.toFixed(1)}`);
      expect(average).toBeLessThanOrEqual(CHANCE_CEILING);
      expect(average).toBeLessThanOrEqual(random() + ABOVE_RANDOM);
    });
  }
}

/** A policy always plays to an ending, so its debrief has an overall; a missing one is a failure. */
function scenarioScore(scenario: Scenario, run: Run, seed: number): number {
  const { overall } = scoreTranscript(
    scenario,
    playPolicy({ scenario, seed, timing: 'standard', ...run }),
  );
  if (overall === null) throw new Error(`${runName(run)} seed ${seed} stopped before an ending`);
  return overall;
}

const scenarios = allScenarios();
const samples = loadSampleScenarios();
const checks = loadSampleKnowledgeChecks();

describe('the suite covers everything on disk', () => {
  it('loads every scenario YAML under scenarios/ (one that fails to load fails here)', () => {
    expect(samples.map((each) => each.file)).toEqual(sampleScenarioFiles());
  });

  it('loads every knowledge check under scenarios/checks/', () => {
    expect(checks.map((each) => each.file)).toEqual(sampleKnowledgeCheckFiles());
  });

  it('lists only files that exist and runs that exist as awaiting a rewrite', () => {
    const files = [...sampleScenarioFiles(), ...sampleKnowledgeCheckFiles()];
    const runs = LAYOUT_RUNS.map(runName);
    for (const pair of awaitingContentRewrite) {
      expect(files, pair.file).toContain(pair.file);
      expect(runs, pair.run).toContain(pair.run);
    }
    if (awaitingContentRewrite.length > 0) {
      console.log(
        `Skipped while the content is rewritten (awaitingContentRewrite):\n${awaitingContentRewrite
          .map((pair) => `  ${pair.file}: ${pair.run}`)
          .join('\n')}`,
      );
    }
  });
});

describe.each(scenarios)('$file', ({ file, scenario }) => {
  // The engine's own fixtures test the engine, not the writing: the layout floors are for content.
  describeTarget(
    file,
    (run, seed) => scenarioScore(scenario, run, seed),
    file.startsWith('scenarios/') ? LAYOUT_RUNS : [],
  );

  it('scores the worst player at most 30', () => {
    expect(
      scenarioScore(scenario, { policy: 'worst', optionOrder: 'seeded' }, 1),
    ).toBeLessThanOrEqual(30);
  });

  it('scores an arguing player below 40 on every conflict-management technique it met', () => {
    const debrief = scoreTranscript(
      scenario,
      playPolicy({ scenario, policy: 'argue', seed: 1, timing: 'standard' }),
    );
    for (const id of CONFLICT_MANAGEMENT_TECHNIQUES) {
      const score = debrief.techniques[id]?.score;
      if (score === null || score === undefined) continue;
      expect(score, `argue on ${id}`).toBeLessThan(40);
    }
  });
});

describe.each(checks)('$file', ({ file, check }) => {
  describeTarget(
    file,
    (run, seed) => checkResult(playKnowledgeCheck({ check, seed, ...run })).score ?? 0,
  );

  it('scores the worst player 0', () => {
    expect(checkResult(playKnowledgeCheck({ check, policy: 'worst', seed: 1 })).score).toBe(0);
  });
});
