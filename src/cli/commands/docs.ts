import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { formatLikeTheRepository } from '../format.ts';
import { withTables } from '../../scenario/authoring-tables.ts';

const usage = `Usage: resolve docs [--file docs/authoring.md]

Rewrites the id tables of the authoring guide (criteria, range items, techniques, misconceptions,
law rules, traits, sectors) from the catalogues, between its generated-section markers.

Options:
  --file    the guide to rewrite (default docs/authoring.md)
  -h, --help`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, { spec: { file: { type: 'string' } }, usage, io });
  if (!args.ok) return args.exitCode;
  const file = typeof args.values.file === 'string' ? args.values.file : 'docs/authoring.md';
  const path = resolve(io.cwd, file);
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === undefined) {
    io.stderr(`${file} not found (fix: run from the repository root, or pass --file)`);
    return 2;
  }
  let next: string;
  try {
    next = await formatLikeTheRepository(withTables(current), path);
  } catch (error) {
    io.stderr(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (next === current) {
    io.stdout(`${file} is up to date`);
    return 0;
  }
  await writeFile(path, next);
  io.stdout(`wrote the id tables of ${file}`);
  return 0;
}
