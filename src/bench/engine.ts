import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { Compiler, Story } from 'inkjs/full';
import { startSession } from '../engine/session.ts';
import { playPolicy } from '../engine/policies.ts';
import type { Scenario } from '../scenario/schema.ts';
import { inkSourceOf, inkText } from './ink-source.ts';
import { cpuSeconds, median, round } from './stats.ts';

/** The seeded player both engines follow: the same draws pick the same option index. */
const player = (seed: number) => {
  const random = xoroshiro128plus(seed);
  return (count: number): number => uniformInt(random, 0, count - 1);
};

/** One random play through the public session API (options in the author's order, as ink shows them); returns the choices made. */
export function playResolve(scenario: Scenario, seed: number): number {
  const pick = player(seed);
  const session = startSession({ scenario, seed, timing: 'standard', optionOrder: 'authored' });
  let choices = 0;
  while (!session.isOver()) {
    const view = session.view();
    const count = view.choices.length + (view.countdown === null ? 0 : 1);
    const index = pick(count);
    const choice = view.choices[index];
    if (choice === undefined) session.timeOut();
    else session.choose(choice.id);
    choices += 1;
  }
  return choices;
}

/** The same play in inkjs, with the story already compiled and loaded. */
export function playInk(story: Story, seed: number): number {
  const pick = player(seed);
  story.ResetState();
  story.ContinueMaximally();
  let choices = 0;
  while (story.currentChoices.length > 0) {
    story.ChooseChoiceIndex(pick(story.currentChoices.length));
    story.ContinueMaximally();
    choices += 1;
  }
  return choices;
}

/**
 * The customer's lines along one seeded play in each engine (the ending left out): equal trails
 * show the two graphs and players match, so the speeds compare like with like.
 */
export function sameTrail(scenario: Scenario, story: Story, seed: number): boolean {
  const resolve: string[] = [];
  let pick = player(seed);
  const session = startSession({ scenario, seed, timing: 'standard', optionOrder: 'authored' });
  while (!session.isOver()) {
    const view = session.view();
    resolve.push(inkText(view.customerLine ?? ''));
    const index = pick(view.choices.length + (view.countdown === null ? 0 : 1));
    const choice = view.choices[index];
    if (choice === undefined) session.timeOut();
    else session.choose(choice.id);
  }
  const ink: string[] = [];
  pick = player(seed);
  story.ResetState();
  const firstLine = (): string => (story.ContinueMaximally().split('\n')[0] ?? '').trim();
  ink.push(firstLine());
  while (story.currentChoices.length > 0) {
    story.ChooseChoiceIndex(pick(story.currentChoices.length));
    const line = firstLine();
    if (story.currentChoices.length > 0) ink.push(line);
  }
  return resolve.length === ink.length && resolve.every((line, index) => line === ink[index]);
}

export function compileInk(source: string): Story {
  const compiler = new Compiler(source);
  const story = compiler.Compile();
  if (compiler.errors.length > 0) throw new Error(`inkjs: ${compiler.errors.join('; ')}`);
  return story;
}

export interface EngineFigure {
  nodes: number;
  plays: number;
  /** Median over interleaved runs. */
  resolveChoicesPerCpuSecond: number;
  inkChoicesPerCpuSecond: number;
  ratio: number;
  /** Both engines went the same way on the same seeds: same lines, same number of choices. */
  samePaths: boolean;
}

/** Choices per CPU-second on one generated scenario, Resolve and inkjs in turn, `runs` times. */
export function measureEngine(options: {
  scenario: Scenario;
  nodes: number;
  plays: number;
  runs: number;
}): EngineFigure {
  const { scenario, plays, runs } = options;
  // Building the machine and compiling the story happen outside the timed loop.
  const story = new Story(compileInk(inkSourceOf(scenario)).ToJson() ?? '');
  playResolve(scenario, 0);
  playInk(story, 0);
  const resolveRates: number[] = [];
  const inkRates: number[] = [];
  let samePaths = [1, 2, 3, 4, 5].every((seed) => sameTrail(scenario, story, seed));
  for (let run = 0; run < runs; run += 1) {
    const seeds = Array.from({ length: plays }, (_, index) => run * plays + index + 1);
    let resolveChoices = 0;
    const resolveSeconds = cpuSeconds(() => {
      for (const seed of seeds) resolveChoices += playResolve(scenario, seed);
    });
    let inkChoices = 0;
    const inkSeconds = cpuSeconds(() => {
      for (const seed of seeds) inkChoices += playInk(story, seed);
    });
    if (resolveChoices !== inkChoices) samePaths = false;
    resolveRates.push(resolveChoices / Math.max(resolveSeconds, 1e-6));
    inkRates.push(inkChoices / Math.max(inkSeconds, 1e-6));
  }
  const resolve = median(resolveRates);
  const ink = median(inkRates);
  return {
    nodes: options.nodes,
    plays,
    resolveChoicesPerCpuSecond: Math.round(resolve),
    inkChoicesPerCpuSecond: Math.round(ink),
    ratio: round(resolve / ink),
    samePaths,
  };
}

/** The random policy over the whole library (the scenarios under scenarios/). */
export function measureLibrary(scenarios: readonly Scenario[], plays: number, runs: number) {
  for (const scenario of scenarios)
    playPolicy({ scenario, policy: 'random', seed: -1, timing: 'standard' });
  const rates: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    let choices = 0;
    const seconds = cpuSeconds(() => {
      for (const scenario of scenarios) {
        for (let seed = 0; seed < plays; seed += 1) {
          const transcript = playPolicy({
            scenario,
            policy: 'random',
            seed: run * plays + seed,
            timing: 'standard',
          });
          choices += transcript.events.filter(
            (event) => event.type === 'CHOOSE' || event.type === 'TIMEOUT',
          ).length;
        }
      }
    });
    rates.push(choices / Math.max(seconds, 1e-6));
  }
  return {
    scenarios: scenarios.length,
    playsPerScenario: plays,
    choicesPerCpuSecond: Math.round(median(rates)),
  };
}
