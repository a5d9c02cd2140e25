import { pathToFileURL } from 'node:url';
import type { CliCommand, CliIo } from './io.ts';
import { processIo } from './io.ts';
import { closestMatch } from '../scenario/suggest.ts';

const COMMANDS: readonly CliCommand[] = [
  {
    name: 'validate',
    summary: 'Check scenarios, packs and knowledge checks, and report every problem',
    load: () => import('./commands/validate.ts'),
  },
  {
    name: 'coverage',
    summary: 'Show how many scenarios practise each criterion, range item and technique',
    load: () => import('./commands/coverage.ts'),
  },
  {
    name: 'graph',
    summary: 'Draw a scenario as a Mermaid or Graphviz (DOT) diagram',
    load: () => import('./commands/graph.ts'),
  },
  {
    name: 'schema',
    summary: 'Regenerate the JSON Schema files editors use (scenarios/schema/)',
    load: () => import('./commands/schema.ts'),
  },
  {
    name: 'docs',
    summary: 'Rewrite the id tables of the authoring guide (docs/authoring.md) from the catalogues',
    load: () => import('./commands/docs.ts'),
  },
  {
    name: 'build-content',
    summary: 'Validate all content and write the JSON the game loads (public/content/)',
    load: () => import('./commands/build-content.ts'),
  },
  {
    name: 'play',
    summary: 'Play a scenario with a scripted policy or interactively, and print the debrief',
    load: () => import('./commands/play.ts'),
  },
  {
    name: 'replay',
    summary:
      'Replay a transcript through the engine, print its debrief, check a result file’s scores',
    load: () => import('./commands/replay.ts'),
  },
  // ---- Tutor (issue 13)
  {
    name: 'check-results',
    summary: 'Replay learners’ result files and say whether each is consistent (exit 1 if not)',
    load: () => import('./commands/check-results.ts'),
  },
  // ---- end Tutor (issue 13)
  {
    name: 'versions',
    summary: 'Add the current scenarios and checks to scenarios/versions.json (append only)',
    load: () => import('./commands/versions.ts'),
  },
  // ---- LMS packages (issue 14)
  {
    name: 'package',
    summary: 'Build the game with one pack as a SCORM 1.2, SCORM 2004, cmi5 or offline web zip',
    load: () => import('./commands/package.ts'),
  },
  // ---- end LMS packages
  {
    name: 'bench',
    summary: 'Measure the engine, scoring, validator, CLI and browser against their peers',
    load: () => import('./commands/bench.ts'),
  },
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
    if (topic !== undefined) return (await topic.load()).run(['--help'], io);
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
    return await (await command.load()).run(rest, io);
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
