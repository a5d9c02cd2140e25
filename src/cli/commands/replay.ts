import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCommandArgs } from '../args.ts';
import { displayPath, findContentFiles, idFromFileName, readContentText } from '../files.ts';
import type { CliIo } from '../io.ts';
import { describeSize } from '../../scenario/guard.ts';
import { loadScenarioText } from '../../scenario/load.ts';
import { replayTranscript } from '../../scoring/replay.ts';
import { consistencyWords, judgeStoredScores } from '../../scoring/consistency.ts';
import { parseTranscript } from '../../engine/transcript-schema.ts';
import { printResult, readScenario } from './play.ts';

const usage = `Usage: resolve replay <transcript.json> [--scenario <scenario.yaml>] [--json]

Replays a transcript (as \`resolve play --json\` prints under "transcript", or a saved game
exports) through the engine and scores it again: nothing in the file is trusted. The scenario is
found by id under scenarios/ unless --scenario names it. A transcript recorded against another
version of the scenario is refused (exit 1). When the file also carries scores (as \`resolve play
--json\` writes them), they are compared with the replay: "not consistent: stored overall 100,
replay 0" and exit 1 when they differ.

Options:
  --scenario F   the scenario file to replay against
  --json         print one JSON object: the debrief plus the transcript
  -h, --help`;

// Ten thousand events (the schema's limit) plus the debrief `resolve play --json` prints with them.
const MAX_TRANSCRIPT_BYTES = 16 * 1024 * 1024;

/** The scenario file under scenarios/ whose id is `id`: by file name first, then by content. */
async function findScenarioFile(id: string, io: CliIo): Promise<string | undefined> {
  const { files } = await findContentFiles(['scenarios'], io.cwd);
  const byName = files.filter((file) => idFromFileName(file) === id);
  for (const file of [...byName, ...files.filter((each) => !byName.includes(each))]) {
    const display = displayPath(io.cwd, file);
    const { text } = await readContentText(file, display);
    if (text !== undefined && loadScenarioText(text, { file: display }).scenario?.id === id)
      return file;
  }
  return undefined;
}

/** A file with a debrief beside its transcript claims scores that replay must bear out. */
const carriesScores = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  ['overall', 'complete', 'ending', 'criteria', 'techniques'].some((key) =>
    Object.hasOwn(data, key),
  );

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    spec: { scenario: { type: 'string' }, json: { type: 'boolean' } },
    usage,
    io,
  });
  if (!args.ok) return args.exitCode;
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(`Give exactly one transcript file.\n\n${usage}`);
    return 2;
  }
  const path = resolve(io.cwd, file);
  const display = displayPath(io.cwd, path);
  let data: unknown;
  try {
    // A transcript is small; refuse a huge file before reading it all into memory.
    const { size } = await stat(path);
    if (size > MAX_TRANSCRIPT_BYTES) {
      io.stderr(
        `${display} is ${describeSize(size)}; a transcript file must be under ${describeSize(MAX_TRANSCRIPT_BYTES)}. Check that this is the file you meant.`,
      );
      return 1;
    }
    data = JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    const problem =
      error instanceof SyntaxError
        ? `is not valid JSON (${error.message})`
        : `could not be read (${error instanceof Error ? error.message : String(error)})`;
    io.stderr(`${display} ${problem}. Give a transcript as \`resolve play --json\` writes it.`);
    return 1;
  }
  // `resolve play --json` output holds the transcript under "transcript": accept either.
  const candidate =
    typeof data === 'object' && data !== null && 'transcript' in data && !('events' in data)
      ? data.transcript
      : data;
  const parsed = parseTranscript(candidate);
  if (!parsed.ok) {
    io.stderr(`${display} is not a valid Resolve transcript:`);
    parsed.problems.forEach((problem) => io.stderr(`  ${problem.path}: ${problem.message}`));
    return 1;
  }
  const transcript = parsed.transcript;
  const scenarioOption = args.values.scenario;
  const scenarioFile =
    typeof scenarioOption === 'string'
      ? scenarioOption
      : await findScenarioFile(transcript.scenario.id, io);
  if (scenarioFile === undefined) {
    io.stderr(
      `${display} is a transcript of scenario "${transcript.scenario.id}", which is not under scenarios/. Name its file with --scenario.`,
    );
    return 1;
  }
  const scenario = await readScenario(scenarioFile, io);
  if (scenario === undefined) return 1;
  const result = replayTranscript({ scenario, transcript });
  const claimsScores = candidate !== data && carriesScores(data);
  if (!result.ok) {
    io.stderr(`${display}: ${claimsScores ? 'not consistent: ' : ''}${result.message}`);
    return 1;
  }
  printResult(result.debrief, transcript, args.values.json === true, io);
  if (!claimsScores) return 0;
  const consistency = judgeStoredScores(data, result.debrief);
  io.stderr(`${display}: ${consistencyWords(consistency)}`);
  return consistency.verdict === 'consistent' ? 0 : 1;
}
