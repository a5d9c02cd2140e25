import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCommandArgs, stringOption } from '../args.ts';
import { displayPath } from '../files.ts';
import type { CliIo } from '../io.ts';
import { jsonForTerminal } from '../terminal-text.ts';
import { describeSize } from '../../scenario/guard.ts';
import type { ShippedVersions } from '../../scenario/shipped-versions.ts';
import { consistencyWords, type Consistency } from '../../scoring/consistency.ts';
import { readResultFile } from '../../results/read-result-file.ts';
import { RESULT_FILE_MAX_CHARACTERS } from '../../results/result-file.ts';
import { readShippedVersions } from './versions.ts';

/*
 * The gradebook's check in a terminal: each result file is read and replayed by the same module
 * the gradebook uses (results/read-result-file.ts), and said in the same words
 * (scoring/consistency.ts). Replay shows a file is consistent, not who made it.
 */

const usage = `Usage: resolve check-results <file.resolve-result.json…> [--versions F] [--json]

Reads each result file a learner saved, replays every transcript in it through the engine against
the scenario content the file carries, and prints the learner, the pack, each scenario and knowledge
check, and "consistent", "not consistent: <reason>" or "tutor's own scenario" (content the build
does not know). Content counts as shipped only if its hash is on scenarios/versions.json. Replay
shows a result is consistent, not who made it. Exit 1 if any file is not consistent.

Options:
  --versions F   the list of shipped versions (default scenarios/versions.json)
  --json         print one JSON array, one object per file
  -h, --help`;

// UTF-8 takes at most 4 bytes a character: a file larger than this cannot be a result file, and is
// refused before it is read into memory.
const MAX_BYTES = RESULT_FILE_MAX_CHARACTERS * 4;

interface PartLine {
  kind: 'scenario' | 'knowledge check';
  id: string;
  title: string;
  verdict: Consistency['verdict'];
  words: string;
}

/** Why a file is not consistent, as a program reads it (the words say it to a person). */
type Reason = Extract<Consistency, { verdict: 'not-consistent' }>['reason'] | null;
const reasonOf = (consistency: Consistency): Reason =>
  consistency.verdict === 'not-consistent' ? consistency.reason : null;

interface FileReport {
  file: string;
  learner: string | null;
  pack: { id: string; title: string } | null;
  verdict: Consistency['verdict'];
  reason: Reason;
  words: string;
  parts: PartLine[];
}

const part = (
  kind: PartLine['kind'],
  id: string,
  title: string,
  consistency: Consistency,
): PartLine => ({
  kind,
  id,
  title,
  verdict: consistency.verdict,
  words: consistencyWords(consistency),
});

/** A file that could not be checked: the same verdict words, with the reason and the fix. */
const damagedReport = (file: string, message: string): FileReport => {
  const consistency: Consistency = {
    verdict: 'not-consistent',
    reason: 'damaged-file',
    details: [message],
  };
  return {
    file,
    learner: null,
    pack: null,
    verdict: consistency.verdict,
    reason: reasonOf(consistency),
    words: consistencyWords(consistency),
    parts: [],
  };
};

async function checkFile(path: string, display: string, shipped: ShippedVersions) {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return damagedReport(display, 'this is a folder; give the result files in it');
    if (info.size > MAX_BYTES)
      return damagedReport(
        display,
        `the file is ${describeSize(info.size)}, too large for a result file; check that this is a .resolve-result.json file`,
      );
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return damagedReport(
      display,
      code === 'ENOENT'
        ? 'there is no such file; check the name'
        : `the file could not be read (${code ?? (error instanceof Error ? error.message : String(error))})`,
    );
  }
  const read = readResultFile(text, { shipped });
  if (!read.ok) return damagedReport(display, read.message);
  return {
    file: display,
    learner: read.file.learnerName,
    pack:
      read.file.pack === undefined ? null : { id: read.file.pack.id, title: read.file.pack.title },
    verdict: read.consistency.verdict,
    reason: reasonOf(read.consistency),
    words: consistencyWords(read.consistency),
    parts: [
      ...read.plays.map((play) => part('scenario', play.scenarioId, play.title, play.consistency)),
      ...read.checks.map((check) =>
        part('knowledge check', check.checkId, check.title, check.consistency),
      ),
    ],
  } satisfies FileReport;
}

function reportText(report: FileReport): string[] {
  const lines = [`${report.file}: ${report.words}`];
  if (report.learner !== null) lines.push(`  learner: ${report.learner}`);
  if (report.learner !== null)
    lines.push(
      `  pack: ${report.pack === null ? 'none (single scenarios)' : `${report.pack.title} (${report.pack.id})`}`,
    );
  for (const each of report.parts)
    lines.push(`  ${each.kind} ${each.id} “${each.title}”: ${each.words}`);
  return lines;
}

const count = (reports: readonly FileReport[], verdict: Consistency['verdict']): number =>
  reports.filter((report) => report.verdict === verdict).length;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    spec: { versions: { type: 'string' }, json: { type: 'boolean' } },
    usage,
    io,
  });
  if (!args.ok) return args.exitCode;
  if (args.positionals.length === 0) {
    io.stderr(`Give at least one result file.\n\n${usage}`);
    return 2;
  }
  const versionsFile = resolve(
    io.cwd,
    stringOption(args.values, 'versions', 'scenarios/versions.json'),
  );
  const versionsDisplay = displayPath(io.cwd, versionsFile);
  const shipped = await readShippedVersions(versionsFile);
  if (!shipped.ok) {
    io.stderr(shipped.message);
    return 2;
  }
  if (shipped.list.versions.length === 0)
    io.stderr(
      `${versionsDisplay} is missing or empty, so no built-in scenario is known: every scenario reads as the tutor's own. Run this in the Resolve folder, or give --versions.`,
    );
  const reports: FileReport[] = [];
  for (const file of args.positionals) {
    const path = resolve(io.cwd, file);
    reports.push(await checkFile(path, displayPath(io.cwd, path), shipped.list));
  }
  if (args.values.json === true) {
    io.stdout(jsonForTerminal(reports));
  } else {
    for (const report of reports) reportText(report).forEach((line) => io.stdout(line));
    io.stdout(
      `${reports.length} file${reports.length === 1 ? '' : 's'}: ${count(reports, 'consistent')} consistent, ${count(reports, 'not-consistent')} not consistent, ${count(reports, 'own-scenario')} with a tutor's own scenario.`,
    );
  }
  return reports.some((report) => report.verdict === 'not-consistent') ? 1 : 0;
}
