import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSiteInChromium } from './suite.ts';
import { runAxe, screenshot } from './page-checks.ts';
import {
  builtIndex,
  closeGame,
  inputOpen,
  openGame,
  pressButton,
  tabUntil,
  typeInto,
} from './game-helpers.ts';

/*
 * Issue 13, packs: a tutor builds a pack by keyboard and copies its link; a learner opens the link
 * in a fresh browser (fresh storage), adds the pack, finds it on the menu and starts it. Damaged
 * and oversized links say what is wrong. The builder and the screen to add a pack pass axe at
 * 1280 px, 320 px and 200% text.
 */

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';
const [first, second] = builtIndex().scenarios;
const [check] = builtIndex().knowledgeChecks as { id: string; title: string }[];
const TITLE = 'Week 3: two complaints';

const noSidewaysScroll = async (page: Page, width: number, where: string) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    where,
  ).toBeLessThanOrEqual(width);

/** Builds the two-scenario pack by keyboard on the builder; returns the link from the field. */
async function buildAndCopy(page: Page): Promise<string> {
  await pressButton(page, 'Build a pack to share (for tutors)');
  await page.waitForSelector('.pack-builder');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  await typeInto(page, 'Title', TITLE);
  await typeInto(page, 'Description', 'Practise two complaints before Friday.');
  // Filter by sector by keyboard, then back to any.
  const total = builtIndex().scenarios.length;
  await page.getByLabel('Sector', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect
    .poll(() => page.locator('.pack-builder .result-count').innerText())
    .toMatch(new RegExp(`^Showing \\d+ of ${total} scenarios\\.$`));
  await page.keyboard.press('Home');
  await expect
    .poll(() => page.locator('.pack-builder .result-count').innerText())
    .toBe(`Showing all ${total} scenarios.`);
  await page.locator(`input[data-pick="${first!.id}"]`).focus();
  await page.keyboard.press('Space');
  await page.locator(`input[data-pick="${second!.id}"]`).focus();
  await page.keyboard.press('Space');
  // Second first: move it up by keyboard.
  await page.getByRole('button', { name: `Move up: ${second!.title}` }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.locator('.builder-order-name').allInnerTexts())
    .toEqual([second!.title, first!.title]);
  // Focus stays with the moved item.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    `Move down: ${second!.title}`,
  );
  await page.locator(`input[data-pick="${check!.id}"]`).focus();
  await page.keyboard.press('Space');
  const practised = await page.locator('.coverage-practised li').count();
  expect(practised).toBeGreaterThan(0);
  await pressButton(page, 'Copy link');
  const field = page.getByLabel('Pack link', { exact: true });
  await expect.poll(() => field.isVisible()).toBe(true);
  return field.inputValue();
}

describe('sharing a pack', () => {
  it('a tutor builds a pack and copies its link; a learner in a fresh browser adds and starts it', async () => {
    const tutor = await openGame(suite.browser, suite.site.url);
    const link = await buildAndCopy(tutor.page);
    expect(link).toContain('#pack=1.');
    expect(link.length).toBeLessThan(2000);
    expect(await runAxe(tutor.page), 'pack builder').toEqual([]);
    await screenshot(tutor.page, `${SHOTS}/pack-builder-1280x720.png`);
    await tutor.page.evaluate(() => window.scrollTo({ top: 0 }));
    await screenshot(tutor.page, `${SHOTS}/pack-builder-top-1280x720.png`);
    await tutor.page.locator('.builder-coverage-panel h2').scrollIntoViewIfNeeded();
    await screenshot(tutor.page, `${SHOTS}/pack-builder-coverage-1280x720.png`);
    // Not ready: a pack without a title says so.
    await tutor.page.getByLabel('Title', { exact: true }).fill('');
    await tutor.page.getByRole('button', { name: 'Copy link' }).focus();
    await tutor.page.keyboard.press('Enter');
    await expect
      .poll(() => tutor.page.locator('.pack-builder [role=alert]').innerText())
      .toContain('Give the pack a title.');
    expect(tutor.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(tutor);

    // The learner: a new context is a new browser profile, with nothing stored.
    const context = await suite.browser.newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
      serviceWorkers: 'block', // the offline web app's worker would answer from its cache (issue 14)
    });
    const page = await context.newPage();
    await page.goto(link);
    await page.waitForSelector('.shared-pack');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Add this pack from a link?');
    expect(await page.locator('.shared-pack-title').innerText()).toBe(TITLE);
    expect(
      await page.locator('.shared-pack .pack-scenarios').first().locator('li').allInnerTexts(),
    ).toEqual([second!.title, first!.title]);
    expect(await page.locator('.shared-pack .pack-scenarios').nth(1).innerText()).toContain(
      check!.title,
    );
    expect(await runAxe(page), 'add a pack').toEqual([]);
    await screenshot(page, `${SHOTS}/pack-confirm-1280x720.png`);
    await pressButton(page, 'Add to my packs');
    await page.waitForSelector('.menu [data-added-pack]');
    expect(await page.locator('[data-added-pack] h3').innerText()).toBe(TITLE);
    expect(await page.locator('[data-added-pack] .pack-progress').innerText()).toContain(
      '0 of 2 scenarios played',
    );
    // The link's fragment is gone once the pack is added: a reload shows the menu.
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('[data-added-pack]').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/pack-added-menu-1280x720.png`);
    await page.reload();
    await page.waitForSelector('.menu [data-added-pack]');
    await tabUntil(
      page,
      (f) => f.tag === 'BUTTON' && f.text === 'Start pack' && f.describedBy === TITLE,
    );
    await page.keyboard.press('Enter');
    await inputOpen(page);
    await expect
      .poll(() => page.locator('.pack-position').innerText())
      .toContain('Scenario 1 of 2');
    await context.close();
  });

  it('a damaged, cut or oversized link says what is wrong and how to get the pack', async () => {
    const game = await openGame(suite.browser, suite.site.url);
    const { page } = game;
    const link = await buildAndCopy(page);
    const cases: [string, RegExp][] = [
      [link.slice(0, -12), /damaged or cut short/],
      [
        link.replace(/#pack=1\.(.{10})/, '#pack=1.$1$1'),
        /damaged or cut short|does not hold a pack/,
      ],
      [
        `${suite.site.url}?seed=1#pack=1.${'A'.repeat(20_000)}`,
        /characters long, more than the 16000/,
      ],
      [link.replace('#pack=1.', '#pack=7.'), /newer version of Resolve/],
    ];
    for (const [each, message] of cases) {
      await page.goto(each);
      await page.waitForSelector('.shared-pack [role=alert]');
      await expect.poll(() => page.locator('h1').innerText()).toBe('This pack cannot be opened');
      expect(await page.locator('.shared-pack [role=alert]').innerText()).toMatch(message);
    }
    await screenshot(page, `${SHOTS}/pack-refused-1280x720.png`);
    await pressButton(page, 'Back to the menu');
    await page.waitForSelector('.menu');
    expect(await page.locator('[data-added-pack]').count()).toBe(0);
    expect(game.problems.consoleErrors).toEqual([]);
    await closeGame(game);
  });

  it('a pack file saved by the builder opens from the menu in another browser, and can be removed', async () => {
    const tutor = await openGame(suite.browser, suite.site.url);
    await buildAndCopy(tutor.page);
    const download = tutor.page.waitForEvent('download');
    await pressButton(tutor.page, 'Save pack file');
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^week-3-two-complaints\.resolve-pack\.json$/);
    // Read before the tutor's browser closes: its downloads go with it.
    const file = readFileSync(await saved.path());
    await closeGame(tutor);

    const learner = await openGame(suite.browser, suite.site.url);
    const { page } = learner;
    const input = page.getByLabel('Open a pack file', { exact: true });
    await input.setInputFiles({
      name: 'notes.resolve-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"resolve-pack","version":1,"pack":{"id":"x"}}'),
    });
    await page.waitForSelector('.shared-pack [role=alert]');
    expect(await page.locator('.shared-pack [role=alert]').innerText()).toMatch(
      /This file does not hold a pack Resolve can read: .+ Ask your tutor for a new file\./,
    );
    await pressButton(page, 'Back to the menu');
    await page.waitForSelector('.menu');
    // A pack with a due date shows it before it is added.
    const dated = JSON.parse(file.toString('utf8')) as { pack: Record<string, unknown> };
    dated.pack.dueDate = '2027-03-01';
    await page.getByLabel('Open a pack file', { exact: true }).setInputFiles({
      name: 'dated.resolve-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dated)),
    });
    await page.waitForSelector('.shared-pack-title');
    expect(await page.locator('.shared-pack').innerText()).toContain('Due 1 March 2027.');
    await pressButton(page, 'Not now');
    await page.waitForSelector('.menu');
    await page.getByLabel('Open a pack file', { exact: true }).setInputFiles({
      name: saved.suggestedFilename(),
      mimeType: 'application/json',
      buffer: file,
    });
    await page.waitForSelector('.shared-pack-title');
    expect(await page.locator('h1').innerText()).toBe('Add this pack from a file?');
    await pressButton(page, 'Add to my packs');
    await page.waitForSelector('.menu [data-added-pack]');
    await tabUntil(
      page,
      (f) => f.tag === 'BUTTON' && f.text === 'Remove' && f.describedBy === TITLE,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-added-pack]').count()).toBe(0);
    expect(learner.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(learner);
  });

  for (const { label, viewport, textSize } of [
    { label: '375x667', viewport: { width: 375, height: 667 }, textSize: null },
    { label: '320x568', viewport: { width: 320, height: 568 }, textSize: null },
    { label: 'text-200pc', viewport: { width: 1280, height: 720 }, textSize: 'Largest (200%)' },
  ]) {
    it(`the builder and the screen to add a pack pass axe and fit at ${label}`, async () => {
      const game = await openGame(suite.browser, suite.site.url, { viewport });
      const { page } = game;
      if (textSize) {
        await page.getByRole('button', { name: 'Settings' }).click();
        await page.getByLabel(textSize).check();
        await page.getByRole('button', { name: 'Done' }).click();
      }
      const link = await buildAndCopy(page);
      expect(await runAxe(page), `builder at ${label}`).toEqual([]);
      await noSidewaysScroll(page, viewport.width, 'builder');
      await page.locator('.builder-order').scrollIntoViewIfNeeded();
      await screenshot(page, `${SHOTS}/pack-builder-${label}.png`);
      await page.goto(link);
      await page.waitForSelector('.shared-pack');
      expect(await runAxe(page), `add a pack at ${label}`).toEqual([]);
      await noSidewaysScroll(page, viewport.width, 'add a pack');
      await screenshot(page, `${SHOTS}/pack-confirm-${label}.png`);
      await closeGame(game);
    });
  }
});
