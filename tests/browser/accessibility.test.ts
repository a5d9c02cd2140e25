import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSiteInChromium } from './suite.ts';
import { runAxe, screenshot } from './page-checks.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';
import {
  closeGame,
  openGame,
  playByTitle,
  playFirstChoicesToEnding,
  pressChoice,
} from './game-helpers.ts';

const suite = useBuiltSiteInChromium();

const SHOTS = 'test-results/screenshots';

async function openSettingsAndChooseExtendedTiming(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.waitFor();
  await page.getByLabel('Extended: at least ten times longer').check();
}

describe('accessibility and looks', () => {
  it('has no axe violations on the menu, settings, every node kind and the debrief', async () => {
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    expect(await runAxe(page), 'menu').toEqual([]);

    await openSettingsAndChooseExtendedTiming(page);
    expect(await runAxe(page), 'settings').toEqual([]);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nav-settings');

    await playByTitle(page, everyKindScenario.title);
    const visited = await playFirstChoicesToEnding(page, async (kind) => {
      const violations = await runAxe(page);
      expect(violations, `node kind ${kind}`).toEqual([]);
    });
    expect(new Set(visited)).toEqual(
      new Set([
        'dialogue',
        'investigate',
        'options',
        'escalate',
        'record',
        'follow-up',
        'colleague-feedback',
        'review',
        'explain',
        'ending',
      ]),
    );

    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.waitForSelector('.debrief');
    expect(await runAxe(page), 'debrief').toEqual([]);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('High contrast').check();
    await page.getByRole('button', { name: 'Done' }).click();
    expect(
      await page.evaluate(() => document.documentElement.classList.contains('high-contrast')),
    ).toBe(true);
    expect(await runAxe(page), 'debrief in high contrast').toEqual([]);
    await expect
      .poll(() => page.locator('.debrief-overall').innerText())
      .toContain('extended timing');
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  // Screenshots of the menu, an angry and a confused customer and the debrief, at 1280 x 720 and
  // 375 x 667, are taken with the real sample library in library.test.ts.

  for (const { label, viewport, textSize } of [
    {
      label: '320x568',
      viewport: { width: 320, height: 568, deviceScaleFactor: 1 },
      textSize: null,
    },
    // 1280 x 720 at 200% browser zoom: half the CSS pixels, twice the device pixels.
    {
      label: '1280x720-zoom-200pc',
      viewport: { width: 640, height: 360, deviceScaleFactor: 2 },
      textSize: null,
    },
    {
      label: '1280x720-text-200pc',
      viewport: { width: 1280, height: 720, deviceScaleFactor: 1 },
      textSize: 'Largest (200%)',
    },
  ]) {
    it(`reflows without sideways scrolling at ${label}`, async () => {
      const game = await openGame(suite.browser, suite.site.url, {
        inject: [everyKindScenario],
        viewport,
      });
      const { page } = game;
      const noSidewaysScroll = async (where: string) =>
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          where,
        ).toBeLessThanOrEqual(viewport.width);
      if (textSize) {
        await page.getByRole('button', { name: 'Settings' }).click();
        await page.getByLabel(textSize).check();
        await page.getByRole('button', { name: 'Done' }).click();
      }
      await noSidewaysScroll('menu');
      await playByTitle(page, everyKindScenario.title);
      await noSidewaysScroll('dialogue');
      await pressChoice(page, 1);
      await noSidewaysScroll('records');
      await screenshot(page, `${SHOTS}/records-${label}.png`);
      await closeGame(game);
    });
  }
});
