import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { formatLikeTheRepository } from '../format.ts';
import { buildJsonSchemas, jsonSchemaText } from '../../scenario/json-schema.ts';

const usage = `Usage: resolve schema [--check] [--out scenarios/schema]

Writes scenario.schema.json, pack.schema.json and knowledge-check.schema.json from the scenario
language's definitions, for editors that read the \`# yaml-language-server: $schema=...\` line.

Options:
  --check   write nothing; exit 1 if the files are missing or out of date
  --out     the folder to write to (default scenarios/schema)
  -h, --help`;

const sameJson = (a: string, b: string): boolean => {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
};

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    spec: { check: { type: 'boolean' }, out: { type: 'string' } },
    usage,
    io,
  });
  if (!args.ok) return args.exitCode;
  const out = typeof args.values.out === 'string' ? args.values.out : 'scenarios/schema';
  const folder = resolve(io.cwd, out);
  let stale = 0;
  if (args.values.check !== true) await mkdir(folder, { recursive: true });
  for (const { file, content } of buildJsonSchemas()) {
    const path = resolve(folder, file);
    const text = jsonSchemaText(content);
    const current = await readFile(path, 'utf8').catch(() => undefined);
    const upToDate = current !== undefined && sameJson(current, text);
    if (args.values.check === true) {
      if (!upToDate) {
        stale++;
        io.stdout(`${out}/${file} is out of date: run \`resolve schema\``);
      }
      continue;
    }
    if (upToDate) {
      io.stdout(`${out}/${file} is up to date`);
      continue;
    }
    await writeFile(path, await formatLikeTheRepository(text, path));
    io.stdout(`wrote ${out}/${file}`);
  }
  return stale > 0 ? 1 : 0;
}
