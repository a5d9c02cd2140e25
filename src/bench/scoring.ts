import { generateLargeScenario } from '../scenario/generate.ts';
import { loadScenarioText } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { startSession } from '../engine/session.ts';
import type { Transcript } from '../engine/types.ts';
import { scoreTranscript } from '../scoring/score.ts';
import { median, round, wallMs } from './stats.ts';
import { BENCH_MAX_BYTES } from './validator.ts';

/** A transcript of exactly `length` choices: the first choice every time, along the chain. */
function transcriptOf(scenario: Scenario, length: number): Transcript {
  const session = startSession({ scenario, seed: 1, timing: 'off' });
  for (let made = 0; made < length && !session.isOver(); made += 1) {
    const first = session.view().choices[0];
    if (first === undefined) break;
    session.choose(first.id);
  }
  return session.transcript();
}

export interface ScoringFigure {
  choices: number;
  ms: number;
  /** This size's time over the previous size's. */
  growth: number | null;
}

/** Time to score transcripts of each length, sizes taken in turn, `runs` times. */
export function measureScoring(lengths: readonly number[], runs: number): ScoringFigure[] {
  const longest = Math.max(...lengths);
  const yaml = generateLargeScenario({ nodes: Math.ceil(longest * 1.1) + 20, seed: 1 });
  const { scenario } = loadScenarioText(yaml, {
    file: 'generated.yaml',
    maxBytes: BENCH_MAX_BYTES,
  });
  if (scenario === undefined) throw new Error('The generated scenario did not load.');
  const transcripts = lengths.map((length) => transcriptOf(scenario, length));
  scoreTranscript(scenario, transcripts[0] as Transcript);
  const times = lengths.map(() => [] as number[]);
  for (let run = 0; run < runs; run += 1) {
    transcripts.forEach((transcript, index) =>
      times[index]?.push(wallMs(() => scoreTranscript(scenario, transcript))),
    );
  }
  return lengths.map((length, index) => {
    const ms = median(times[index] ?? []);
    const before = index === 0 ? undefined : median(times[index - 1] ?? []);
    return {
      choices: transcripts[index]?.events.length ?? length,
      ms: round(ms, 2),
      growth: before === undefined ? null : round(ms / before, 1),
    };
  });
}
