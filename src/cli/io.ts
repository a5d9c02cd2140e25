import { escapeControls } from './terminal-text.ts';

/**
 * What a CLI command may touch besides the file system: its output streams and the folder it runs
 * in. Tests pass a capturing one; `main` passes the process's.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The folder relative paths are resolved against (and shown relative to). */
  cwd: string;
}

/**
 * A subcommand as `resolve --help` lists it. Its module in src/cli/commands/ is loaded only when the
 * command runs, so the help and every other command start without it. `run` never calls
 * process.exit: it returns the exit code (0 success, 1 problems found, 2 usage or setup errors).
 */
export interface CliCommand {
  readonly name: string;
  /** One line for `resolve --help`. */
  readonly summary: string;
  load(): Promise<{ run(argv: string[], io: CliIo): Promise<number> }>;
}

/**
 * Lines are written whole: every call ends with a newline unless the text already does. Control
 * characters from content or input are written as escapes (see terminal-text.ts).
 */
export function processIo(): CliIo {
  const line = (text: string): string => escapeControls(text.endsWith('\n') ? text : `${text}\n`);
  return {
    stdout: (text) => void process.stdout.write(line(text)),
    stderr: (text) => void process.stderr.write(line(text)),
    cwd: process.cwd(),
  };
}

/** An io that keeps what is written, for tests. */
export function captureIo(cwd: string): CliIo & { out: string[]; err: string[]; text(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd,
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    text: () => [...out, ...err].join('\n'),
  };
}
