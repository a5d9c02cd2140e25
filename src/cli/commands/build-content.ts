import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCommandArgs, stringOption } from '../args.ts';
import type { CliIo } from '../io.ts';
import { loadContent } from '../content-set.ts';
import { buildContentIndex } from '../content-index.ts';
import { countDiagnostics, describeCounts, formatDiagnostic } from '../../scenario/diagnostics.ts';
import { notYetShipped } from '../../scenario/shipped-versions.ts';
import { readShippedVersions, versionsOf } from './versions.ts';

const usage = `Usage: resolve build-content [--out public/content] [--from scenarios]

Validates every scenario, pack and knowledge check, and stops with the diagnostics if there is any
error. Otherwise writes, under the output folder:
  index.json                 the menu: every scenario's summary, the packs, the knowledge checks
  scenarios/<id>.json        each scenario, parsed (the game never reads YAML)
  checks/<id>.json           each knowledge check
  versions.json              every shipped version's content hash (from <from>/versions.json)
Files from an earlier build in scenarios/ and checks/ are removed first.

Options:
  --out    output folder (default public/content)
  --from   content folder (default scenarios)
  -h, --help`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    spec: { out: { type: 'string' }, from: { type: 'string' } },
    usage,
    io,
  });
  if (!args.ok) return args.exitCode;
  if (args.positionals.length > 0) {
    io.stderr(`build-content takes no file names.\n\n${usage}`);
    return 2;
  }
  const from = stringOption(args.values, 'from', 'scenarios');
  const out = stringOption(args.values, 'out', 'public/content');
  // No content folder yet is an empty game, not an error: the build still needs an index.
  const paths = existsSync(resolve(io.cwd, from)) ? [from] : [];
  const content = await loadContent(paths, { cwd: io.cwd, referenceRoot: from });
  const counts = countDiagnostics(content.diagnostics);
  if (counts.errors > 0) {
    for (const diagnostic of content.diagnostics) io.stderr(formatDiagnostic(diagnostic));
    io.stderr(`Content not built: ${describeCounts(counts)}.`);
    return 1;
  }
  for (const diagnostic of content.diagnostics) io.stderr(formatDiagnostic(diagnostic));

  const built = buildContentIndex(content);
  const folder = resolve(io.cwd, out);
  await rm(resolve(folder, 'scenarios'), { recursive: true, force: true });
  await rm(resolve(folder, 'checks'), { recursive: true, force: true });
  await mkdir(resolve(folder, 'scenarios'), { recursive: true });
  await mkdir(resolve(folder, 'checks'), { recursive: true });
  for (const [file, data] of built.files) {
    await writeFile(resolve(folder, file), `${JSON.stringify(data)}\n`);
  }
  await writeFile(resolve(folder, 'index.json'), `${JSON.stringify(built.index, null, 2)}\n`);
  // The gradebook checks results against every version that has shipped, not only this one.
  const listFile = resolve(io.cwd, from, 'versions.json');
  const shipped = await readShippedVersions(listFile);
  if (!shipped.ok) {
    io.stderr(shipped.message);
    return 1;
  }
  await writeFile(resolve(folder, 'versions.json'), `${JSON.stringify(shipped.list)}\n`);
  const unlisted = notYetShipped(shipped.list, versionsOf(content));
  // Only content that keeps a list (the built-in library) is asked to keep it up to date.
  if (unlisted.length > 0 && existsSync(listFile))
    io.stderr(
      `Not yet on ${from}/versions.json: ${unlisted.map((each) => each.id).join(', ')}. Run \`npx resolve versions\` and commit the file.`,
    );
  const { scenarios, packs, knowledgeChecks } = built.index;
  io.stdout(
    `Built ${scenarios.length} scenario(s), ${packs.length} pack(s) and ${knowledgeChecks.length} knowledge check(s) into ${out}/${counts.warnings > 0 ? ` (${counts.warnings} warning(s))` : ''}.`,
  );
  return 0;
}
