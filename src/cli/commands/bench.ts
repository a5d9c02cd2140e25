import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandArgs, stringOption } from '../args.ts';
import { displayPath, findContentFiles, kindOf, readContentText } from '../files.ts';
import type { CliIo } from '../io.ts';
import { loadScenarioText } from '../../scenario/load.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { benchTable, floorLines, MEASURES, runBench, type Measure } from '../../bench/run.ts';

const usage = `Usage: resolve bench [--runs N] [--only LIST] [--quick] [--out FILE]

Measures Resolve against its peers, each figure the median of N runs taken in turn with its peer:
(1) choices per CPU-second of random play on generated 100, 1,000 and 10,000-node scenarios,
against inkjs on the same graph compiled by inkjs's own compiler, and the whole library under
the random policy; (2) scoring transcripts of 10, 100, 1,000 and 3,000 choices; (3) the validator
against inkjs's compiler, time and peak memory, each in a fresh process; (4) CLI start-up against
\`node -e 0\`; (5) the built game (dist/) in headless Chromium against a blank Phaser 4 page built
now: bytes as sent (gzip, brotli), load and play timings locally and over a 1.6 Mbit/s, 150 ms
link, click latency, frame times, frames while the stage is hidden, heap after 1 and 20 plays.
Prints a table and which of issue 15's floors are met, and writes the figures with the machine's
description to bench/results.json (or --out). Run it through \`npm run bench\`, which builds the
game and the CLI first.

Options:
  --runs N     interleaved runs of each measure (default 5)
  --only LIST  some of ${MEASURES.join(',')} (default all)
  --quick      tiny sizes, to check the bench works (figures mean nothing)
  --out FILE   where to write the figures (default bench/results.json)
  -h, --help`;

async function libraryScenarios(io: CliIo): Promise<Scenario[]> {
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

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    spec: {
      runs: { type: 'string' },
      only: { type: 'string' },
      quick: { type: 'boolean' },
      out: { type: 'string' },
    },
    usage,
    io,
  });
  if (!args.ok) return args.exitCode;
  const quick = args.values.quick === true;
  const runs = Number(stringOption(args.values, 'runs', quick ? '1' : '5'));
  if (!Number.isInteger(runs) || runs < 1) {
    io.stderr('--runs must be a whole number of at least 1.');
    return 2;
  }
  const onlyText = stringOption(args.values, 'only', '');
  const only = onlyText === '' ? undefined : onlyText.split(',');
  const unknown = only?.filter((each) => !(MEASURES as readonly string[]).includes(each)) ?? [];
  if (unknown.length > 0) {
    io.stderr(`--only takes ${MEASURES.join(', ')}; not ${unknown.join(', ')}.`);
    return 2;
  }
  // Two folders up from here is the project in both src/ and the compiled dist-cli/.
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const bin = join(root, 'bin/resolve.mjs');
  const results = await runBench({
    root,
    runs,
    quick,
    ...(only === undefined ? {} : { only: only as Measure[] }),
    library: await libraryScenarios(io),
    ...(quick ? {} : { bin }),
    progress: (message) => io.stderr(message),
  });
  const out = resolve(io.cwd, stringOption(args.values, 'out', 'bench/results.json'));
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  io.stdout(
    `${benchTable(results)}\n\nFloors (issue 15):\n${floorLines(results)}\n\nWritten to ${displayPath(io.cwd, out)}.`,
  );
  return 0;
}
