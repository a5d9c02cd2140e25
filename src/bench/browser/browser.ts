import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { median, percentile, round } from '../stats.ts';
import { launchChromium } from './chromium.ts';
import { snapshotDataMiB, type HeapSnapshot } from './heap-snapshot.ts';
import {
  bytesBefore,
  clickPlay,
  installProbe,
  playFromInside,
  type PlayMeasures,
  type ProbeState,
} from './page-probes.ts';
import { serveCompressed, type Encoding } from './static-server.ts';

export interface BrowserOptions {
  /** The project folder (dist/ holds the built game; the blank page is built under bench/.build/). */
  root: string;
  runs: number;
  /** Plays for the second heap figure (20; fewer to check the code works). */
  plays: number;
  /** How long to sample frames in an encounter and count them on hidden screens. */
  sampleMs: number;
  /** The links to load over (both for figures; only the local one to check the code works). */
  links: readonly Link[];
  encodings: readonly Encoding[];
  progress(message: string): void;
}

export interface Link {
  name: string;
  /** Chromium's network emulation (CDP Network.emulateNetworkConditions); null for none. */
  conditions: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

export const LOCAL: Link = { name: 'local', conditions: null };
/** 1.6 Mbit/s each way with 150 ms latency: a busy school connection. */
export const THROTTLED: Link = {
  name: '1.6 Mbit/s, 150 ms',
  conditions: { latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 },
};

export interface TimeFigure {
  medianMs: number;
  p95Ms: number;
  samples: number;
}

export interface LoadFigure {
  encoding: Encoding;
  link: string;
  resolve: {
    /** Navigation → a scenario's Play button on the menu. */
    navigationToMenuMs: number;
    /** Play click (as soon as the menu is usable) → the first line and choices in the DOM. */
    playToLineMs: number;
    /** Play click → the first Phaser frame with the customer drawn. */
    playToStageFrameMs: number;
    /** Bytes as sent, headers included, of the responses finished by each moment. */
    bytesBeforeMenu: number;
    bytesBeforeLine: number;
    bytesBeforeStageFrame: number;
  };
  blank: {
    /** Navigation → Phaser's first frame. */
    navigationToFirstFrameMs: number;
    bytesBeforeFirstFrame: number;
  };
}

export interface FrameFigure {
  /**
   * Intervals between the page's animation frames, pooled over the runs: how long each frame of
   * the page took to reach the screen, whether Phaser drew in it or not. (The game's Phaser loop
   * draws only when the picture changes, so the gaps between its own frames say nothing of speed.)
   */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  frames: number;
  /** Frames a 60 Hz display had to skip (an interval of 2.5 frames counts 2, and so on): per second. */
  droppedPerSecond: number;
  /** Frames Phaser drew, per second of the sample: a count, so the machine's load hardly moves it. */
  drawnPerSecond: number;
}

/** What the probe saw over one sample. */
interface FrameSample {
  /** The page's animation frames. */
  animationFrames: number[];
  /** Phaser frames drawn. */
  drawn: number;
}

export interface BrowserFigure {
  chromium: string;
  scenario: string;
  runs: number;
  load: LoadFigure[];
  clickToDom: TimeFigure;
  clickToPaint: TimeFigure;
  encounterFrames: { resolve: FrameFigure; blank: FrameFigure };
  /** The most Phaser frames rendered in any run while the debrief, then the menu, covered the stage. */
  framesWhileHidden: { debrief: number; menu: number; sampledMs: number };
  /** Heap in use after a forced garbage collection (MiB), medians over the runs. */
  heap: {
    afterOnePlayMiB: number;
    afterPlaysMiB: number;
    plays: number;
    ratio: number;
    blankMiB: number;
    /**
     * The same without compiled code (a heap snapshot's objects less its code): what the game
     * keeps. V8 compiles more of the game to machine code the more it runs, so the whole heap
     * grows over the first plays without anything being kept (measured: +1.3 MB of code, +0.1 MB
     * of everything else, from 1 to 11 plays).
     */
    dataAfterOnePlayMiB: number;
    dataAfterPlaysMiB: number;
    dataRatio: number;
  };
}

const FRAME_MS = 1000 / 60;

function frameFigure(runs: FrameSample[], sampledMs: number): FrameFigure {
  const intervals = runs.flatMap(({ animationFrames: frames }) =>
    frames.slice(1).map((time, at) => time - frames[at]!),
  );
  const seconds = (runs.length * sampledMs) / 1000;
  const dropped = intervals.reduce(
    (sum, interval) => sum + Math.max(0, Math.round(interval / FRAME_MS) - 1),
    0,
  );
  return {
    p50Ms: round(percentile(intervals, 50), 1),
    p95Ms: round(percentile(intervals, 95), 1),
    p99Ms: round(percentile(intervals, 99), 1),
    frames: intervals.length,
    droppedPerSecond: round(dropped / seconds, 1),
    drawnPerSecond: round(runs.reduce((sum, run) => sum + run.drawn, 0) / seconds, 1),
  };
}

const timeFigure = (samples: number[]): TimeFigure => ({
  medianMs: round(median(samples), 1),
  p95Ms: round(percentile(samples, 95), 1),
  samples: samples.length,
});

const probe = (page: Page): Promise<ProbeState> =>
  page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);

/** A fresh context (so a cold cache) and page, watched by the probe, over the link. */
async function openPage(browser: Browser, link: Link): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'no-preference',
    // A cold load every time: the offline web app's service worker would serve from its cache.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  if (link.conditions) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...link.conditions });
  }
  // tsx and vitest may wrap named functions in __name(…) (esbuild's keepNames); the probes are
  // serialised into the page, where that helper must exist too.
  await page.addInitScript('globalThis.__name ??= (target) => target;');
  await page.addInitScript(installProbe);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  (page as Page & { problems?: string[] }).problems = problems;
  return { page, cdp };
}

async function waitForMarks(page: Page, marks: string[], timeout = 120_000): Promise<ProbeState> {
  await page.waitForFunction(
    (wanted) => {
      const state = (window as unknown as { __bench?: ProbeState }).__bench;
      return wanted.every((mark) => state?.marks[mark as keyof ProbeState['marks']] !== undefined);
    },
    marks,
    { timeout, polling: 50 },
  );
  return probe(page);
}

const at = (state: ProbeState, mark: keyof ProbeState['marks']): number => {
  const time = state.marks[mark];
  if (time === undefined) throw new Error(`The page never reached “${mark}”.`);
  return time;
};

async function heapMiB(cdp: CDPSession): Promise<number> {
  // Twice: the first collection can leave garbage that only a second one frees (weak maps, finalisers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 ** 2;
}

/** The heap in use after a forced collection, whole and without compiled code. */
async function heapFigures(cdp: CDPSession): Promise<{ used: number; data: number }> {
  const used = await heapMiB(cdp);
  const chunks: string[] = [];
  const take = ({ chunk }: { chunk: string }): void => {
    chunks.push(chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  // A snapshot collects the garbage first, and holds only what is reachable.
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  return { used, data: snapshotDataMiB(JSON.parse(chunks.join('')) as HeapSnapshot) };
}

/** Resolve over a link: navigation → menu, then Play at once → first line → first frame with the customer. */
async function loadResolve(
  browser: Browser,
  url: string,
  link: Link,
  title: string,
): Promise<LoadFigure['resolve']> {
  const { page } = await openPage(browser, link);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForMarks(page, ['menu']);
    await page.evaluate(clickPlay, title);
    const state = await waitForMarks(page, ['line', 'stageFrame']);
    const [menu, line, stage] = await Promise.all(
      [at(state, 'menu'), at(state, 'line'), at(state, 'stageFrame')].map((moment) =>
        page.evaluate(bytesBefore, moment),
      ),
    );
    return {
      navigationToMenuMs: round(at(state, 'menu'), 1),
      playToLineMs: round(at(state, 'line') - at(state, 'play'), 1),
      playToStageFrameMs: round(at(state, 'stageFrame') - at(state, 'play'), 1),
      bytesBeforeMenu: menu!.bytes,
      bytesBeforeLine: line!.bytes,
      bytesBeforeStageFrame: stage!.bytes,
    };
  } finally {
    await page.context().close();
  }
}

async function loadBlank(browser: Browser, url: string, link: Link): Promise<LoadFigure['blank']> {
  const { page } = await openPage(browser, link);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const state = await waitForMarks(page, ['firstFrame']);
    const { bytes } = await page.evaluate(bytesBefore, at(state, 'firstFrame'));
    return {
      navigationToFirstFrameMs: round(at(state, 'firstFrame'), 1),
      bytesBeforeFirstFrame: bytes,
    };
  } finally {
    await page.context().close();
  }
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's animation frames and Phaser's frames drawn over `ms` from now, as the probe saw them. */
async function sampleFrames(page: Page, ms: number): Promise<FrameSample> {
  const from = await page.evaluate(() => {
    const state = (window as unknown as { __bench: ProbeState }).__bench;
    state.animationFrames = [];
    state.sampling = true;
    return performance.now();
  });
  await pause(ms);
  const state = await page.evaluate(() => {
    const state = (window as unknown as { __bench: ProbeState }).__bench;
    state.sampling = false;
    return state;
  });
  return {
    animationFrames: state.animationFrames,
    drawn: state.frames.filter((time) => time >= from).length,
  };
}

interface Interaction {
  frames: FrameSample;
  plays: PlayMeasures;
  heapAfterOne: { used: number; data: number };
  heapAfterAll: { used: number; data: number };
}

/** One play measured (frames, clicks, hidden screens), then the heap after it and after `plays`. */
async function interactResolve(
  browser: Browser,
  url: string,
  title: string,
  options: BrowserOptions,
): Promise<Interaction> {
  const { page, cdp } = await openPage(browser, LOCAL);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForMarks(page, ['menu']);
    await page.evaluate(clickPlay, title);
    await waitForMarks(page, ['line', 'stageFrame']);
    const frames = await sampleFrames(page, options.sampleMs);
    const plays = await page.evaluate(playFromInside, {
      title,
      plays: 1,
      underway: true,
      measure: true,
      hiddenMs: options.sampleMs,
    });
    const heapAfterOne = await heapFigures(cdp);
    if (options.plays > 1) {
      await page.evaluate(playFromInside, {
        title,
        plays: options.plays - 1,
        underway: false,
        measure: false,
        hiddenMs: 0,
      });
    }
    const heapAfterAll = await heapFigures(cdp);
    const problems = (page as Page & { problems?: string[] }).problems ?? [];
    if (problems.length > 0) throw new Error(`The game reported: ${problems.join('; ')}`);
    return { frames, plays, heapAfterOne, heapAfterAll };
  } finally {
    await page.context().close();
  }
}

async function interactBlank(
  browser: Browser,
  url: string,
  sampleMs: number,
): Promise<{ frames: FrameSample; heap: number }> {
  const { page, cdp } = await openPage(browser, LOCAL);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForMarks(page, ['firstFrame']);
    const frames = await sampleFrames(page, sampleMs);
    return { frames, heap: await heapMiB(cdp) };
  } finally {
    await page.context().close();
  }
}

/** The blank Phaser page, built now by Vite from src/bench/browser/blank-page/ into bench/.build/blank. */
export async function buildBlankPage(root: string): Promise<string> {
  const { build } = await import('vite');
  const outDir = join(root, 'bench/.build/blank');
  await build({
    configFile: false,
    root: join(root, 'src/bench/browser/blank-page'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
  return outDir;
}

/** The scenario the bench plays: the first untimed one on the menu (a timer would cut the samples short). */
function benchScenario(dist: string): string {
  const index = JSON.parse(readFileSync(join(dist, 'content/index.json'), 'utf8')) as {
    scenarios: { title: string; timed?: boolean }[];
  };
  const chosen = index.scenarios.find((each) => each.timed !== true) ?? index.scenarios[0];
  if (!chosen) throw new Error('dist/content/index.json lists no scenario.');
  return chosen.title;
}

const miB = (value: number): number => round(value, 2);

export async function measureBrowser(options: BrowserOptions): Promise<BrowserFigure> {
  const dist = join(options.root, 'dist');
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'content/index.json'))) {
    throw new Error('No built game in dist/: run `npm run build` first (`npm run bench` does).');
  }
  options.progress('Building the blank Phaser page…');
  const blankDist = await buildBlankPage(options.root);
  const title = benchScenario(dist);
  const browser = await launchChromium();
  const sites = new Map<string, { url: string; close(): Promise<void> }>();
  try {
    for (const encoding of options.encodings) {
      sites.set(`resolve ${encoding}`, await serveCompressed(dist, encoding));
      sites.set(`blank ${encoding}`, await serveCompressed(blankDist, encoding));
    }
    const site = (which: string, encoding: Encoding): string =>
      sites.get(`${which} ${encoding}`)!.url;
    const loads = new Map<
      string,
      { resolve: LoadFigure['resolve'][]; blank: LoadFigure['blank'][] }
    >();
    const interactions: Interaction[] = [];
    const blankRuns: { frames: FrameSample; heap: number }[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      for (const link of options.links) {
        for (const encoding of options.encodings) {
          options.progress(`  run ${run + 1}: loading over ${link.name}, ${encoding}…`);
          const key = `${link.name}|${encoding}`;
          const figures = loads.get(key) ?? { resolve: [], blank: [] };
          loads.set(key, figures);
          figures.blank.push(await loadBlank(browser, site('blank', encoding), link));
          figures.resolve.push(await loadResolve(browser, site('resolve', encoding), link, title));
        }
      }
      const encoding = options.encodings.at(-1) ?? 'br';
      options.progress(`  run ${run + 1}: frames, clicks and ${options.plays} plays…`);
      blankRuns.push(await interactBlank(browser, site('blank', encoding), options.sampleMs));
      interactions.push(await interactResolve(browser, site('resolve', encoding), title, options));
    }
    const load: LoadFigure[] = [...loads].map(([key, figures]) => {
      const [link, encoding] = key.split('|') as [string, Encoding];
      const of = <T>(list: T[], pick: (each: T) => number): number =>
        round(median(list.map(pick)), 1);
      return {
        encoding,
        link,
        resolve: {
          navigationToMenuMs: of(figures.resolve, (each) => each.navigationToMenuMs),
          playToLineMs: of(figures.resolve, (each) => each.playToLineMs),
          playToStageFrameMs: of(figures.resolve, (each) => each.playToStageFrameMs),
          bytesBeforeMenu: of(figures.resolve, (each) => each.bytesBeforeMenu),
          bytesBeforeLine: of(figures.resolve, (each) => each.bytesBeforeLine),
          bytesBeforeStageFrame: of(figures.resolve, (each) => each.bytesBeforeStageFrame),
        },
        blank: {
          navigationToFirstFrameMs: of(figures.blank, (each) => each.navigationToFirstFrameMs),
          bytesBeforeFirstFrame: of(figures.blank, (each) => each.bytesBeforeFirstFrame),
        },
      };
    });
    const afterOne = median(interactions.map((each) => each.heapAfterOne.used));
    const afterAll = median(interactions.map((each) => each.heapAfterAll.used));
    const dataAfterOne = median(interactions.map((each) => each.heapAfterOne.data));
    const dataAfterAll = median(interactions.map((each) => each.heapAfterAll.data));
    return {
      chromium: browser.version(),
      scenario: title,
      runs: options.runs,
      load,
      clickToDom: timeFigure(interactions.flatMap((each) => each.plays.clickToDom)),
      clickToPaint: timeFigure(interactions.flatMap((each) => each.plays.clickToPaint)),
      encounterFrames: {
        resolve: frameFigure(
          interactions.map((each) => each.frames),
          options.sampleMs,
        ),
        blank: frameFigure(
          blankRuns.map((each) => each.frames),
          options.sampleMs,
        ),
      },
      framesWhileHidden: {
        debrief: Math.max(...interactions.map((each) => each.plays.framesOnDebrief)),
        menu: Math.max(...interactions.map((each) => each.plays.framesOnMenu)),
        sampledMs: options.sampleMs,
      },
      heap: {
        afterOnePlayMiB: miB(afterOne),
        afterPlaysMiB: miB(afterAll),
        plays: options.plays,
        ratio: round(afterAll / afterOne),
        blankMiB: miB(median(blankRuns.map((each) => each.heap))),
        dataAfterOnePlayMiB: miB(dataAfterOne),
        dataAfterPlaysMiB: miB(dataAfterAll),
        dataRatio: round(dataAfterAll / dataAfterOne),
      },
    };
  } finally {
    await browser.close();
    for (const each of sites.values()) await each.close();
  }
}
