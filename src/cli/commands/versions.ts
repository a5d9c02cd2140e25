import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { contentHash } from '../../engine/hash.ts';
import { countDiagnostics, describeCounts, formatDiagnostic } from '../../scenario/diagnostics.ts';
import {
  brokenLink,
  emptyShippedVersions,
  notYetShipped,
  shippedVersionsSchema,
  withShipped,
  type CurrentContent,
  type ShippedVersions,
} from '../../scenario/shipped-versions.ts';
import { parseCommandArgs, stringOption } from '../args.ts';
import { loadContent, type ContentSet } from '../content-set.ts';
import type { CliIo } from '../io.ts';

const usage = `Usage: resolve versions [--check] [--from scenarios]

Adds the content hash of every built-in scenario and knowledge check that is not yet on
scenarios/versions.json, the append-only list of every version that has shipped (the gradebook
counts a result as consistent only if the content it carries is on it). Earlier lines are never
changed. Run it, and commit the file, whenever you change a scenario or a knowledge check.

Options:
  --check  change nothing; exit 1 if some content is not on the list
  --from   content folder (default scenarios); the list is <from>/versions.json
  -h, --help`;

/** Every scenario and check of a loaded content set as the list keeps them, in file order. */
export const versionsOf = (content: ContentSet): CurrentContent[] => [
  ...content.scenarios.map(({ scenario }) => ({
    kind: 'scenario' as const,
    id: scenario.id,
    contentHash: contentHash(scenario),
  })),
  ...content.knowledgeChecks.map(({ knowledgeCheck }) => ({
    kind: 'knowledge-check' as const,
    id: knowledgeCheck.id,
    contentHash: contentHash(knowledgeCheck),
  })),
];

/** Every built-in scenario and check as the list keeps them, in file order. */
export async function currentContent(
  from: string,
  cwd: string,
): Promise<{ ok: true; content: CurrentContent[] } | { ok: false; messages: string[] }> {
  const content = await loadContent([from], { cwd, referenceRoot: from });
  const counts = countDiagnostics(content.diagnostics);
  if (counts.errors > 0)
    return {
      ok: false,
      messages: [
        ...content.diagnostics.filter((each) => each.severity === 'error').map(formatDiagnostic),
        `The content has ${describeCounts(counts)}: fix them first (npx resolve validate ${from}).`,
      ],
    };
  return { ok: true, content: versionsOf(content) };
}

export async function readShippedVersions(
  file: string,
): Promise<{ ok: true; list: ShippedVersions } | { ok: false; message: string }> {
  if (!existsSync(file)) return { ok: true, list: emptyShippedVersions() };
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { ok: false, message: `${file} is not JSON: ${(error as Error).message}` };
  }
  const parsed = shippedVersionsSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return {
      ok: false,
      message: `${file} at ${issue?.path.join('.') || 'the top'}: ${issue?.message ?? 'not a versions list'}. Restore it from git: it is append-only.`,
    };
  }
  const broken = brokenLink(parsed.data);
  if (broken !== undefined)
    return {
      ok: false,
      message: `${file}: versions[${broken}] was edited after it was added (its chain does not follow). Restore the file from git: earlier lines are never changed.`,
    };
  return { ok: true, list: parsed.data };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    spec: { check: { type: 'boolean' }, from: { type: 'string' } },
    usage,
    io,
  });
  if (!args.ok) return args.exitCode;
  if (args.positionals.length > 0) {
    io.stderr(`versions takes no file names.\n\n${usage}`);
    return 2;
  }
  const from = stringOption(args.values, 'from', 'scenarios');
  const file = resolve(io.cwd, from, 'versions.json');
  const read = await readShippedVersions(file);
  if (!read.ok) {
    io.stderr(read.message);
    return 1;
  }
  const loaded = await currentContent(from, io.cwd);
  if (!loaded.ok) {
    for (const line of loaded.messages) io.stderr(line);
    return 1;
  }
  const current = loaded.content;
  const missing = notYetShipped(read.list, current);
  if (args.values.check === true) {
    if (missing.length === 0) {
      io.stdout(`All ${current.length} scenario(s) and check(s) are on ${from}/versions.json.`);
      return 0;
    }
    for (const each of missing) io.stderr(`Not on ${from}/versions.json: ${each.kind} ${each.id}`);
    io.stderr('Run `npx resolve versions` and commit the file.');
    return 1;
  }
  const today = new Date().toISOString().slice(0, 10);
  const updated = withShipped(read.list, current, today);
  await writeFile(file, `${JSON.stringify(updated, null, 2)}\n`);
  io.stdout(
    missing.length === 0
      ? `Nothing to add: all ${current.length} are on ${from}/versions.json.`
      : `Added ${missing.length} version(s) to ${from}/versions.json: ${missing.map((each) => each.id).join(', ')}.`,
  );
  return 0;
}
