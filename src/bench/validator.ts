import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkScenarioText } from '../scenario/analyse.ts';
import { generateLargeScenario } from '../scenario/generate.ts';
import { loadScenarioText } from '../scenario/load.ts';
import { compileInk } from './engine.ts';
import { inkSourceOf } from './ink-source.ts';
import { median, round, wallMs } from './stats.ts';

/** Generated text is larger than a real file may be; the bench alone lifts the 1 MiB limit. */
export const BENCH_MAX_BYTES = 256 * 1024 * 1024;

export type Checker = 'resolve' | 'ink';

/** The same generated graph as Resolve YAML and as ink source. */
export function benchTexts(nodes: number): { yaml: string; ink: string } {
  const yaml = generateLargeScenario({ nodes, seed: 1 });
  const { scenario } = loadScenarioText(yaml, {
    file: 'generated.yaml',
    maxBytes: BENCH_MAX_BYTES,
  });
  if (scenario === undefined) throw new Error(`The generated ${nodes}-node scenario did not load.`);
  return { yaml, ink: inkSourceOf(scenario) };
}

/** One check of the text: Resolve's loader and analysis, or inkjs's compiler. */
export function checkOnce(checker: Checker, texts: { yaml: string; ink: string }): number {
  return wallMs(() => {
    if (checker === 'resolve') {
      const checked = checkScenarioText(texts.yaml, {
        file: 'generated.yaml',
        maxBytes: BENCH_MAX_BYTES,
      });
      if (checked.diagnostics.some((each) => each.severity === 'error'))
        throw new Error('The generated scenario has errors.');
    } else compileInk(texts.ink);
  });
}

export interface CheckRun {
  ms: number;
  /** Peak resident memory the check added over the process before it, in MiB. */
  peakMiB: number | null;
}

const worker = fileURLToPath(
  new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url),
);

/** A check in a fresh Node process, so its peak memory is its own. */
function checkInChild(checker: Checker, nodes: number): CheckRun {
  const result = spawnSync(process.execPath, [worker, checker, String(nodes)], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`bench worker failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as CheckRun;
}

export interface ValidatorFigure {
  nodes: number;
  runs: number;
  resolveMs: number;
  inkMs: number;
  ratio: number;
  resolvePeakMiB: number | null;
  inkPeakMiB: number | null;
}

/**
 * Resolve's validator against inkjs's compiler on the same graph, in turn, `runs` times each.
 * `isolate` runs each check in its own process (for memory); without it they run here (tests).
 */
export function measureValidator(options: {
  nodes: number;
  runs: number;
  isolate: boolean;
}): ValidatorFigure {
  const { nodes, runs } = options;
  const texts = options.isolate ? undefined : benchTexts(nodes);
  const once = (checker: Checker): CheckRun =>
    texts === undefined
      ? checkInChild(checker, nodes)
      : { ms: checkOnce(checker, texts), peakMiB: null };
  const resolve: CheckRun[] = [];
  const ink: CheckRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    resolve.push(once('resolve'));
    ink.push(once('ink'));
  }
  const peak = (all: CheckRun[]): number | null =>
    all.every((each) => each.peakMiB !== null)
      ? round(median(all.map((each) => each.peakMiB ?? 0)), 1)
      : null;
  const resolveMs = median(resolve.map((each) => each.ms));
  const inkMs = median(ink.map((each) => each.ms));
  return {
    nodes,
    runs,
    resolveMs: round(resolveMs, 1),
    inkMs: round(inkMs, 1),
    ratio: round(resolveMs / inkMs),
    resolvePeakMiB: peak(resolve),
    inkPeakMiB: peak(ink),
  };
}
