import { generateLargeScenario } from '../scenario/generate.ts';
import { loadScenarioText } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { startSession } from '../engine/session.ts';
import type { Transcript } from '../engine/types.ts';
import { scoreTranscript } from '../scoring/score.ts';
import { median, round, wallMs } from './stats.ts';
import { BENCH_MAX_BYTES } from './validator.ts';

/**
 * A transcript of exactly `length` choices along the chain: the generator's first option at each
 * step (`choice-N-1`) moves on one step. The options are shown shuffled, so the first on screen would
 * jump ahead and end the play at about half the length asked for.
 */
function transcriptOf(scenario: Scenario, length: number): Transcript {
  const session = startSession({ scenario, seed: 1, timing: 'off' });
  for (let made = 0; made < length && !session.isOver(); made += 1) {
    const { choices } = session.view();
    const onwards = choices.find((choice) => choice.id.endsWith('-1')) ?? choices[0];
    if (onwards === undefined) break;
    session.choose(onwards.id);
  }
  return session.transcript();
}

export interface ScoringFigure {
  choices: number;
  ms: number;
  /** This size's time over the previous size's. */
  growth: number | null;
}

/** A generated scenario just long enough for a play of `length` choices along its chain. */
function scenarioFor(length: number): Scenario {
  const yaml = generateLargeScenario({ nodes: Math.ceil(length * 1.1) + 20, seed: 1 });
  const { scenario } = loadScenarioText(yaml, {
    file: 'generated.yaml',
    maxBytes: BENCH_MAX_BYTES,
  });
  if (scenario === undefined) throw new Error('The generated scenario did not load.');
  return scenario;
}

/**
 * Time to score transcripts of each length, sizes taken in turn, `runs` times. Each length plays a
 * scenario sized to it, as a real play's length follows its scenario's: scoring a 10-choice play of
 * a 3,000-node scenario would time the scenario's size, not the play's.
 */
export function measureScoring(lengths: readonly number[], runs: number): ScoringFigure[] {
  const plays = lengths.map((length) => {
    const scenario = scenarioFor(length);
    return { scenario, transcript: transcriptOf(scenario, length) };
  });
  const times = lengths.map(() => [] as number[]);
  for (let run = 0; run < runs; run += 1) {
    plays.forEach(({ scenario, transcript }, index) =>
      times[index]?.push(wallMs(() => scoreTranscript(scenario, transcript))),
    );
  }
  return lengths.map((length, index) => {
    const ms = median(times[index] ?? []);
    const before = index === 0 ? undefined : median(times[index - 1] ?? []);
    return {
      choices: plays[index]?.transcript.events.length ?? length,
      ms: round(ms, 2),
      growth: before === undefined ? null : round(ms / before, 1),
    };
  });
}
