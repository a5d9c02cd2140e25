import { pathToFileURL } from 'node:url';
import type { CliCommand, CliIo } from './io.ts';
import { processIo } from './io.ts';
import * as validate from './commands/validate.ts';
import * as coverage from './commands/coverage.ts';
import * as graph from './commands/graph.ts';
import * as schema from './commands/schema.ts';
import * as buildContent from './commands/build-content.ts';
import * as play from './commands/play.ts';
import * as replay from './commands/replay.ts';
import * as bench from './commands/bench.ts';
import { closestMatch } from '../scenario/suggest.ts';

const COMMANDS: readonly CliCommand[] = [
  validate,
  coverage,
  graph,
  schema,
  buildContent,
  play,
  replay,
  bench,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: resolve <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `resolve <command> --help` for a command’s options.',
  ].join('\n');
}

/**
 * The `resolve` command line. Returns the exit code rather than exiting, so tests and other tools
 * can call it: 0 success, 1 problems found, 2 wrong usage.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic =
      name === 'help' ? COMMANDS.find((command) => command.name === rest[0]) : undefined;
    if (topic !== undefined) return topic.run(['--help'], io);
    if (name === undefined) {
      io.stderr(usage());
      return 2;
    }
    io.stdout(usage());
    return 0;
  }
  const command = COMMANDS.find((each) => each.name === name);
  if (command === undefined) {
    const guess = closestMatch(
      name,
      COMMANDS.map((each) => each.name),
    );
    io.stderr(
      `Unknown command '${name}'${guess !== undefined ? `: did you mean '${guess}'?` : '.'}\n\n${usage()}`,
    );
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(
      `resolve ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 2;
  }
}

// Run directly (`tsx src/cli/main.ts ...`, as the npm scripts do) rather than through bin/resolve.mjs.
const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = await main(process.argv.slice(2));
}
