import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSiteInChromium } from './suite.ts';
import { pixelSpread, runAxe, screenshot } from './page-checks.ts';
import {
  builtIndex,
  canvasTexts,
  closeGame,
  encounterState,
  openGame,
  playByTitle,
  playFirstChoicesToEnding,
  pressChoice,
  stageDrawn,
} from './game-helpers.ts';

/** The real sample library, as a learner meets it: screenshots to look at, and quick checks. */

const suite = useBuiltSiteInChromium();

const SHOTS = 'test-results/screenshots';

function titleOf(id: string): string {
  const entry = builtIndex().scenarios.find((scenario) => scenario.id === id);
  if (!entry) throw new Error(`The built library has no scenario ${id}.`);
  return entry.title;
}

/** The picture first: on a phone, focus has scrolled the page down to the words. */
async function shoot(page: Page, name: string): Promise<Buffer> {
  await stageDrawn(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  return screenshot(page, `${SHOTS}/${name}.png`);
}

/** Phaser.WEBGL is 2: whether the canvas really runs on WebGL. */
async function rendererType(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      (window as unknown as { __resolveGame?: { renderer?: { type: number } } }).__resolveGame
        ?.renderer?.type ?? null,
  );
}

/** Frames the Phaser loop has stepped since the game started. */
async function loopFrames(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __resolveGame?: { loop: { frame: number } } }).__resolveGame?.loop
        .frame ?? -1,
  );
}

async function backToMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.waitForSelector('.menu');
}

describe('the sample library', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 375, height: 667 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`draws the menu, Grace, Haroon and his son, and a debrief at ${size}`, async () => {
      const game = await openGame(suite.browser, suite.site.url, { viewport });
      const { page } = game;
      await screenshot(page, `${SHOTS}/library-menu-${size}.png`);
      // Extended timing: Grace's twelve seconds must not run out on a slow machine mid-check.
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Extended: at least ten times longer').check();
      await page.getByRole('button', { name: 'Done' }).click();

      await playByTitle(page, titleOf('retail-air-fryer-tills-down'));
      const angry = await shoot(page, `library-angry-${size}`);
      expect(await rendererType(page)).toBe(2);
      expect(pixelSpread(angry)).toBeGreaterThan(10);
      expect(await page.locator('.customer-panel').innerText()).toContain('furious');
      await backToMenu(page);
      // The stage is hidden on the menu, so the loop sleeps: not one frame is drawn there.
      const onMenu = await loopFrames(page);
      await page.waitForTimeout(400);
      expect(await loopFrames(page)).toBe(onMenu);

      await playByTitle(page, titleOf('energy-catch-up-bill'));
      await shoot(page, `library-annoyed-phone-${size}`);
      // Mr Qureshi is bereaved and angry, not the confused one: he sounds annoyed from his first line.
      expect(await page.locator('.customer-panel').innerText()).toContain('annoyed');
      expect(await page.locator('.line-meta').innerText()).toContain('Haroon Qureshi');

      const badge = page.locator('.expression-badge');
      let fathersFace = '';
      while ((await encounterState(page)).node !== 'son-joins') {
        fathersFace = await badge.innerText();
        await pressChoice(page, 1);
      }
      await shoot(page, `library-son-speaks-${size}`);
      // The son speaks: his name and role, not his father's; the father keeps his own face.
      const meta = await page.locator('.line-meta').innerText();
      expect(meta).toContain("Imran Qureshi (Mr Qureshi's son)");
      expect(meta).not.toContain('Haroon');
      expect(await badge.innerText()).toBe(fathersFace);
      expect(await canvasTexts(page)).toContain("Imran Qureshi, Mr Qureshi's son");

      await playFirstChoicesToEnding(page);
      await page.getByRole('button', { name: 'See your debrief' }).click();
      await page.waitForSelector('.debrief');
      await screenshot(page, `${SHOTS}/library-debrief-${size}.png`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
      await closeGame(game);
    });
  }

  it('opens every sample scenario with no axe violations and no console errors', async () => {
    const game = await openGame(suite.browser, suite.site.url);
    const { page } = game;
    const scenarios = builtIndex().scenarios;
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
    for (const entry of scenarios) {
      await playByTitle(page, entry.title);
      expect(await encounterState(page)).toMatchObject({ step: 0 });
      await shoot(page, `library-first-${entry.id}-1280x720`);
      // Signs and headers fit: nothing on the canvas is cut off with an ellipsis.
      const drawn = await canvasTexts(page);
      expect(drawn.length, entry.id).toBeGreaterThan(0);
      expect(
        drawn.filter((text) => text.endsWith('…')),
        entry.id,
      ).toEqual([]);
      expect(await runAxe(page), entry.id).toEqual([]);
      await backToMenu(page);
    }
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });
});
