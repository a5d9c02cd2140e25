import { cpus, loadavg, totalmem } from 'node:os';
import { generateLargeScenario } from '../scenario/generate.ts';
import { loadScenarioText } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { LOCAL, measureBrowser, THROTTLED, type BrowserFigure } from './browser/browser.ts';
import { checkFloors } from './floors.ts';
import { measureGradebook, type GradebookFigure } from './browser/gradebook.ts';
import { measureEngine, measureLibrary, type EngineFigure } from './engine.ts';
import { measureScoring, type ScoringFigure } from './scoring.ts';
import { measureStartup, type StartupFigure } from './startup.ts';
import { BENCH_MAX_BYTES, measureValidator, type ValidatorFigure } from './validator.ts';

export interface BenchOptions {
  /** Interleaved runs of each measure against its peer (at least 5 for figures worth quoting). */
  runs: number;
  /** Tiny sizes and no child processes: proves the bench code works, measures nothing. */
  quick: boolean;
  /** The scenarios under scenarios/, for the whole library under random play. */
  library: readonly Scenario[];
  /** The measures to take (all when absent). */
  only?: readonly Measure[];
  /** bin/resolve.mjs, for start-up; undefined to skip it. */
  bin?: string;
  /** The project folder, whose dist/ the browser measures load. */
  root: string;
  progress(message: string): void;
}

export const MEASURES = [
  'engine',
  'library',
  'scoring',
  'validator',
  'startup',
  'browser',
  'gradebook',
] as const;
export type Measure = (typeof MEASURES)[number];

export interface BenchResults {
  measuredAt: string;
  machine: {
    node: string;
    platform: string;
    arch: string;
    cpu: string;
    cores: number;
    memoryGiB: number;
    loadAverage: number[];
  };
  runs: number;
  engine: EngineFigure[];
  library: ReturnType<typeof measureLibrary> | null;
  scoring: ScoringFigure[];
  validator: ValidatorFigure[];
  startup: StartupFigure | null;
  browser: BrowserFigure | null;
  /** Importing a class's result files into the gradebook (issue 15, item 6). */
  gradebook: GradebookFigure | null;
}

const SIZES = {
  full: {
    engine: [
      { nodes: 100, plays: 200 },
      { nodes: 1000, plays: 20 },
      { nodes: 10000, plays: 2 },
    ],
    scoring: [10, 100, 1000, 3000],
    validator: [100, 1000, 10000],
    libraryPlays: 50,
    browser: { plays: 20, sampleMs: 3000, links: [LOCAL, THROTTLED], encodings: ['gzip', 'br'] },
    gradebook: { learners: 40, scenarios: 5 },
  },
  quick: {
    engine: [{ nodes: 30, plays: 2 }],
    scoring: [3, 6],
    validator: [30],
    libraryPlays: 1,
    // A whole second: frames drawn are counted per second.
    browser: { plays: 2, sampleMs: 1000, links: [LOCAL], encodings: ['gzip'] },
    gradebook: { learners: 2, scenarios: 2 },
  },
} as const;

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const sizes = options.quick ? SIZES.quick : SIZES.full;
  const { runs } = options;
  const wanted = (measure: Measure): boolean =>
    options.only === undefined || options.only.includes(measure);
  const engine = (wanted('engine') ? sizes.engine : []).map(({ nodes, plays }) => {
    options.progress(`Engine against inkjs, ${nodes.toLocaleString('en-GB')} nodes…`);
    const yaml = generateLargeScenario({ nodes, seed: 1 });
    const { scenario } = loadScenarioText(yaml, {
      file: 'generated.yaml',
      maxBytes: BENCH_MAX_BYTES,
    });
    if (scenario === undefined)
      throw new Error(`The generated ${nodes}-node scenario did not load.`);
    const measured = measureEngine({ scenario, nodes, plays, runs });
    options.progress(`  ${JSON.stringify(measured)}`);
    return measured;
  });
  options.progress('The whole library under random play…');
  const library =
    options.library.length === 0 || !wanted('library')
      ? null
      : measureLibrary(options.library, sizes.libraryPlays, runs);
  options.progress('Scoring transcripts of growing length…');
  const scoring = wanted('scoring') ? measureScoring(sizes.scoring, runs) : [];
  options.progress(`  ${JSON.stringify(scoring)}`);
  const validator = (wanted('validator') ? sizes.validator : []).map((nodes) => {
    options.progress(`Validator against inkjs's compiler, ${nodes.toLocaleString('en-GB')} nodes…`);
    const measured = measureValidator({ nodes, runs, isolate: !options.quick });
    options.progress(`  ${JSON.stringify(measured)}`);
    return measured;
  });
  let startup: StartupFigure | null = null;
  if (options.bin !== undefined && wanted('startup')) {
    options.progress('CLI start-up against node -e 0…');
    startup = measureStartup(options.bin, Math.max(runs, 10));
  }
  let browser: BrowserFigure | null = null;
  if (wanted('browser')) {
    options.progress('Browser: the game against a blank Phaser 4 page, in headless Chromium…');
    browser = await measureBrowser({
      root: options.root,
      runs,
      ...sizes.browser,
      progress: (message) => options.progress(message),
    });
    options.progress(`  ${JSON.stringify(browser)}`);
  }
  let gradebook: GradebookFigure | null = null;
  if (wanted('gradebook')) {
    options.progress('Gradebook: importing a class of result files in headless Chromium…');
    gradebook = await measureGradebook({
      root: options.root,
      runs,
      ...sizes.gradebook,
      progress: (message) => options.progress(message),
    });
    options.progress(`  ${JSON.stringify(gradebook)}`);
  }
  const cpu = cpus();
  return {
    measuredAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGiB: Math.round(totalmem() / 1024 ** 3),
      loadAverage: loadavg().map((each) => Number(each.toFixed(2))),
    },
    runs,
    engine,
    library,
    scoring,
    validator,
    startup,
    browser,
    gradebook,
  };
}

const figure = (value: number): string => value.toLocaleString('en-GB');
const kB = (bytes: number): string => `${figure(Math.round(bytes / 1000))} kB`;
const times = (value: number, peer: number): string =>
  peer === 0 ? '' : `${(value / peer).toFixed(2)}×`;

function browserRows(browser: BrowserFigure): string[][] {
  const rows: string[][] = [];
  for (const { link, encoding, resolve, blank } of browser.load) {
    const over = `(${link}, ${encoding})`;
    rows.push(
      [
        `bytes as sent before menu usable / first line / customer drawn ${over}`,
        `${kB(resolve.bytesBeforeMenu)} / ${kB(resolve.bytesBeforeLine)} / ${kB(resolve.bytesBeforeStageFrame)}`,
        `blank, before first frame: ${kB(blank.bytesBeforeFirstFrame)}`,
        times(resolve.bytesBeforeLine, blank.bytesBeforeFirstFrame),
      ],
      [`navigation → menu usable ${over}`, `${resolve.navigationToMenuMs} ms`, '', ''],
      [
        `play → first line and choices ${over}`,
        `${resolve.playToLineMs} ms`,
        `blank, navigation → first frame: ${blank.navigationToFirstFrameMs} ms`,
        times(resolve.playToLineMs, blank.navigationToFirstFrameMs),
      ],
      [
        `play → first frame with the customer drawn ${over}`,
        `${resolve.playToStageFrameMs} ms`,
        `blank first frame ${blank.navigationToFirstFrameMs} ms`,
        times(resolve.playToStageFrameMs, blank.navigationToFirstFrameMs),
      ],
    );
  }
  const { resolve, blank } = browser.encounterFrames;
  const frames = (each: typeof resolve): string =>
    `${each.p50Ms} / ${each.p95Ms} / ${each.p99Ms} ms, ${each.droppedPerSecond} dropped/s`;
  rows.push(
    [
      `click → next line in the DOM (median / p95 of ${browser.clickToDom.samples})`,
      `${browser.clickToDom.medianMs} / ${browser.clickToDom.p95Ms} ms`,
      '',
      '',
    ],
    [
      'click → next frame painted (median / p95)',
      `${browser.clickToPaint.medianMs} / ${browser.clickToPaint.p95Ms} ms`,
      '',
      '',
    ],
    [
      'encounter, page frame time p50 / p95 / p99, dropped frames',
      frames(resolve),
      `blank ${frames(blank)}`,
      `p95 ${times(resolve.p95Ms, blank.p95Ms)}`,
    ],
    [
      'Phaser frames drawn per second, encounter on its first line',
      `${resolve.drawnPerSecond}`,
      `blank ${blank.drawnPerSecond} (every frame)`,
      times(resolve.drawnPerSecond, blank.drawnPerSecond),
    ],
    [
      `Phaser frames rendered on the debrief / menu (${browser.framesWhileHidden.sampledMs / 1000} s each)`,
      `${browser.framesWhileHidden.debrief} / ${browser.framesWhileHidden.menu}`,
      '',
      '',
    ],
    [
      `heap after GC, after 1 and ${browser.heap.plays} plays`,
      `${browser.heap.afterOnePlayMiB} / ${browser.heap.afterPlaysMiB} MiB`,
      `blank ${browser.heap.blankMiB} MiB`,
      `${browser.heap.ratio}×`,
    ],
    [
      `heap without compiled code, after 1 and ${browser.heap.plays} plays`,
      `${browser.heap.dataAfterOnePlayMiB} / ${browser.heap.dataAfterPlaysMiB} MiB`,
      '',
      `${browser.heap.dataRatio}×`,
    ],
  );
  return rows;
}

/** Which of the floors this run meets, one line each. */
export function floorLines(results: BenchResults): string {
  return checkFloors(results)
    .map(
      ({ floor, met, figures }) =>
        `${met === null ? '–' : met ? '✓' : '✗'} ${floor}: ${figures}${met === false ? ' (missed)' : ''}`,
    )
    .join('\n');
}

/** The results as a Markdown table: measure, Resolve, peer, ratio. */
export function benchTable(results: BenchResults): string {
  const rows: string[][] = [['measure', 'Resolve', 'peer', 'ratio']];
  for (const each of results.engine) {
    rows.push([
      `choices per CPU-second, ${figure(each.nodes)} nodes, random play${each.samePaths ? '' : ' (paths differ!)'}`,
      figure(each.resolveChoicesPerCpuSecond),
      `inkjs ${figure(each.inkChoicesPerCpuSecond)}`,
      `${each.ratio}×`,
    ]);
  }
  if (results.library !== null) {
    rows.push([
      `choices per CPU-second, whole library (${results.library.scenarios} scenarios), random policy`,
      figure(results.library.choicesPerCpuSecond),
      '',
      '',
    ]);
  }
  for (const each of results.scoring) {
    rows.push([
      `score a transcript of ${figure(each.choices)} choices`,
      `${each.ms} ms`,
      '',
      each.growth === null ? '' : `${each.growth}× the size before`,
    ]);
  }
  for (const each of results.validator) {
    const memory = (value: number | null): string => (value === null ? '' : `, peak +${value} MiB`);
    rows.push([
      `validate ${figure(each.nodes)} nodes (in process)`,
      `${each.resolveMs} ms${memory(each.resolvePeakMiB)}`,
      `inkjs compile ${each.inkMs} ms${memory(each.inkPeakMiB)}`,
      `${each.ratio}×`,
    ]);
  }
  if (results.startup !== null) {
    rows.push([
      '`node bin/resolve.mjs --help`',
      `${results.startup.resolveHelpMs} ms`,
      `\`node -e 0\` ${results.startup.nodeMs} ms`,
      `${results.startup.ratio}×`,
    ]);
  }
  if (results.browser !== null) rows.push(...browserRows(results.browser));
  const { gradebook } = results;
  if (gradebook) {
    rows.push(
      [
        `gradebook: import ${gradebook.files} result files (${gradebook.learners} learners × ${gradebook.scenarios} scenarios, ${gradebook.tampered} tampered)`,
        `${figure(gradebook.totalMs)} ms, ${gradebook.msPerFile} ms a file`,
        `${gradebook.consistent} consistent, ${gradebook.notConsistent} not`,
        '',
      ],
      [
        'gradebook: longest main-thread task while importing',
        `${gradebook.longestTaskMs} ms`,
        `${gradebook.longTasks} tasks over 50 ms; the browser taking in the chosen files: ${gradebook.choosingTaskMs} ms`,
        '',
      ],
    );
  }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]): string =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [
    line(rows[0] ?? []),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}
