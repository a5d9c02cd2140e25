import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.ts';

type Spec = NonNullable<ParseArgsConfig['options']>;
export type ArgValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * Parses a command's arguments with node:util's parseArgs, adding `--help`. Prints the usage and
 * returns an exit code instead when help was asked for (0) or the arguments are wrong (2).
 */
export function parseCommandArgs(
  argv: string[],
  options: { spec: Spec; usage: string; io: CliIo },
): { ok: true; values: ArgValues; positionals: string[] } | { ok: false; exitCode: number } {
  const { io, usage } = options;
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...options.spec, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    const values = parsed.values as ArgValues;
    if (values.help === true) {
      io.stdout(usage);
      return { ok: false, exitCode: 0 };
    }
    return { ok: true, values, positionals: parsed.positionals };
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return { ok: false, exitCode: 2 };
  }
}

/** A string option's value, or the fallback. */
export const stringOption = (values: ArgValues, key: string, fallback: string): string => {
  const value = values[key];
  return typeof value === 'string' ? value : fallback;
};
