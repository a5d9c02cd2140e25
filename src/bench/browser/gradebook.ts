import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { classOfResults } from '../../results/class-of-results.ts';
import { scenarioSchema, type Scenario } from '../../scenario/schema.ts';
import { median, round } from '../stats.ts';
import { launchChromium } from './chromium.ts';
import { serveCompressed } from './static-server.ts';

/*
 * Issue 15, item 6: a class's result files imported into the gradebook of the built game in
 * headless Chromium, as a tutor would choose them in its file picker. The files are read and
 * replayed in the page's worker; the page's main thread is watched for long tasks (the Long Tasks
 * API, PerformanceObserver 'longtask'), since the floor is that none lasts over 200 ms.
 */

export interface GradebookFigure {
  files: number;
  learners: number;
  scenarios: number;
  /** Choose → every row in the table (the page's marks), median over the runs. */
  totalMs: number;
  msPerFile: number;
  /**
   * The longest main-thread task from the page's change handler to the last row (a task that began
   * before the handler counts from the handler on), the most over the runs.
   */
  longestTaskMs: number;
  /** The whole task in which the browser handed the chosen files to the page, the most over the runs. */
  choosingTaskMs: number;
  /** Main-thread tasks over 50 ms in that time, the most in any run. */
  longTasks: number;
  /** Rows as the page judged them: the tampered files must be the not consistent ones. */
  consistent: number;
  notConsistent: number;
  tampered: number;
}

export interface GradebookOptions {
  root: string;
  runs: number;
  /** 40 learners × 5 scenarios for the figure; fewer to check the code works. */
  learners: number;
  scenarios: number;
  progress(message: string): void;
}

/** The first scenarios of the built library: their hashes are on the build's shipped list. */
function builtScenarios(dist: string, count: number): Scenario[] {
  const index = JSON.parse(readFileSync(join(dist, 'content/index.json'), 'utf8')) as {
    scenarios: { file: string }[];
  };
  return index.scenarios
    .slice(0, count)
    .map((entry) =>
      scenarioSchema.parse(JSON.parse(readFileSync(join(dist, 'content', entry.file), 'utf8'))),
    );
}

/** Runs in the page before its own scripts: every long task, from the start. */
function watchLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

interface RunFigure {
  totalMs: number;
  longestTaskMs: number;
  choosingTaskMs: number;
  longTasks: number;
  consistent: number;
  notConsistent: number;
  tasks?: string;
  end?: number;
}

async function importOnce(page: Page, url: string, uploads: string[]): Promise<RunFigure> {
  await page.goto(`${url}#gradebook`);
  await page.waitForSelector('.gradebook input[type="file"]', { timeout: 120_000 });
  await page.locator('.gradebook input[type="file"]').setInputFiles(uploads);
  await page.waitForSelector(`.gradebook[data-imported="${uploads.length}"]`, {
    timeout: 600_000,
  });
  // Tasks are reported a little after they end: one more frame before reading them.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  return page.evaluate(() => {
    const start = performance.getEntriesByName('gradebook-import-start').at(-1)?.startTime ?? 0;
    const end = performance.getEntriesByName('gradebook-import-end').at(-1)?.startTime ?? 0;
    const tasks = (
      window as unknown as { __longTasks: { start: number; duration: number }[] }
    ).__longTasks.filter((task) => task.start + task.duration >= start && task.start <= end);
    const verdicts = [...document.querySelectorAll('.gradebook-files tbody tr')].map((row) =>
      row.getAttribute('data-verdict'),
    );
    // The task that hands the chosen files to the page starts before the page's change handler:
    // its part before the handler is the browser taking in the files (a real picker does the same),
    // so it is reported apart, and only what falls from the handler on counts as the import's.
    const within = tasks.map(
      (task) => Math.min(end, task.start + task.duration) - Math.max(start, task.start),
    );
    const choosing = tasks.filter((task) => task.start < start);
    return {
      totalMs: end - start,
      longestTaskMs: Math.max(0, ...within),
      choosingTaskMs: Math.max(0, ...choosing.map((task) => task.duration)),
      longTasks: tasks.length,
      tasks: tasks
        .map((task) => `${Math.round(task.start - start)}+${Math.round(task.duration)}`)
        .join(' '),
      end: Math.round(end - start),
      consistent: verdicts.filter((verdict) => verdict === 'consistent').length,
      notConsistent: verdicts.filter((verdict) => verdict === 'not-consistent').length,
    };
  });
}

export async function measureGradebook(options: GradebookOptions): Promise<GradebookFigure> {
  const dist = join(options.root, 'dist');
  if (!existsSync(join(dist, 'content/versions.json')))
    throw new Error('No built game in dist/: run `npm run build` first (`npm run bench` does).');
  const scenarios = builtScenarios(dist, options.scenarios);
  options.progress(
    `  making ${options.learners} learners × ${scenarios.length} scenarios of result files…`,
  );
  const files = classOfResults({ scenarios, learners: options.learners, seed: 1 });
  // Files on disk, as a tutor chooses them: Playwright hands the paths to Chromium, where buffers
  // would be decoded by a script in the page and timed as the page's own long task.
  const folder = mkdtempSync(join(tmpdir(), 'resolve-gradebook-'));
  const uploads = files.map((file, index) => {
    const path = join(folder, `${String(index).padStart(3, '0')}-${file.name}`);
    writeFileSync(path, file.text);
    return path;
  });
  const site = await serveCompressed(dist, 'gzip');
  const browser = await launchChromium();
  const runs: RunFigure[] = [];
  try {
    for (let run = 0; run < options.runs; run += 1) {
      options.progress(`  run ${run + 1}: importing ${files.length} result files…`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      try {
        const page = await context.newPage();
        await page.addInitScript(watchLongTasks);
        runs.push(await importOnce(page, site.url, uploads));
        options.progress(
          `  tasks (start+duration ms from choosing): ${runs.at(-1)?.tasks} end ${runs.at(-1)?.end}`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
  const totalMs = median(runs.map((each) => each.totalMs));
  const last = runs.at(-1);
  return {
    files: files.length,
    learners: options.learners,
    scenarios: scenarios.length,
    totalMs: round(totalMs, 0),
    msPerFile: round(totalMs / Math.max(files.length, 1), 1),
    longestTaskMs: round(Math.max(...runs.map((each) => each.longestTaskMs)), 0),
    choosingTaskMs: round(Math.max(...runs.map((each) => each.choosingTaskMs)), 0),
    longTasks: Math.max(...runs.map((each) => each.longTasks)),
    consistent: last?.consistent ?? 0,
    notConsistent: last?.notConsistent ?? 0,
    tampered: files.filter((file) => file.tampered !== null).length,
  };
}
