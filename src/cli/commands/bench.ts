import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCommandArgs, stringOption } from '../args.ts';
import { displayPath, findContentFiles, kindOf, readContentText } from '../files.ts';
import type { CliIo } from '../io.ts';
import { checkScenarioText } from '../../scenario/analyse.ts';
import { generateLargeScenario } from '../../scenario/generate.ts';
import { loadScenarioText } from '../../scenario/load.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { playPolicy } from '../../engine/policies.ts';
import type { Transcript } from '../../engine/types.ts';
import { scoreTranscript } from '../../scoring/score.ts';

const usage = `Usage: resolve bench [--plays N] [--nodes N] [--validator-runs N] [--out FILE]

Measures (1) the validator on a generated 1,000-node scenario, (2) choices per second of the
random policy in the engine over many plays of the scenarios under scenarios/, and (3) scoring
time per transcript. Prints the figures and writes them to bench-results.json (or --out).

Options:
  --plays N            random plays per scenario (default 300)
  --nodes N            nodes in the generated scenario for the validator (default 1000)
  --validator-runs N   times to run the validator; the median is reported (default 7)
  --out FILE           where to write the figures (default bench-results.json)
  -h, --help`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const round = (value: number, places = 2): number => Number(value.toFixed(places));

async function sampleScenarios(io: CliIo): Promise<Scenario[]> {
  const { files } = await findContentFiles(['scenarios'], io.cwd);
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const display = displayPath(io.cwd, file);
    const { text } = await readContentText(file, display);
    if (text === undefined || kindOf(file, text) !== 'scenario') continue;
    const { scenario } = loadScenarioText(text, { file: display });
    if (scenario !== undefined) scenarios.push(scenario);
  }
  return scenarios;
}

function measureValidator(
  nodes: number,
  runs: number,
): {
  nodes: number;
  runs: number;
  medianMs: number;
  fastestMs: number;
  errors: number;
} {
  const text = generateLargeScenario({ nodes, seed: 1 });
  const times: number[] = [];
  let errors = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const checked = checkScenarioText(text, { file: `generated-${nodes}.yaml` });
    times.push(performance.now() - started);
    errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  }
  return {
    nodes,
    runs: times.length,
    medianMs: round(median(times)),
    fastestMs: round(Math.min(...times)),
    errors,
  };
}

function measureEngine(scenarios: readonly Scenario[], plays: number) {
  const transcripts: { scenario: Scenario; transcript: Transcript }[] = [];
  let choices = 0;
  let events = 0;
  // Warm up first, so the figure is the engine's steady speed rather than the JIT's.
  for (const scenario of scenarios)
    playPolicy({ scenario, policy: 'random', seed: -1, timing: 'standard' });
  const started = performance.now();
  for (const scenario of scenarios) {
    for (let seed = 0; seed < plays; seed += 1) {
      const transcript = playPolicy({ scenario, policy: 'random', seed, timing: 'standard' });
      events += transcript.events.length;
      choices += transcript.events.filter(
        (event) => event.type === 'CHOOSE' || event.type === 'TIMEOUT',
      ).length;
      transcripts.push({ scenario, transcript });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    result: {
      scenarios: scenarios.length,
      plays: scenarios.length * plays,
      choices,
      events,
      seconds: round(seconds, 3),
      choicesPerSecond: Math.round(choices / seconds),
      eventsPerSecond: Math.round(events / seconds),
    },
    transcripts,
  };
}

function measureScoring(transcripts: readonly { scenario: Scenario; transcript: Transcript }[]) {
  const sample = transcripts.slice(0, 600);
  const started = performance.now();
  for (const { scenario, transcript } of sample) scoreTranscript(scenario, transcript);
  const elapsed = performance.now() - started;
  return {
    transcripts: sample.length,
    msPerTranscript: round(sample.length === 0 ? 0 : elapsed / sample.length),
  };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    spec: {
      plays: { type: 'string' },
      nodes: { type: 'string' },
      'validator-runs': { type: 'string' },
      out: { type: 'string' },
    },
    usage,
    io,
  });
  if (!args.ok) return args.exitCode;
  const plays = Number(stringOption(args.values, 'plays', '300'));
  const runs = Number(stringOption(args.values, 'validator-runs', '7'));
  const nodes = Number(stringOption(args.values, 'nodes', '1000'));
  if ([plays, runs, nodes].some((value) => !Number.isInteger(value) || value < 1)) {
    io.stderr('--plays, --nodes and --validator-runs must be whole numbers of at least 1.');
    return 2;
  }
  const scenarios = await sampleScenarios(io);
  if (scenarios.length === 0) {
    io.stderr(
      'There are no scenarios under scenarios/ to play: run bench from the project folder.',
    );
    return 2;
  }
  io.stdout(
    `Measuring the validator on a generated ${nodes.toLocaleString('en-GB')}-node scenario…`,
  );
  const validator = measureValidator(nodes, runs);
  io.stdout(`Playing ${plays} random games of each of ${scenarios.length} scenarios…`);
  const engine = measureEngine(scenarios, plays);
  io.stdout('Scoring the transcripts…');
  const scoring = measureScoring(engine.transcripts);
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    validator,
    engine: engine.result,
    scoring,
  };
  const out = resolve(io.cwd, stringOption(args.values, 'out', 'bench-results.json'));
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  io.stdout(
    [
      '',
      `Validator, ${nodes.toLocaleString('en-GB')}-node scenario: ${validator.medianMs} ms (median of ${validator.runs}; fastest ${validator.fastestMs} ms; ${validator.errors} errors)`,
      `Engine, random policy: ${engine.result.choicesPerSecond.toLocaleString('en-GB')} choices/s (${engine.result.eventsPerSecond.toLocaleString('en-GB')} events/s over ${engine.result.plays} plays)`,
      `Scoring: ${scoring.msPerTranscript} ms per transcript (${scoring.transcripts} transcripts)`,
      `Written to ${displayPath(io.cwd, out)}.`,
    ].join('\n'),
  );
  return validator.errors > 0 ? 1 : 0;
}
