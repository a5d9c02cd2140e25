import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { IDLE_FRAMES_PER_SECOND } from '../../src/bench/floors.ts';
import { pixelSpread } from './page-checks.ts';
import { useBuiltSiteInChromium } from './suite.ts';
import {
  builtIndex,
  canvasTexts,
  closeGame,
  openDebriefByKeyboard,
  openGame,
  playByTitle,
  playFirstChoicesToEnding,
  stageDrawn,
  type GamePage,
} from './game-helpers.ts';

/*
 * Every frame the canvas draws is costly on a PC without a GPU, so the stage draws only when its
 * picture changes. These tests count frames drawn (window.__resolveFrames), never time them: the
 * page's clock is Playwright's, moved on by exact amounts, and Phaser's loop follows it.
 */

const suite = useBuiltSiteInChromium();

function titleOf(id: string): string {
  const entry = builtIndex().scenarios.find((scenario) => scenario.id === id);
  if (!entry) throw new Error(`The built library has no scenario ${id}.`);
  return entry.title;
}

const framesDrawn = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __resolveFrames?: number }).__resolveFrames ?? 0);

/** Frames drawn while the page's clock moves on `ms`, in steps of a tenth of a second. */
async function framesOver(page: Page, ms: number): Promise<number> {
  const before = await framesDrawn(page);
  for (let run = 0; run < ms; run += 100) await page.clock.runFor(100);
  return (await framesDrawn(page)) - before;
}

/** A paused clock moves only when told: move it until the stage has drawn the customer. */
async function runUntilDrawn(page: Page): Promise<void> {
  for (let tries = 0; tries < 300; tries += 1) {
    const drawn = await page.evaluate(() => document.getElementById('stage')?.dataset.drawn);
    if (drawn === 'true') return;
    await page.clock.runFor(100);
  }
  await stageDrawn(page);
}

/** A phone call on its first line: a clock that ticks, and (motion allowed) a customer breathing. */
async function idleCall(reducedMotion: boolean): Promise<GamePage> {
  const game = await openGame(suite.browser, suite.site.url, {
    reducedMotion,
    beforeLoad: (page) => page.clock.install(),
  });
  const { page } = game;
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const play = page
    .locator('.scenario-card')
    .filter({
      has: page.getByRole('heading', { name: titleOf('energy-catch-up-bill'), exact: true }),
    })
    .getByRole('button', { name: 'Play' });
  await play.click();
  await page.waitForSelector('.encounter');
  await runUntilDrawn(page);
  // Let the first line settle: the customer's picture is still from here on.
  await page.clock.runFor(2000);
  return game;
}

describe('the stage draws only what changes', () => {
  it('draws an idle call once a second with reduced motion (the call clock), and nothing on the menu', async () => {
    const game = await idleCall(true);
    const { page } = game;
    const drawn = await framesOver(page, 10_000);
    // Ten ticks of the call clock in ten seconds, give or take the one at either end.
    expect(drawn).toBeGreaterThanOrEqual(9);
    expect(drawn).toBeLessThanOrEqual(11);
    expect((await canvasTexts(page)).some((text) => /^00:1[0-3]$/.test(text))).toBe(true);

    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.waitForSelector('.menu');
    expect(await framesOver(page, 5000)).toBe(0);
    await closeGame(game);
  });

  it(`draws an idle call at most ${IDLE_FRAMES_PER_SECOND} times a second with motion (breathing, blinks, clock)`, async () => {
    const game = await idleCall(false);
    const { page } = game;
    const drawn = await framesOver(page, 10_000);
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThanOrEqual(IDLE_FRAMES_PER_SECOND * 10);
    await closeGame(game);
  });

  it('shows the picture again on a phone after a timed play hid it', async () => {
    const game = await openGame(suite.browser, suite.site.url, {
      viewport: { width: 375, height: 667 },
    });
    const { page } = game;
    // A countdown on a phone: the picture steps back (the stage's box is 0 × 0).
    await playByTitle(page, titleOf('retail-air-fryer-tills-down'));
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.waitForSelector('.menu');
    await playByTitle(page, titleOf('energy-catch-up-bill'));
    await stageDrawn(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const canvas = page.locator('#stage canvas');
    expect((await canvas.boundingBox())?.width).toBeGreaterThan(300);
    expect(pixelSpread(await canvas.screenshot())).toBeGreaterThan(10);
    await closeGame(game);
  });

  it('draws nothing while the debrief covers the stage', async () => {
    const game = await openGame(suite.browser, suite.site.url);
    const { page } = game;
    await playByTitle(page, titleOf('energy-catch-up-bill'));
    await playFirstChoicesToEnding(page);
    await openDebriefByKeyboard(page);
    // No fake clock here (a whole play under one would be slow to drive): count over real time.
    const before = await framesDrawn(page);
    await page.waitForTimeout(1500);
    expect(await framesDrawn(page)).toBe(before);
    await closeGame(game);
  });
});
