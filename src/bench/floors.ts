import type { BenchResults } from './run.ts';

/** One of issue 15's floors, read against this run's figures; `met` is null when not measured. */
export interface FloorCheck {
  floor: string;
  met: boolean | null;
  figures: string;
}

const MB = 1_000_000;
/** Everything transferred before the first customer line, as sent. */
export const FIRST_LINE_BYTES = 1.5 * MB;

/**
 * The most frames a second the encounter may draw while its picture is idle (breathing redrawn
 * twice a second, a blink, the call clock): every frame drawn is costly without a GPU.
 */
export const IDLE_FRAMES_PER_SECOND = 4;

/** The longest main-thread task the page may take while the gradebook imports results. */
export const LONGEST_IMPORT_TASK_MS = 200;

const all = (values: boolean[]): boolean | null =>
  values.length === 0 ? null : values.every((each) => each);

export function checkFloors(results: BenchResults): FloorCheck[] {
  const checks: FloorCheck[] = [];
  checks.push({
    floor: 'engine ≥ 1× inkjs at every size',
    met: all(results.engine.map((each) => each.ratio >= 1)),
    figures: results.engine.map((each) => `${each.nodes}: ${each.ratio}×`).join(', '),
  });
  const scoring = (choices: number): number | undefined =>
    results.scoring.find((each) => each.choices === choices)?.ms;
  const [hundred, thousand] = [scoring(100), scoring(1000)];
  checks.push({
    floor: 'scoring 1,000 choices ≤ 12× scoring 100',
    met: hundred === undefined || thousand === undefined ? null : thousand <= 12 * hundred,
    figures:
      hundred === undefined || thousand === undefined
        ? 'not measured'
        : `${(thousand / hundred).toFixed(1)}×`,
  });
  const validator = (nodes: number) => results.validator.find((each) => each.nodes === nodes);
  const [v1k, v10k] = [validator(1000), validator(10000)];
  checks.push({
    floor: "validator faster than inkjs's compiler at 1,000 and 10,000 nodes",
    met: all([v1k, v10k].flatMap((each) => (each ? [each.ratio < 1] : []))),
    figures: [v1k, v10k]
      .flatMap((each) => (each ? [`${each.nodes}: ${each.ratio}×`] : []))
      .join(', '),
  });
  checks.push({
    floor: 'validator 10,000 nodes ≤ 12× its 1,000 nodes',
    met: v1k && v10k ? v10k.resolveMs <= 12 * v1k.resolveMs : null,
    figures: v1k && v10k ? `${(v10k.resolveMs / v1k.resolveMs).toFixed(1)}×` : 'not measured',
  });
  checks.push({
    floor: 'CLI start-up ≤ 3× `node -e 0`',
    met: results.startup === null ? null : results.startup.ratio <= 3,
    figures: results.startup === null ? 'not measured' : `${results.startup.ratio}×`,
  });
  const browser = results.browser;
  if (browser === null) {
    checks.push({ floor: 'browser floors', met: null, figures: 'not measured' });
  } else {
    const { resolve, blank } = browser.encounterFrames;
    checks.push({
      floor: 'encounter p95 frame time ≤ 1.2× the blank Phaser page',
      met: resolve.p95Ms <= 1.2 * blank.p95Ms,
      figures: `${resolve.p95Ms} ms vs ${blank.p95Ms} ms: ${(resolve.p95Ms / blank.p95Ms).toFixed(2)}×`,
    });
    checks.push({
      floor: `idle encounter draws ≤ ${IDLE_FRAMES_PER_SECOND} frames a second (this project's own)`,
      met: resolve.drawnPerSecond <= IDLE_FRAMES_PER_SECOND,
      figures: `${resolve.drawnPerSecond} a second (blank page: ${blank.drawnPerSecond})`,
    });
    const hidden = browser.framesWhileHidden;
    checks.push({
      floor: 'no frames rendered while the stage is hidden',
      met: hidden.debrief === 0 && hidden.menu === 0,
      figures: `${hidden.debrief} on the debrief, ${hidden.menu} on the menu`,
    });
    checks.push({
      floor: "play → first line ≤ the blank page's first frame",
      met: all(
        browser.load.map(
          (each) => each.resolve.playToLineMs <= each.blank.navigationToFirstFrameMs,
        ),
      ),
      figures: browser.load
        .map(
          (each) =>
            `${each.link} ${each.encoding}: ${each.resolve.playToLineMs} vs ${each.blank.navigationToFirstFrameMs} ms`,
        )
        .join('; '),
    });
    // Read without compiled code: V8 compiles more of the game the longer it runs, which is not
    // the game keeping anything (the whole heap's ratio is shown beside it).
    checks.push({
      floor: `heap after ${browser.heap.plays} plays ≤ 1.1× after 1 (without compiled code)`,
      met: browser.heap.dataRatio <= 1.1,
      figures: `${browser.heap.dataRatio}× (whole heap ${browser.heap.ratio}×)`,
    });
    const encodings = browser.load.filter((each) => each.link === browser.load[0]?.link);
    checks.push({
      floor: 'everything before the first customer line ≤ 1.5 MB as sent',
      met: all(encodings.map((each) => each.resolve.bytesBeforeLine <= FIRST_LINE_BYTES)),
      figures: encodings
        .map((each) => `${each.encoding} ${(each.resolve.bytesBeforeLine / MB).toFixed(2)} MB`)
        .join(', '),
    });
  }
  const { gradebook } = results;
  checks.push({
    floor: 'no main-thread task over 200 ms while importing results',
    met: gradebook ? gradebook.longestTaskMs <= LONGEST_IMPORT_TASK_MS : null,
    figures: gradebook
      ? `longest ${gradebook.longestTaskMs} ms importing ${gradebook.files} files (${gradebook.msPerFile} ms a file; the browser taking in the chosen files ${gradebook.choosingTaskMs} ms)`
      : 'not measured',
  });
  return checks;
}
