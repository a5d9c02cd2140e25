import { spawnSync } from 'node:child_process';
import { median, round, wallMs } from './stats.ts';

export interface StartupFigure {
  runs: number;
  resolveHelpMs: number;
  nodeMs: number;
  ratio: number;
}

/** `node bin/resolve.mjs --help` against `node -e 0`, in turn, `runs` times each. */
export function measureStartup(bin: string, runs: number): StartupFigure {
  const resolve: number[] = [];
  const node: number[] = [];
  const run = (args: string[]): number =>
    wallMs(() => {
      const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    });
  run(['-e', '0']);
  run([bin, '--help']);
  for (let each = 0; each < runs; each += 1) {
    node.push(run(['-e', '0']));
    resolve.push(run([bin, '--help']));
  }
  const resolveMs = median(resolve);
  const nodeMs = median(node);
  return {
    runs,
    resolveHelpMs: round(resolveMs, 1),
    nodeMs: round(nodeMs, 1),
    ratio: round(resolveMs / nodeMs),
  };
}
