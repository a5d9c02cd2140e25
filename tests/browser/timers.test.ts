import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSiteInChromium } from './suite.ts';
import { screenshot } from './page-checks.ts';
import {
  builtIndex,
  builtScenario,
  closeGame,
  encounterState,
  openGame,
  playByTitle,
} from './game-helpers.ts';

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';

const entryOf = (id: string) => {
  const entry = builtIndex().scenarios.find((each) => each.id === id);
  if (entry === undefined) throw new Error(`The built content has no scenario "${id}".`);
  return entry;
};
const airFryer = entryOf('retail-air-fryer-tills-down');

/**
 * Before the page loads: note, the first time any countdown runs, whether the line and every
 * option were then wholly inside the window.
 */
async function watchCountdownStarts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const starts: { node: string; allVisible: boolean }[] = [];
    (window as unknown as { countdownStarts: typeof starts }).countdownStarts = starts;
    const inside = (element: Element): boolean => {
      const rect = element.getBoundingClientRect();
      return (
        rect.height > 0 &&
        rect.top >= -1 &&
        rect.left >= -1 &&
        rect.bottom <= window.innerHeight + 1 &&
        rect.right <= window.innerWidth + 1
      );
    };
    new MutationObserver((records) => {
      for (const record of records) {
        const timer = record.target as HTMLElement;
        if (!timer.classList?.contains('timer') || timer.dataset.state !== 'running') continue;
        const node = document.querySelector<HTMLElement>('.encounter')?.dataset.node ?? '';
        if (starts.some((start) => start.node === node)) continue;
        const needed = [
          ...document.querySelectorAll('.encounter .line-wrap, .encounter button.choice'),
        ];
        starts.push({ node, allVisible: needed.length > 1 && needed.every(inside) });
      }
    }).observe(document, { attributes: true, attributeFilter: ['data-state'], subtree: true });
  });
}

/** Where the line, the timer and each option sit against the window. */
async function placesOnScreen(page: Page) {
  return page.evaluate(() => {
    const place = (element: Element | null) => {
      if (element === null) return null;
      const rect = element.getBoundingClientRect();
      return {
        inside:
          rect.height > 0 &&
          rect.top >= -1 &&
          rect.left >= -1 &&
          rect.bottom <= window.innerHeight + 1 &&
          rect.right <= window.innerWidth + 1,
        top: Math.round(rect.top),
        bottom: Math.round(rect.bottom),
      };
    };
    return {
      line: place(document.querySelector('.encounter .line-wrap')),
      timer: place(document.querySelector('.encounter .timer')),
      choices: [...document.querySelectorAll('.encounter button.choice')].map((button) => ({
        id: (button as HTMLElement).dataset.choice ?? '',
        ...place(button)!,
      })),
      scrolled: document.scrollingElement?.scrollTop ?? 0,
    };
  });
}

const countdownStarts = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { countdownStarts: { node: string; allVisible: boolean }[] })
        .countdownStarts,
  );

describe('fair timers', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 375, height: 667 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`shows the line, the timer and every option of the air-fryer's timed decision on one screen at ${size}`, async () => {
      const game = await openGame(suite.browser, suite.site.url, {
        viewport,
        beforeLoad: watchCountdownStarts,
      });
      const { page } = game;
      await playByTitle(page, airFryer.title);
      await page.waitForSelector('.timer');
      await screenshot(page, `${SHOTS}/timed-decision-${size}.png`);
      await page.waitForSelector('.timer[data-state="running"]');
      expect((await encounterState(page)).node).toBe('opening');
      const places = await placesOnScreen(page);
      const options = builtScenario(airFryer).nodes.opening;
      expect(options?.kind).toBe('dialogue');
      expect(places.choices.map((choice) => choice.id).sort()).toEqual(
        options?.kind === 'dialogue' ? options.choices.map((choice) => choice.id).sort() : [],
      );
      expect({ line: places.line?.inside, timer: places.timer?.inside }).toEqual({
        line: true,
        timer: true,
      });
      for (const choice of places.choices)
        expect(choice, choice.id).toMatchObject({ inside: true });
      expect(places.scrolled).toBe(0);
      expect(await countdownStarts(page)).toEqual([{ node: 'opening', allVisible: true }]);
      expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
      await closeGame(game);
    });
  }

  it('waits, with large text, until the learner has scrolled every option into view', async () => {
    // 200% zoom of a 1280×720 window: the same page in a 640×360 CSS-pixel window.
    const game = await openGame(suite.browser, suite.site.url, {
      viewport: { width: 640, height: 360 },
      beforeLoad: watchCountdownStarts,
    });
    const { page } = game;
    await playByTitle(page, airFryer.title);
    const timer = page.locator('.timer');
    await expect.poll(() => timer.getAttribute('data-state')).toBe('waiting');
    await expect.poll(() => timer.innerText()).toContain('once all options show');
    const ids = (await placesOnScreen(page)).choices.map((choice) => choice.id);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      expect(await timer.getAttribute('data-state')).toBe('waiting');
      await page.locator(`button.choice[data-choice="${id}"]`).scrollIntoViewIfNeeded();
    }
    await expect.poll(() => timer.getAttribute('data-state')).toBe('running');
    expect(await countdownStarts(page)).toHaveLength(1);
    await screenshot(page, `${SHOTS}/timed-decision-zoom-200.png`);
    await closeGame(game);
  });

  it('shows a written message whole as it appears, even with motion allowed', async () => {
    const message = builtIndex()
      .scenarios.map((entry) => ({ entry, scenario: builtScenario(entry) }))
      .find(({ scenario }) => ['email', 'live-chat'].includes(scenario.setting.channel));
    if (message === undefined) throw new Error('No email or chat scenario is built.');
    const game = await openGame(suite.browser, suite.site.url, { reducedMotion: false });
    const { page } = game;
    await playByTitle(page, message.entry.title);
    const shown = await page.evaluate(async () => {
      const wrap = document.querySelector<HTMLElement>('.encounter .line-wrap');
      // Two frames after it appears: no time for a letter-by-letter reveal.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return {
        whole: wrap?.dataset.shown ?? null,
        typed: wrap?.querySelector('.typed')?.textContent ?? '',
        full: wrap?.querySelector('.visually-hidden')?.textContent ?? '',
      };
    });
    expect(shown.whole).toBe('whole');
    expect(shown.typed.length).toBeGreaterThan(20);
    expect(shown.typed).toBe(shown.full);
    await closeGame(game);
  });

  // The page's clock is paused, so the typing cannot finish before the test looks: on a quiet
  // machine 40 real frames pass between the line appearing and the first look.
  it('types speech out within a fixed number of frames', async () => {
    const start = new Date('2025-03-01T10:00:00Z');
    const game = await openGame(suite.browser, suite.site.url, {
      reducedMotion: false,
      beforeLoad: async (page) => {
        await page.clock.install({ time: start });
        await page.clock.pauseAt(new Date(start.getTime() + 1000));
      },
    });
    const { page } = game;
    // Not playByTitle: it waits for the moment to take input, by which time the line is whole.
    await page
      .locator('.scenario-card')
      .filter({ has: page.getByRole('heading', { name: airFryer.title, exact: true }) })
      .getByRole('button', { name: 'Play' })
      .click();
    await page.waitForSelector('.encounter .line-wrap');
    const read = () =>
      page.evaluate(() => {
        const wrap = document.querySelector<HTMLElement>('.encounter .line-wrap');
        return {
          shown: wrap?.dataset.shown ?? null,
          typed: wrap?.querySelector('.typed')?.textContent ?? '',
          full: wrap?.querySelector('.visually-hidden')?.textContent ?? '',
        };
      });
    const before = await read();
    expect(before.shown).toBeNull();
    expect(before.typed.length).toBeLessThan(before.full.length);
    // TYPE_FRAMES (40) at 60 frames a second and a few to spare.
    await page.clock.runFor(800);
    const after = await read();
    expect(after.shown).toBe('whole');
    expect(after.typed).toBe(after.full);
    await closeGame(game);
  });
});
