import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveBuiltSite, type Site } from './site.ts';
import { pixelSpread, runAxe, screenshot, watchForProblems } from './page-checks.ts';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serveBuiltSite();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the built page boots', () => {
  it('draws with WebGL, without errors, failed requests or axe violations', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const problems = watchForProblems(page);
    await page.goto(site.url);
    await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
    await page.waitForFunction(() => {
      const game = (
        window as unknown as { __resolveGame?: { isRunning: boolean; renderer?: { type: number } } }
      ).__resolveGame;
      return game?.isRunning === true;
    });
    const rendererType = await page.evaluate(
      () =>
        (window as unknown as { __resolveGame: { renderer: { type: number } } }).__resolveGame
          .renderer.type,
    );
    // Phaser.WEBGL is 2.
    expect(rendererType).toBe(2);

    const png = await screenshot(page, 'test-results/screenshots/boot-1280x720.png');
    expect(pixelSpread(png)).toBeGreaterThan(10);

    expect(await runAxe(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });
});
