import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { loadContent } from '../content-set.ts';
import { countDiagnostics, describeCounts, formatDiagnostic } from '../../scenario/diagnostics.ts';

const usage = `Usage: resolve validate [paths...] [--quiet]

Checks every .yaml/.yml file under the given files or folders (default: scenarios/): scenarios,
packs (scenarios/packs/) and knowledge checks (scenarios/checks/). Prints each problem as
  file:line:column: error|warning: what is wrong (fix: what to do)
then a summary. Exits 1 when there is any error, 0 otherwise (warnings do not fail).

Options:
  --quiet   print errors only
  -h, --help`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, { spec: { quiet: { type: 'boolean' } }, usage, io });
  if (!args.ok) return args.exitCode;
  const paths = args.positionals.length > 0 ? args.positionals : ['scenarios'];
  const content = await loadContent(paths, { cwd: io.cwd, referenceRoot: 'scenarios' });
  const shown =
    args.values.quiet === true
      ? content.diagnostics.filter((each) => each.severity === 'error')
      : content.diagnostics;
  for (const diagnostic of shown) io.stdout(formatDiagnostic(diagnostic));
  const counts = countDiagnostics(content.diagnostics);
  const kinds = (kind: string): number => content.files.filter((file) => file.kind === kind).length;
  const plural = (n: number, word: string, words = `${word}s`): string =>
    `${n} ${n === 1 ? word : words}`;
  io.stdout(
    `Checked ${plural(content.files.length, 'file')} (${plural(kinds('scenario'), 'scenario')}, ${plural(kinds('pack'), 'pack')}, ${plural(kinds('knowledge-check'), 'knowledge check')}): ${describeCounts(counts)}.`,
  );
  return counts.errors > 0 ? 1 : 0;
}
