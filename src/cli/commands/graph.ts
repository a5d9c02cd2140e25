import { readContentText, displayPath } from '../files.ts';
import { parseCommandArgs, stringOption } from '../args.ts';
import type { CliIo } from '../io.ts';
import { resolve } from 'node:path';
import { checkScenarioText } from '../../scenario/analyse.ts';
import { formatDiagnostic, hasErrors } from '../../scenario/diagnostics.ts';
import { renderScenarioGraph } from '../../scenario/render-graph.ts';

const usage = `Usage: resolve graph <file> [--format mermaid|dot]

Prints the whole scenario as a diagram: node kinds as shapes, choice ids on the arrows, conditions
in short, timers and routes that can never be taken dashed, endings coloured by outcome, and routes
to missing nodes drawn to a red "missing" box.

Options:
  --format mermaid|dot   default mermaid (paste into Markdown); dot for Graphviz
  -h, --help`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, { spec: { format: { type: 'string' } }, usage, io });
  if (!args.ok) return args.exitCode;
  const format = stringOption(args.values, 'format', 'mermaid');
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0 || (format !== 'mermaid' && format !== 'dot')) {
    io.stderr(
      file === undefined
        ? `Name one scenario file.\n\n${usage}`
        : extra.length > 0
          ? `Name one scenario file, not ${args.positionals.length}.\n\n${usage}`
          : `Unknown format '${format}': use mermaid or dot.`,
    );
    return 2;
  }
  const path = resolve(io.cwd, file);
  const display = displayPath(io.cwd, path);
  const read = await readContentText(path, display);
  const checked =
    read.text === undefined ? undefined : checkScenarioText(read.text, { file: display });
  const scenario = checked?.scenario;
  if (scenario === undefined) {
    for (const diagnostic of checked?.diagnostics ?? read.diagnostics) {
      io.stderr(formatDiagnostic(diagnostic));
    }
    io.stderr('The scenario could not be read, so there is nothing to draw.');
    return 1;
  }
  if (checked !== undefined && hasErrors(checked.diagnostics)) {
    io.stderr(`Note: ${display} has errors (run \`resolve validate ${file}\`); drawing it anyway.`);
  }
  io.stdout(
    renderScenarioGraph(scenario, {
      format,
      ...(checked?.analysis !== undefined
        ? { graph: checked.analysis.graph, deadRoutes: checked.analysis.deadRoutes }
        : {}),
    }).trimEnd(),
  );
  return 0;
}
