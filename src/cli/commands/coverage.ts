import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { jsonForTerminal } from '../terminal-text.ts';
import { loadContent } from '../content-set.ts';
import { coverageOf } from '../../scenario/coverage.ts';
import type { CoverageRow } from '../../scenario/coverage.ts';
import { countDiagnostics } from '../../scenario/diagnostics.ts';

const usage = `Usage: resolve coverage [paths...] [--json]

For each assessment criterion, Unit 312 range item and technique, counts the scenarios that give the
learner an opportunity at it: any choice, timer, record or log entry with evidence for it (range
items: the scenario's \`range\`). Knowledge criteria count only where they are asked for: explain
nodes and knowledge-check questions. Reads scenarios and knowledge checks under the given paths
(default: scenarios/).

Options:
  --json    print the report as JSON: { scenarios, knowledgeChecks, criteria, rangeItems, techniques }, each a list
            of { id, count, scenarios }
  -h, --help`;

function section(title: string, rows: readonly CoverageRow<string>[]): string[] {
  const covered = rows.filter((row) => row.count > 0).length;
  const width = Math.max(...rows.map((row) => row.id.length));
  return [
    `${title}: ${covered} of ${rows.length} have an opportunity`,
    ...rows.map(
      (row) =>
        `  ${row.id.padEnd(width)}  ${String(row.count).padStart(3)}${row.count === 0 ? '  (none)' : ''}`,
    ),
    '',
  ];
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, { spec: { json: { type: 'boolean' } }, usage, io });
  if (!args.ok) return args.exitCode;
  const paths = args.positionals.length > 0 ? args.positionals : ['scenarios'];
  const content = await loadContent(paths, { cwd: io.cwd });
  const report = coverageOf(
    content.scenarios.map((entry) => entry.scenario),
    content.knowledgeChecks.map((entry) => entry.knowledgeCheck),
  );
  const { errors } = countDiagnostics(content.diagnostics);
  const broken = content.files.filter(
    (file) => file.kind === 'scenario' && !('scenario' in file),
  ).length;
  if (errors > 0) {
    io.stderr(
      `Note: ${errors} error(s) found${broken > 0 ? `; ${broken} scenario file(s) could not be read and are not counted` : ''}. Run \`resolve validate\` for details.`,
    );
  }
  if (args.values.json === true) {
    io.stdout(jsonForTerminal(report));
    return 0;
  }
  io.stdout(
    [
      `Coverage across ${report.scenarios} scenario${report.scenarios === 1 ? '' : 's'} and ${report.knowledgeChecks} knowledge check${report.knowledgeChecks === 1 ? '' : 's'}`,
      '',
      ...section('Criteria', report.criteria),
      ...section('Range items', report.rangeItems),
      ...section('Techniques', report.techniques),
    ]
      .join('\n')
      .trimEnd(),
  );
  return 0;
}
