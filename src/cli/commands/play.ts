import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { resolve } from 'node:path';
import { parseCommandArgs, stringOption } from '../args.ts';
import { displayPath, readContentText } from '../files.ts';
import type { CliIo } from '../io.ts';
import { jsonForTerminal } from '../terminal-text.ts';
import { checkScenarioText } from '../../scenario/analyse.ts';
import { formatDiagnostic } from '../../scenario/diagnostics.ts';
import { TIMING_MODES, type TimingMode } from '../../scenario/pack-schema.ts';
import { AUDIENCES, RISK_LEVELS, type Scenario } from '../../scenario/schema.ts';
import { POLICIES, playPolicy, type PolicyName } from '../../engine/policies.ts';
import { startSession, type Session } from '../../engine/session.ts';
import type { OptionOrder, Transcript } from '../../engine/types.ts';
import type { Debrief } from '../../scoring/debrief.ts';
import { scoreTranscript } from '../../scoring/score.ts';
import { debriefText } from '../../scoring/text.ts';
import { FEEDBACK_DIRECTIONS } from '../../scenario/vocabulary.ts';
import { own } from '../../scenario/own.ts';
import { makeResultFile } from '../../results/make-result-file.ts';
import { resultFileSchema } from '../../results/result-file.ts';
import { playIdOf } from '../../storage/play-id.ts';
import type { FinishedPlay } from '../../storage/saved-play.ts';

const DEFAULT_LEARNER = 'Terminal player';

const usage = `Usage: resolve play <scenario.yaml> --policy ${POLICIES.join('|')} [--seed N] [--timing standard|extended|off] [--no-shuffle] [--json]
       resolve play <scenario.yaml> --interactive [--seed N] [--timing ...] [--no-shuffle] [--json]
       resolve play <scenario.yaml> --policy P … --result <out.resolve-result.json> [--learner NAME]

Plays the scenario through the engine and prints the debrief. With --policy a scripted player
chooses by the author's stance tags (best, worst, random, argue) or by the layout (first: the first
option as shown; longest, shortest: by the length of the option's text); with --interactive you
play in the terminal (numbered choices; answers may be piped in, one per line).

Options:
  --policy P       ${POLICIES.join(', ')}
  --interactive    play yourself
  --seed N         the seed for variant lines, the order options are shown in and the random
                   policy (default 1)
  --timing T       standard (default), extended (ten times longer) or off
  --no-shuffle     show options in the order the author wrote them
  --json           print one JSON object: the debrief plus the transcript
  --result F       also write the play as a result file, as the game saves it for a tutor
                   (check it with \`resolve check-results F\`)
  --learner NAME   the learner's name in the result file (default "${DEFAULT_LEARNER}")
  -h, --help`;

/** Read and check a scenario file; print its problems and return undefined if it cannot be played. */
export async function readScenario(file: string, io: CliIo): Promise<Scenario | undefined> {
  const path = resolve(io.cwd, file);
  const display = displayPath(io.cwd, path);
  const read = await readContentText(path, display);
  if (read.text === undefined) {
    read.diagnostics.forEach((diagnostic) => io.stderr(formatDiagnostic(diagnostic)));
    return undefined;
  }
  const checked = checkScenarioText(read.text, { file: display });
  const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (checked.scenario === undefined || errors.length > 0) {
    errors.forEach((diagnostic) => io.stderr(formatDiagnostic(diagnostic)));
    io.stderr(
      `${display} cannot be played until these are fixed (see resolve validate ${display}).`,
    );
    return undefined;
  }
  return checked.scenario;
}

/** What play and replay print with --json: the debrief and the transcript it came from. */
const playResult = (debrief: Debrief, transcript: Transcript) => ({
  ...debrief,
  transcript,
});

export function printResult(
  debrief: Debrief,
  transcript: Transcript,
  json: boolean,
  io: CliIo,
): void {
  io.stdout(json ? jsonForTerminal(playResult(debrief, transcript)) : debriefText(debrief));
}

function parseSeed(value: string, io: CliIo): number | undefined {
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    io.stderr(`--seed must be a whole number, like --seed 42; got "${value}".`);
    return undefined;
  }
  return Number(value);
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    spec: {
      policy: { type: 'string' },
      seed: { type: 'string' },
      timing: { type: 'string' },
      json: { type: 'boolean' },
      interactive: { type: 'boolean' },
      'no-shuffle': { type: 'boolean' },
      result: { type: 'string' },
      learner: { type: 'string' },
    },
    usage,
    io,
  });
  if (!args.ok) return args.exitCode;
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(`Give exactly one scenario file.\n\n${usage}`);
    return 2;
  }
  const interactive = args.values.interactive === true;
  const policy = args.values.policy;
  if (interactive === (typeof policy === 'string')) {
    io.stderr(`Give either --policy or --interactive.\n\n${usage}`);
    return 2;
  }
  if (typeof policy === 'string' && !(POLICIES as readonly string[]).includes(policy)) {
    io.stderr(`--policy must be one of ${POLICIES.join(', ')}; got "${policy}".`);
    return 2;
  }
  const timing = stringOption(args.values, 'timing', 'standard');
  if (!(TIMING_MODES as readonly string[]).includes(timing)) {
    io.stderr(`--timing must be one of ${TIMING_MODES.join(', ')}; got "${timing}".`);
    return 2;
  }
  const seed = parseSeed(stringOption(args.values, 'seed', '1'), io);
  if (seed === undefined) return 2;
  const learnerName = stringOption(args.values, 'learner', DEFAULT_LEARNER).trim();
  // The same rule the result file's reader applies: one line of plain text, at most 60 characters.
  if (!resultFileSchema.shape.learnerName.safeParse(learnerName).success) {
    io.stderr(
      `--learner must be a name of 1 to 60 characters on one line; got "${learnerName.slice(0, 80)}".`,
    );
    return 2;
  }
  const resultFile = args.values.result;
  const scenario = await readScenario(file, io);
  if (scenario === undefined) return 1;
  const json = args.values.json === true;
  const optionOrder: OptionOrder = args.values['no-shuffle'] === true ? 'authored' : 'seeded';

  if (interactive) {
    const session = startSession({ scenario, seed, timing: timing as TimingMode, optionOrder });
    const finished = await playInteractively({
      session,
      input: process.stdin,
      io,
      realTime: process.stdin.isTTY,
    });
    const transcript = session.transcript();
    const debrief = scoreTranscript(scenario, transcript);
    printResult(debrief, transcript, json, io);
    if (typeof resultFile === 'string') {
      const written = await writeResult({
        scenario,
        transcript,
        debrief,
        learnerName,
        file: resultFile,
        timingGiven: args.values.timing !== undefined,
        io,
      });
      if (!written) return 1;
    }
    return finished ? 0 : 1;
  }
  const transcript = playPolicy({
    scenario,
    policy: policy as PolicyName,
    seed,
    timing: timing as TimingMode,
    optionOrder,
  });
  const debrief = scoreTranscript(scenario, transcript);
  printResult(debrief, transcript, json, io);
  if (typeof resultFile === 'string') {
    const written = await writeResult({
      scenario,
      transcript,
      debrief,
      learnerName,
      file: resultFile,
      timingGiven: args.values.timing !== undefined,
      io,
    });
    if (!written) return 1;
  }
  return 0;
}

/**
 * Writes the play as the game's "Save result file" does: the same record, made by the same
 * makeResultFile, as the same indented JSON, so `resolve check-results` is tested on what the
 * game writes.
 */
async function writeResult(options: {
  scenario: Scenario;
  transcript: Transcript;
  debrief: Debrief;
  learnerName: string;
  file: string;
  timingGiven: boolean;
  io: CliIo;
}): Promise<boolean> {
  const { scenario, transcript, io } = options;
  const now = new Date();
  const finished: FinishedPlay = {
    format: 'resolve-result',
    version: 1,
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    timingSource: options.timingGiven ? 'learner' : 'default',
    finishedAt: now.toISOString(),
    transcript,
  };
  const file = makeResultFile({
    learnerName: options.learnerName,
    now,
    plays: [
      {
        record: { playId: playIdOf(finished), savedAt: now.toISOString(), result: finished },
        scenario,
        debrief: options.debrief,
      },
    ],
  });
  const path = resolve(io.cwd, options.file);
  const display = displayPath(io.cwd, path);
  try {
    await writeFile(path, JSON.stringify(file, null, 2));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(
      `The result file could not be written to ${display} (${code ?? (error instanceof Error ? error.message : String(error))}). Check that its folder exists and can be written to.`,
    );
    return false;
  }
  io.stderr(`Result file written to ${display}.`);
  return true;
}

const LETTERS = 'abcdefghi';

/** The node as text for the terminal: what is said, shown and asked. */
function describeNode(session: Session): string[] {
  const view = session.view();
  const node = view.node;
  const lines = ['', `— ${node.title ?? view.nodeId} —`];
  // The node's words as they read on this visit (conditional text already resolved on entry).
  const prompt = view.text.prompt ?? '';
  if (view.customerLine !== null) lines.push(`Customer: “${view.customerLine}”`);
  switch (node.kind) {
    case 'colleague-feedback':
      if (node.direction !== undefined) lines.push(`(${FEEDBACK_DIRECTIONS[node.direction]})`);
      lines.push(`${node.colleague.name} (${node.colleague.role}): “${view.text.line ?? ''}”`);
      break;
    case 'investigate':
      lines.push(prompt, 'Records (type a letter to open one):');
      node.records.forEach((record, index) =>
        lines.push(
          `  ${LETTERS[index]}) ${record.title}${view.checkedRecords.includes(record.id) ? ' (opened)' : ''}`,
        ),
      );
      break;
    case 'options':
      lines.push(prompt, 'Options:');
      node.options.forEach((option, index) => lines.push(`  ${LETTERS[index]}) ${option.title}`));
      break;
    case 'review':
      lines.push(
        prompt,
        `  ${''.padEnd(14)}${node.periods.map((period) => period.padStart(8)).join('')}`,
      );
      for (const series of node.series) {
        lines.push(
          `  ${series.label.slice(0, 14).padEnd(14)}${series.values.map((value) => String(value).padStart(8)).join('')}`,
        );
      }
      node.notes?.forEach((note) => lines.push(`  Note: ${note}`));
      break;
    case 'explain':
      lines.push(view.text.question ?? '');
      break;
    case 'record':
    case 'escalate':
    case 'follow-up':
      lines.push(prompt);
      break;
    default:
      break;
  }
  lines.push(`(The customer seems: ${view.moodInWords.summary})`);
  return lines;
}

/**
 * Play in the terminal. Reads one answer per line, so piped answers work. A countdown runs in real
 * time only on a terminal; with piped input, typing "wait" lets the time run out. Returns false if
 * the input ended before the scenario did.
 */
export async function playInteractively(options: {
  session: Session;
  input: Readable;
  io: CliIo;
  realTime: boolean;
}): Promise<boolean> {
  const { session, io } = options;
  const reader = createInterface({ input: options.input, terminal: false });
  const lines = reader[Symbol.asyncIterator]();
  // A line asked for before a countdown ran out is still the next answer: keep it.
  let pending: Promise<IteratorResult<string>> | undefined;
  type Answer = { kind: 'line'; text: string } | { kind: 'timeout' } | { kind: 'end' };
  const nextLine = async (seconds: number | null): Promise<Answer> => {
    pending ??= lines.next();
    const waiting = pending;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = await Promise.race<Answer>([
      waiting.then((result): Answer =>
        result.done === true ? { kind: 'end' } : { kind: 'line', text: result.value.trim() },
      ),
      ...(seconds === null || !options.realTime
        ? []
        : [
            new Promise<Answer>((done) => {
              timer = setTimeout(() => done({ kind: 'timeout' }), seconds * 1000);
            }),
          ]),
    ]);
    clearTimeout(timer);
    if (outcome.kind !== 'timeout') pending = undefined;
    return outcome;
  };

  try {
    while (!session.isOver()) {
      describeNode(session).forEach((line) => io.stdout(line));
      const view = session.view();
      const node = view.node;
      if (node.kind === 'record') {
        for (const field of node.fields) {
          io.stdout(`${field.label}:`);
          const order = own(view.entryOrder, field.id) ?? [];
          const entries = order.flatMap((id) => field.entries.filter((each) => each.id === id));
          entries.forEach((entry, index) => io.stdout(`  ${index + 1}. ${entry.text}`));
          for (;;) {
            io.stdout('Entry number (or press Enter to leave it empty):');
            const reply = await nextLine(null);
            if (reply.kind === 'end') return false;
            const answer = reply.kind === 'line' ? reply.text : '';
            if (answer === '') break;
            const entry = entries[Number(answer) - 1];
            if (/^\d+$/.test(answer) && entry !== undefined) {
              session.fillField(field.id, entry.id);
              break;
            }
            io.stdout(`Type a number from 1 to ${entries.length}, or press Enter.`);
          }
        }
      }
      // A number from 1 to count, or undefined once the input has ended.
      const askNumber = async (question: string, count: number): Promise<number | undefined> => {
        for (;;) {
          io.stdout(question);
          const reply = await nextLine(null);
          if (reply.kind === 'end') return undefined;
          const answer = reply.kind === 'line' ? reply.text : '';
          const number = Number(answer);
          if (/^\d+$/.test(answer) && number >= 1 && number <= count) return number;
          io.stdout(`Type a number from 1 to ${count}.`);
        }
      };
      const analysis = view.analysis;
      if (analysis !== null) {
        for (const [index, option] of analysis.options.entries()) {
          io.stdout(`${LETTERS[index]}) ${option.title}`);
          for (const [list, type, word] of [
            ['benefits', 'PICK_BENEFIT', 'benefit'],
            ['risks', 'PICK_RISK', 'risk'],
          ] as const) {
            io.stdout(`  Its main ${word}:`);
            option[list].forEach((item, number) => io.stdout(`    ${number + 1}. ${item.text}`));
            const picked = await askNumber(
              `  Main ${word} (1–${option[list].length}):`,
              option[list].length,
            );
            if (picked === undefined) return false;
            session.send({ type, optionId: option.id, itemId: option[list][picked - 1]?.id ?? '' });
          }
          const level = await askNumber(
            '  How serious is that risk? 1. low  2. medium  3. high:',
            3,
          );
          if (level === undefined) return false;
          session.send({
            type: 'RATE_RISK',
            optionId: option.id,
            level: RISK_LEVELS[level - 1] ?? 'low',
          });
        }
      }
      let current = session.view();
      const listChoices = () =>
        current.choices.forEach((choice) => io.stdout(`  ${choice.number}. ${choice.say}`));
      listChoices();
      const seconds = current.countdown?.seconds ?? null;
      const timed = seconds !== null;
      io.stdout(
        `Your choice (1–${current.choices.length}${node.kind === 'investigate' ? ', or a record letter' : ''}${
          timed
            ? `; ${seconds} seconds${options.realTime ? '' : ', or "wait" to let the time run out'}`
            : ''
        }):`,
      );
      for (;;) {
        const reply = await nextLine(seconds);
        if (reply.kind === 'end') return false;
        const answer = reply.kind === 'line' ? reply.text : '';
        if (reply.kind === 'timeout' || (timed && answer.toLowerCase() === 'wait')) {
          io.stdout('You hesitated, and the time ran out.');
          session.timeOut();
          break;
        }
        const letter = LETTERS.indexOf(answer.toLowerCase());
        if (
          node.kind === 'investigate' &&
          answer.length === 1 &&
          letter >= 0 &&
          node.records[letter] !== undefined
        ) {
          const record = node.records[letter];
          session.checkRecord(record.id);
          io.stdout(`${record.title}:`);
          record.body.forEach((line) => io.stdout(`  ${line}`));
          // A route may depend on what was checked: never offer a choice the engine would refuse.
          const after = session.view();
          const ids = (view: typeof after) => view.choices.map((each) => each.id).join('\n');
          if (ids(after) !== ids(current)) {
            current = after;
            io.stdout('What you found changes what you can do:');
            listChoices();
          }
          continue;
        }
        const choice = current.choices.find((each) => String(each.number) === answer);
        if (choice !== undefined) {
          if (analysis !== null) {
            const audience = await askNumber(
              'Whom do you put it to? 1. the customer  2. the organisation (someone with the authority):',
              2,
            );
            if (audience === undefined) return false;
            session.send({ type: 'PUT_TO', audience: AUDIENCES[audience - 1] ?? 'customer' });
          }
          session.choose(choice.id);
          break;
        }
        io.stdout(`Type a number from 1 to ${current.choices.length}.`);
      }
    }
    const ending = session.view();
    if (ending.customerLine !== null) io.stdout(`Customer: “${ending.customerLine}”`);
    io.stdout(ending.ending?.epilogue ?? '');
    return true;
  } finally {
    reader.close();
  }
}
