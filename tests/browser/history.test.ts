import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from './suite.ts';
import { shortKettle, shortPack, shortToaster } from './fixtures/short-plays.ts';
import { runAxe, screenshot } from './page-checks.ts';
import {
  builtIndex,
  closeGame,
  indexEntryFor,
  inputOpen,
  openDebriefByKeyboard,
  openGame,
  pressButton,
  pressChoiceById,
  tabUntil,
  type GamePage,
  waitForSaved,
} from './game-helpers.ts';

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';

/** The built library plus the two short scenarios and their pack. */
function openWithShortPlays(viewport?: { width: number; height: number }): Promise<GamePage> {
  return openGame(suite.browser, suite.site.url, {
    inject: [shortKettle, shortToaster],
    ...(viewport ? { viewport } : {}),
    beforeLoad: async (page) => {
      await page.route('**/content/index.json', async (route) => {
        const index = builtIndex();
        index.scenarios.push(indexEntryFor(shortKettle), indexEntryFor(shortToaster));
        index.packs.push(shortPack);
        await route.fulfill({ json: index });
      });
    },
  });
}

/** Tabs to a button by its text (and, when given, the text it is described by) and presses Enter. */

/** From the menu, by keyboard: Play on a scenario's card, one choice, the debrief. */
async function playOnce(page: Page, title: string, choiceId: string): Promise<void> {
  await pressButton(page, 'Play', { describedBy: title, anyControl: true });
  await page.waitForSelector('.encounter');
  await inputOpen(page);
  await pressChoiceById(page, choiceId);
  await openDebriefByKeyboard(page);
}

async function backToMenu(page: Page): Promise<void> {
  await pressButton(page, 'Back to the menu', { anyControl: true });
  await page.waitForSelector('.menu');
}

/** No console errors or failed requests, but a reload may cut off the icon's request. */
function expectNoProblems(game: GamePage): void {
  expect(game.problems.consoleErrors).toEqual([]);
  expect(game.problems.failedRequests.filter((each) => !each.includes('ERR_ABORTED'))).toEqual([]);
}

async function noViolations(page: Page, where: string): Promise<void> {
  expect(await runAxe(page), where).toEqual([]);
}

const historyTitles = (page: Page): Promise<string[]> =>
  page.locator('.history-item .history-title strong').allInnerTexts();

describe('results that stay', () => {
  it('lists finished plays after a reload, reopens a debrief with its reflection, and keeps it', async () => {
    const game = await openWithShortPlays();
    const { page } = game;
    await playOnce(page, shortKettle.title, 'acknowledge');
    await backToMenu(page);
    await playOnce(page, shortToaster.title, 'shrug');
    // A reload on the debrief of a play just finished comes back to it.
    expect(page.url()).toMatch(/#result\/[0-9a-f]{32}$/);
    await page.reload();
    await page.waitForSelector('.debrief');
    expect(await page.locator('h1').innerText()).toBe(`Debrief: ${shortToaster.title}`);
    await backToMenu(page);

    await page.reload();
    await page.waitForSelector('.menu');
    expect(await historyTitles(page)).toEqual([shortToaster.title, shortKettle.title]);
    const newest = page.locator('.history-item').first();
    expect(await newest.innerText()).toContain('Customer lost');
    expect(await newest.innerText()).toMatch(/finished today at \d\d:\d\d/);
    const kettleCard = page
      .locator('.scenario-card')
      .filter({ has: page.getByRole('heading', { name: shortKettle.title, exact: true }) });
    expect(await kettleCard.locator('.scenario-record').innerText()).toMatch(
      /^Completed once\. Best: \d+ out of 100 overall \(.+\)\.$/,
    );
    await noViolations(page, 'menu with history');
    await kettleCard.scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/history-card-1280x720.png`);
    await page.locator('.your-results').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/history-menu-1280x720.png`);

    // Reopen the kettle's debrief from the history, by keyboard.
    await pressButton(page, 'Open the debrief', {
      describedBy: shortKettle.title,
      anyControl: true,
    });
    await page.waitForSelector('.debrief');
    expect(await page.locator('h1').innerText()).toBe(`Debrief: ${shortKettle.title}`);
    expect(await page.locator('.debrief-overall').innerText()).toContain('Resolved');
    const wentWell = page.getByLabel('What went well');
    const differently = page.getByLabel('What I would do differently');
    expect(await wentWell.inputValue()).toBe('');

    // Written and saved with the keyboard alone; text is kept as text.
    await tabUntil(page, (focused) => focused.tag === 'TEXTAREA');
    expect(await wentWell.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.type('I acknowledged the worry <b>first</b>.');
    await page.keyboard.press('Tab');
    expect(await differently.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.type('Ask what happened before offering a fix.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#live-polite').textContent()).toBe('Reflection saved');
    await noViolations(page, 'reopened debrief with a reflection');
    await page.locator('.reflection').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/history-reflection-1280x720.png`);

    await page.reload();
    await page.waitForSelector('.debrief');
    expect(await page.getByLabel('What went well').inputValue()).toBe(
      'I acknowledged the worry <b>first</b>.',
    );
    expect(await page.locator('.reflection b').count()).toBe(0);
    await backToMenu(page);
    expect(await page.locator('.history-item').nth(1).innerText()).toContain('Reflection written');
    await pressButton(page, 'Open the debrief', {
      describedBy: shortKettle.title,
      anyControl: true,
    });
    await page.waitForSelector('.debrief');
    expect(await page.getByLabel('What I would do differently').inputValue()).toBe(
      'Ask what happened before offering a fix.',
    );
    expectNoProblems(game);
    await closeGame(game);
  });

  it('shows where the learner is in a pack, and ends it with a summary', async () => {
    const game = await openWithShortPlays();
    const { page } = game;
    await pressButton(page, 'Start pack', { describedBy: shortPack.title, anyControl: true });
    await page.waitForSelector('.encounter');
    expect(await page.locator('.pack-position').innerText()).toBe(
      `Scenario 1 of 2 in ${shortPack.title}`,
    );
    await inputOpen(page);
    await pressChoiceById(page, 'acknowledge');
    await openDebriefByKeyboard(page);
    await pressButton(page, `Next in the pack: ${shortToaster.title}`, { anyControl: true });
    await page.waitForSelector('.encounter');
    expect(await page.locator('.pack-position').innerText()).toBe(
      `Scenario 2 of 2 in ${shortPack.title}`,
    );
    await inputOpen(page);
    await pressChoiceById(page, 'shrug');
    await openDebriefByKeyboard(page);
    await pressButton(page, 'See the pack summary', { anyControl: true });
    await page.waitForSelector('.pack-summary');
    expect(page.url()).toMatch(/#pack\/test-short-pack\/summary$/);

    await page.reload();
    await page.waitForSelector('.pack-summary');
    const summary = page.locator('.pack-summary');
    expect(await page.locator('h1').innerText()).toBe(`Pack summary: ${shortPack.title}`);
    expect(await summary.locator('.pack-result').innerText()).toContain(
      'Pass mark: 70 out of 100.',
    );
    const rows = summary.locator('.pack-table tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain('Resolved');
    expect(await rows.nth(1).innerText()).toContain('Customer lost');
    const reached = await summary.locator('.pass').getAttribute('data-reached');
    expect(await summary.locator('.pass').innerText()).toContain(
      reached === 'true' ? 'You reached the pass mark.' : 'Not reached yet',
    );
    // The criterion was shown in one scenario and not in the other: its best is "shown".
    expect(await summary.locator('tr[data-criterion="312.2.1"]').getAttribute('data-status')).toBe(
      'met',
    );
    expect(await summary.locator('tr[data-criterion="312.2.1"] .status').innerText()).toMatch(
      /^shown/,
    );
    await noViolations(page, 'pack summary');
    await screenshot(page, `${SHOTS}/history-pack-summary-1280x720.png`);
    // The pack's card on the menu leads back to it.
    await backToMenu(page);
    await pressButton(page, 'See the pack summary', {
      describedBy: shortPack.title,
      anyControl: true,
    });
    await page.waitForSelector('.pack-summary');
    await backToMenu(page);
    await page.locator('.card', { hasText: shortPack.title }).scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/history-pack-card-1280x720.png`);
    expectNoProblems(game);
    await closeGame(game);
  });

  it('lists every play in progress under Continue, not only the latest', async () => {
    const game = await openWithShortPlays();
    const { page } = game;
    for (const scenario of [shortKettle, shortToaster]) {
      await pressButton(page, 'Play', { describedBy: scenario.title, anyControl: true });
      await page.waitForSelector('.encounter');
      await inputOpen(page);
      await waitForSaved(page);
      await pressButton(page, 'Menu', { anyControl: true });
      await page.waitForSelector('.menu');
    }
    await page.reload();
    await page.waitForSelector('.menu');
    expect(
      await page
        .locator('.continue-item')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-saved-play'))),
    ).toEqual([shortToaster.id, shortKettle.id]);
    expectNoProblems(game);
    await closeGame(game);
  });

  for (const { label, viewport, textSize } of [
    { label: '375x667', viewport: { width: 375, height: 667 }, textSize: null },
    { label: '320x568', viewport: { width: 320, height: 568 }, textSize: null },
    {
      label: '1280x720-text-200pc',
      viewport: { width: 1280, height: 720 },
      textSize: 'Largest (200%)',
    },
  ]) {
    it(`has no axe violations and no sideways scrolling at ${label}`, async () => {
      const game = await openWithShortPlays(viewport);
      const { page } = game;
      if (textSize) {
        await page.getByRole('button', { name: 'Settings' }).click();
        await page.getByLabel(textSize).check();
        await page.getByRole('button', { name: 'Done' }).click();
      }
      const check = async (where: string, shot: string): Promise<void> => {
        await noViolations(page, `${where} at ${label}`);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${where} at ${label}`,
        ).toBeLessThanOrEqual(viewport.width);
        await screenshot(page, `${SHOTS}/history-${shot}-${label}.png`);
      };
      await pressButton(page, 'Start pack', { describedBy: shortPack.title, anyControl: true });
      await page.waitForSelector('.encounter');
      await inputOpen(page);
      await pressChoiceById(page, 'acknowledge');
      await openDebriefByKeyboard(page);
      await pressButton(page, `Next in the pack: ${shortToaster.title}`, { anyControl: true });
      await page.waitForSelector('.encounter');
      await inputOpen(page);
      await check('pack position', 'encounter');
      await pressChoiceById(page, 'acknowledge');
      await openDebriefByKeyboard(page);
      await page.locator('.reflection').scrollIntoViewIfNeeded();
      await check('debrief with reflection', 'reflection');
      await pressButton(page, 'See the pack summary', { anyControl: true });
      await page.waitForSelector('.pack-summary');
      await page.locator('.pack-table').scrollIntoViewIfNeeded();
      await check('pack summary', 'pack-summary');
      await backToMenu(page);
      await page.locator('.your-results').scrollIntoViewIfNeeded();
      await check('menu history', 'menu');
      await closeGame(game);
    });
  }
});
