import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSiteInChromium } from './suite.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';
import { runAxe, screenshot } from './page-checks.ts';
import {
  closeGame,
  expectedDebrief,
  inputOpen,
  openDebriefByKeyboard,
  openGame,
  playFirstChoicesToEnding,
  pressChoiceById,
  tabUntil,
} from './game-helpers.ts';
import { trendWords } from '../../src/records/trend.ts';

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';
const seed = 4242;

/** From the menu, by keyboard: Tab to "See your progress" and press Enter. */
async function openProgressByKeyboard(page: Page): Promise<void> {
  await tabUntil(page, (focused) => focused.text === 'See your progress');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.progress');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('Your progress');
}

/** From the menu, by keyboard: play the every-kind scenario, first choice `opening`, then 1s. */
async function playOnce(page: Page, opening: string): Promise<void> {
  await tabUntil(
    page,
    (focused) => focused.text === 'Play' && focused.describedBy === everyKindScenario.title,
  );
  await page.keyboard.press('Enter');
  await page.waitForSelector('.encounter');
  await inputOpen(page);
  await pressChoiceById(page, opening);
  await playFirstChoicesToEnding(page);
  await openDebriefByKeyboard(page);
  await tabUntil(page, (focused) => focused.text === 'Back to the menu', 400);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.menu');
}

/** Every chart on the page: its name, description, plotted values and the table's numbers. */
async function chartsAndTables(page: Page) {
  return page.$$eval('.progress-chart', (charts) =>
    charts.map((chart) => {
      const image = chart.querySelector('svg[role="img"]');
      const names = (image?.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '');
      return {
        title: names[0] ?? '',
        description: names[1] ?? '',
        plotted: [...chart.querySelectorAll('svg .chart-value')].map((e) => e.textContent),
        tabled: [...chart.querySelectorAll('td.number')]
          .map((e) => e.textContent)
          .filter((text) => text !== 'incomplete'),
        caption: chart.querySelector('caption')?.textContent ?? '',
        rowHeaders: chart.querySelectorAll('tbody th[scope="row"]').length,
        columnHeaders: chart.querySelectorAll('thead th[scope="col"]').length,
      };
    }),
  );
}

/** The table's scores from plays (rows from a knowledge check left out). */
async function numbersOf(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(`${selector} tbody tr`, (rows) =>
    rows
      .filter((row) => !(row.children[2]?.textContent ?? '').startsWith('Knowledge check'))
      .map((row) => Number(row.querySelector('td.number')?.textContent)),
  );
}

const CHECK_TITLE = 'Regulated sectors, personal data and unusual situations';

/**
 * From the menu, by keyboard, a hurried learner's check: the first answer of every question as
 * shown, and the steps of an order question left as they came. Returns the score line.
 */
async function hurriedCheck(page: Page): Promise<string> {
  await tabUntil(page, (f) => f.text === 'Start check' && f.describedBy === CHECK_TITLE);
  await page.keyboard.press('Enter');
  for (let i = 0; i < 40; i += 1) {
    await page.waitForSelector('.check-question');
    if ((await page.locator('.order-step').count()) === 0) {
      await tabUntil(page, () => true, 1);
      await page.keyboard.press('Space');
    }
    await tabUntil(page, (f) => f.text === 'Check my answer');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.check-feedback');
    await tabUntil(page, (f) => f.text === 'Next question' || f.text === 'See your score');
    const last =
      (await page.evaluate(() => document.activeElement?.textContent)) === 'See your score';
    await page.keyboard.press('Enter');
    if (last) break;
  }
  await page.waitForSelector('.check-result');
  await expect.poll(() => page.locator('.check-result').textContent()).toContain('saved');
  const result = (await page.locator('.check-result').textContent()) ?? '';
  await tabUntil(page, (f) => f.text === 'Back to the menu');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.menu');
  return result;
}

describe('the progress page', () => {
  it('starts empty, then charts two plays with tables of the same numbers and says why it suggests what it does', async () => {
    const game = await openGame(suite.browser, suite.site.url, {
      inject: [everyKindScenario],
      seed,
      // A morning, so questions answered now fall due later today whenever the test runs.
      beforeLoad: (page) => page.clock.install({ time: new Date('2026-03-02T09:00:00Z') }),
    });
    const { page } = game;

    await openProgressByKeyboard(page);
    expect(await page.locator('.progress-empty').count()).toBe(1);
    expect(await page.locator('.progress').innerText()).toContain('Nothing saved yet');
    expect(await page.locator('#progress-weakest').innerText()).toContain(
      'Play a scenario to the end first',
    );
    expect(await runAxe(page), 'empty progress page').toEqual([]);
    await screenshot(page, `${SHOTS}/progress-empty-1280x720.png`);
    await tabUntil(page, (focused) => focused.text === 'Back to the menu');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.menu');

    await playOnce(page, 'let-him-finish');
    await playOnce(page, 'calm-down');
    const checkScore = /You answered (\d+) of (\d+) questions correctly: (\d+)%/.exec(
      await hurriedCheck(page),
    );
    expect(checkScore).not.toBeNull();
    const [, right, questions, percent] = checkScore!;
    const expected = ['let-him-finish', 'calm-down'].map((choiceId) =>
      expectedDebrief({
        scenario: everyKindScenario,
        seed,
        timing: 'standard',
        prefix: [{ type: 'CHOOSE', choiceId }],
      }),
    );

    await page.locator('.progress-link').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/progress-menu-link-1280x720.png`);
    await openProgressByKeyboard(page);
    // The address names the page, so a reload comes back to it.
    expect(new URL(page.url()).hash).toBe('#progress');
    await page.reload();
    await page.waitForSelector('.progress .progress-chart');
    // Each criterion's table holds what the two debriefs say, oldest first.
    for (const id of Object.keys(expected[0]!.criteria)) {
      const scores = expected
        .map((debrief) => debrief.criteria[id as keyof typeof debrief.criteria]?.score ?? null)
        .filter((score): score is number => score !== null);
      expect(await numbersOf(page, `[data-criterion="${id}"]`), id).toEqual(scores);
    }
    for (const id of Object.keys(expected[0]!.techniques)) {
      const scores = expected
        .map((debrief) => debrief.techniques[id as keyof typeof debrief.techniques]?.score ?? null)
        .filter((score): score is number => score !== null);
      expect(await numbersOf(page, `[data-technique="${id}"]`), id).toEqual(scores);
    }
    expect(await numbersOf(page, '.scenario-chart')).toEqual(
      expected.map((debrief) => debrief.overall),
    );
    // The check's score as its own screen gave it, and its questions due later today.
    expect(await page.locator('.check-chart td.number').allInnerTexts()).toEqual([percent]);
    expect(await page.locator('.check-chart tbody').innerText()).toContain(
      `${right} of ${questions}`,
    );
    expect(await page.locator('.due-summary').innerText()).toContain(
      `Due by the end of today: ${questions}.`,
    );

    // Every chart: a picture with a name and its trend in words, then a table of the same numbers.
    const charts = await chartsAndTables(page);
    expect(charts.length).toBeGreaterThan(3);
    for (const chart of charts) {
      expect(chart.title, chart.caption).not.toBe('');
      expect(chart.plotted, chart.title).toEqual(chart.tabled);
      // The trend in words, as trendWords says it of the plotted numbers.
      const noun = /over \d+ (.+?)s[ .]|One (.+?) so far/.exec(chart.description);
      expect(chart.description, chart.title).toBe(
        trendWords(chart.plotted.map(Number), noun?.[1] ?? noun?.[2] ?? ''),
      );
      expect(chart.caption).toBe(`${chart.title}: the numbers`);
      expect(chart.rowHeaders).toBe(chart.tabled.length);
      expect(chart.columnHeaders).toBeGreaterThan(3);
    }

    // The weakest, each with its reason in words and scenarios to practise it.
    const reasons = await page.locator('.weakness-reason').allInnerTexts();
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons)
      expect(reason).toMatch(
        /^You (averaged \d+ over your (last 3|2) .+? on|scored \d+ in your only (play|knowledge check) so far on) /,
      );
    // Scenarios not yet played come first; each suggestion says what it practises and why.
    for (const suggestion of await page.locator('.weakness [data-scenario]').allInnerTexts())
      expect(suggestion).toMatch(/ practises .*; you have (not played it yet|played it 2 times)\./);

    expect(await runAxe(page), 'progress page at 1280 px').toEqual([]);
    await screenshot(page, `${SHOTS}/progress-1280x720.png`);
    await page.locator('#progress-weakest').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/progress-weakest-1280x720.png`);

    // 375 x 667, then 320 px wide: no sideways scrolling, no violations.
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 667 });
      expect(await runAxe(page), `progress page at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      if (width === 375) {
        await page.evaluate(() => window.scrollTo({ top: 0 }));
        await screenshot(page, `${SHOTS}/progress-375x667.png`);
        await page.locator('.progress-chart').first().scrollIntoViewIfNeeded();
        await screenshot(page, `${SHOTS}/progress-chart-375x667.png`);
      }
    }

    // 200% text.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Largest (200%)').check();
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await runAxe(page), 'progress page at 200% text').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
    await page.locator('#progress-weakest').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/progress-text-200pc-1280x720.png`);

    // A suggestion's button starts that scenario.
    await page.locator('.weakness .suggestion button').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.encounter');
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });
});
