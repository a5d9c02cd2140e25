import type { CliIo } from '../io.ts';

// A placeholder until the engine's command lands here; it keeps `resolve --help` complete.
export const name = 'bench';
export const summary = 'Time the engine and the validator on large scenarios';

export function run(_argv: string[], io: CliIo): Promise<number> {
  io.stderr(`resolve ${name}: not yet available`);
  return Promise.resolve(2);
}
