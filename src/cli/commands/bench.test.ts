import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureIo } from '../io.ts';
import type { BenchResults } from '../../bench/run.ts';
import { run as bench } from './bench.ts';

// The bench's own code on tiny inputs, so it keeps working; no figure here is a speed.
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'resolve-bench-'));
  await mkdir(join(cwd, 'scenarios/retail'), { recursive: true });
  await copyFile(
    join(root, 'src/engine/fixtures/fixture-headphones.yaml'),
    join(cwd, 'scenarios/retail/fixture-headphones.yaml'),
  );
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('resolve bench --quick', () => {
  it('drives both engines down the same paths and writes bench/results.json', async () => {
    const io = captureIo(cwd);
    // The browser half has its own smoke test in the browser project (tests/browser/bench.test.ts).
    expect(await bench(['--quick', '--only', 'engine,library,scoring,validator'], io)).toBe(0);
    const results = JSON.parse(
      await readFile(join(cwd, 'bench/results.json'), 'utf8'),
    ) as BenchResults;
    expect(results.engine).toHaveLength(1);
    // inkjs and Resolve made the same number of choices on every seed: the graphs match.
    expect(results.engine[0]?.samePaths).toBe(true);
    expect(results.engine[0]?.inkChoicesPerCpuSecond).toBeGreaterThan(0);
    expect(results.library?.scenarios).toBe(1);
    expect(results.scoring.map((each) => each.choices)).toEqual([3, 6]);
    expect(results.validator[0]?.nodes).toBe(30);
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(io.out.join('\n')).toContain('| measure');
  }, 120_000);
});
