/*
 * Code that runs inside the page (serialised by Playwright, so each function stands alone: no
 * imports, no outside names). Timestamps are the page's performance.now(), whose zero is the
 * navigation's start.
 */

/** What the probe has seen so far (window.__bench). */
export interface ProbeState {
  marks: Partial<Record<ProbeMark, number>>;
  /** performance.now() at every Phaser frame rendered (the game's or the blank page's). */
  frames: number[];
  /**
   * performance.now() at every animation frame of the page, drawn by Phaser or not: how often the
   * page as a whole gets a new frame to the screen (the overlay's words included). Taken only while
   * `sampling` is on, so that the probe's own record does not weigh in the heap figures.
   */
  animationFrames: number[];
  sampling: boolean;
}

export type ProbeMark =
  /** A scenario's Play button is on the menu. */
  | 'menu'
  /** The bench clicked Play. */
  | 'play'
  /** The customer's first line and the choices are in the DOM. */
  | 'line'
  /** Phaser rendered its first frame. */
  | 'firstFrame'
  /** The stage says it has drawn the customer (#stage[data-drawn]). */
  | 'stageDrawn'
  /** The first Phaser frame rendered after the customer was drawn. */
  | 'stageFrame';

/**
 * Installed before the page's own scripts: marks the moments above as the DOM changes (a
 * MutationObserver, so a mark is taken in the same task as the change) and counts Phaser's frames
 * through the game object the page publishes (window.__resolveGame, window.__benchGame).
 */
export function installProbe(): void {
  const state: ProbeState = { marks: {}, frames: [], animationFrames: [], sampling: false };
  (window as unknown as { __bench: ProbeState }).__bench = state;
  performance.setResourceTimingBufferSize(100_000);
  const mark = (name: ProbeMark): void => {
    state.marks[name] ??= performance.now();
  };
  interface Game {
    events: { on(event: string, callback: () => void): void };
  }
  for (const name of ['__resolveGame', '__benchGame']) {
    let value: unknown;
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => value,
      set: (game: Game) => {
        value = game;
        game.events.on('postrender', () => {
          const now = performance.now();
          state.frames.push(now);
          mark('firstFrame');
          if (state.marks.stageDrawn !== undefined) mark('stageFrame');
        });
      },
    });
  }
  const tick = (time: number): void => {
    if (state.sampling) state.animationFrames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const check = (): void => {
    if (document.querySelector('.menu .scenario-card button')) mark('menu');
    if (document.querySelector('.encounter .choices button.choice')) mark('line');
    if (document.getElementById('stage')?.dataset.drawn === 'true') mark('stageDrawn');
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-drawn', 'class'],
  });
}

/** Bytes as sent (headers included) of the responses finished by `moment`, and how many. */
export function bytesBefore(moment: number): { bytes: number; requests: number } {
  const entries = [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ] as PerformanceResourceTiming[];
  const done = entries.filter((entry) => entry.responseEnd <= moment);
  return {
    bytes: done.reduce((sum, entry) => sum + entry.transferSize, 0),
    requests: done.length,
  };
}

/** Clicks Play on the scenario card with this title, marking the moment. */
export function clickPlay(title: string): void {
  const card = [...document.querySelectorAll('.scenario-card')].find(
    (each) => each.querySelector('h3')?.textContent === title,
  );
  const button = card?.querySelector<HTMLButtonElement>('button');
  if (!button) throw new Error(`No Play button for “${title}” on the menu.`);
  const state = (window as unknown as { __bench: ProbeState }).__bench;
  state.marks.play = performance.now();
  button.click();
}

export interface PlayArgs {
  title: string;
  /** Plays to take, from the menu back to the menu. */
  plays: number;
  /** The first play is already under way (its encounter is on screen). */
  underway: boolean;
  /** Time the clicks of the first play, and count Phaser's frames on the debrief and the menu. */
  measure: boolean;
  /** How long to count frames on each hidden screen. */
  hiddenMs: number;
}

export interface PlayMeasures {
  /** Click on a choice → the next step in the DOM, ms. */
  clickToDom: number[];
  /** Click on a choice → the next frame painted, ms. */
  clickToPaint: number[];
  /** Phaser frames rendered while the debrief, then the menu, covered the stage. */
  framesOnDebrief: number;
  framesOnMenu: number;
  choices: number;
}

/**
 * Plays the scenario with DOM clicks from inside the page, as a learner's clicks arrive (no
 * harness handle keeps an element alive): the first choice shown at every step, the first answer
 * in every analysis group, then the debrief and back to the menu.
 */
export async function playFromInside(args: PlayArgs): Promise<PlayMeasures> {
  const state = (window as unknown as { __bench: ProbeState }).__bench;
  const result: PlayMeasures = {
    clickToDom: [],
    clickToPaint: [],
    framesOnDebrief: 0,
    framesOnMenu: 0,
    choices: 0,
  };
  const waitFor = (test: () => boolean, what: string, timeout = 20_000): Promise<number> =>
    new Promise((resolve, reject) => {
      if (test()) {
        resolve(performance.now());
        return;
      }
      const observer = new MutationObserver(() => {
        if (!test()) return;
        const now = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve(now);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        const data = document.querySelector<HTMLElement>('.encounter')?.dataset;
        reject(
          new Error(
            `Waited ${timeout} ms for ${what} (screen ${document.getElementById('app')?.dataset.screen}, node ${data?.node}, kind ${data?.kind}).`,
          ),
        );
      }, timeout);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  // A frame has been painted once a task runs after the animation frame's callbacks.
  const nextPaint = (): Promise<number> =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  const buttonNamed = (text: string): HTMLButtonElement | undefined =>
    [...document.querySelectorAll<HTMLButtonElement>('button')].find(
      (button) => button.textContent?.trim() === text && !button.disabled,
    );
  const step = (): string | undefined =>
    document.querySelector<HTMLElement>('.encounter')?.dataset.step;
  const framesDuring = async (ms: number): Promise<number> => {
    const before = state.frames.length;
    await pause(ms);
    return state.frames.length - before;
  };

  for (let play = 0; play < args.plays; play += 1) {
    const measuring = args.measure && play === 0;
    if (play > 0 || !args.underway) {
      const card = [...document.querySelectorAll('.scenario-card')].find(
        (each) => each.querySelector('h3')?.textContent === args.title,
      );
      const playButton = card?.querySelector<HTMLButtonElement>('button');
      if (!playButton) throw new Error(`No Play button for “${args.title}” on the menu.`);
      playButton.click();
      await waitFor(
        () => document.querySelector('.encounter .choices button.choice') !== null,
        'the first choices',
      );
    }
    for (let moves = 0; moves < 500; moves += 1) {
      // The game takes no input until a new moment is on screen (encounter-model.ts acceptsInput):
      // a click before then lands nowhere, as a double click's second click should.
      await waitFor(
        () => document.querySelector('.encounter[data-input="waiting"]') === null,
        'the moment to take input',
      );
      const debriefButton = buttonNamed('See your debrief');
      if (debriefButton) {
        debriefButton.click();
        await waitFor(() => document.querySelector('.debrief') !== null, 'the debrief');
        break;
      }
      const unanswered = [
        ...document.querySelectorAll<HTMLFieldSetElement>('fieldset.analysis-group'),
      ].find((group) => group.querySelector('input:checked') === null);
      const before = step();
      if (unanswered) {
        unanswered.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
        await waitFor(() => step() !== before, 'the analysis to be taken');
        continue;
      }
      const choice = document.querySelector<HTMLButtonElement>(
        '.encounter .choices button.choice:not([disabled])',
      );
      if (!choice) {
        await waitFor(
          () =>
            document.querySelector('.encounter .choices button.choice:not([disabled])') !== null ||
            buttonNamed('See your debrief') !== undefined,
          'a choice or the ending',
        );
        continue;
      }
      const clicked = performance.now();
      choice.click();
      result.choices += 1;
      const inDom = await waitFor(
        () => step() !== before || document.querySelector('.debrief') !== null,
        'the next step',
      );
      const painted = await nextPaint();
      if (measuring) {
        result.clickToDom.push(inDom - clicked);
        result.clickToPaint.push(painted - clicked);
      }
    }
    if (measuring) result.framesOnDebrief = await framesDuring(args.hiddenMs);
    const menuButton = buttonNamed('Back to the menu');
    if (!menuButton) throw new Error('No “Back to the menu” button on the debrief.');
    menuButton.click();
    await waitFor(() => document.querySelector('.menu .scenario-card button') !== null, 'the menu');
    if (measuring) result.framesOnMenu = await framesDuring(args.hiddenMs);
  }
  return result;
}
