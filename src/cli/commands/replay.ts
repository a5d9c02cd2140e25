import type { CliIo } from '../io.ts';

// A placeholder until the engine's command lands here; it keeps `resolve --help` complete.
export const name = 'replay';
export const summary = 'Replay a result file through the engine and verify its score';

export function run(_argv: string[], io: CliIo): Promise<number> {
  io.stderr(`resolve ${name}: not yet available`);
  return Promise.resolve(2);
}
