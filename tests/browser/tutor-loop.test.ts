import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from './suite.ts';
import { screenshot } from './page-checks.ts';
import {
  builtIndex,
  closeGame,
  inputOpen,
  openDebriefByKeyboard,
  openGame,
  playFirstChoicesToEnding,
  pressButton,
} from './game-helpers.ts';

/*
 * Issue 13, the whole loop by keyboard alone (Tab, Enter, Space, typing; the one file picker is
 * given its file as a tutor would choose it): a tutor builds a pack and copies its link; a learner
 * opens the link in a fresh browser, adds and plays the pack's first scenario, reflects and saves
 * a result file; the tutor imports it into the gradebook, sees it consistent, and opens it.
 */

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';
const [first] = builtIndex().scenarios.filter((scenario) => scenario.timed !== true);
const TITLE = 'Week 6: one complaint';
const LEARNER = 'Robin Patel';

/** Tab until the focused element matches the selector (checked in the page). */
async function tabTo(page: Page, selector: string, max = 300): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector))
      return;
  }
  throw new Error(`Tab never reached ${selector} after ${max} presses.`);
}

/** The id a label names, for tabbing to its control. */
const byLabel = async (page: Page, label: string): Promise<string> => {
  const id = await page
    .locator('label', { hasText: new RegExp(`^${label}$`) })
    .first()
    .getAttribute('for');
  if (!id) throw new Error(`No label “${label}”.`);
  return `#${CSS_ESCAPE(id)}`;
};
const CSS_ESCAPE = (id: string): string => id.replace(/([^a-zA-Z0-9_-])/g, '\\$1');

describe('the tutor → learner → tutor loop, by keyboard', () => {
  it('a pack link goes out, a result file comes back and reads consistent in the gradebook', async () => {
    if (!first) throw new Error('No untimed scenario in the build.');
    // The tutor builds a one-scenario pack and copies its link.
    const tutor = await openGame(suite.browser, suite.site.url);
    const { page } = tutor;
    await pressButton(page, 'Build a pack to share (for tutors)');
    await page.waitForSelector('.pack-builder');
    await tabTo(page, await byLabel(page, 'Title'));
    await page.keyboard.type(TITLE);
    await tabTo(page, await byLabel(page, 'Description'));
    await page.keyboard.type('One complaint to practise before Friday.');
    await tabTo(page, `input[data-pick="${first.id}"]`);
    await page.keyboard.press('Space');
    await pressButton(page, 'Copy link');
    const field = page.getByLabel('Pack link', { exact: true });
    await expect.poll(() => field.isVisible()).toBe(true);
    const link = await field.inputValue();
    expect(link).toContain('#pack=1.');

    // The learner: a fresh browser context, nothing stored.
    const context = await suite.browser.newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    const learner = await context.newPage();
    await learner.goto(link);
    await learner.waitForSelector('.shared-pack');
    await pressButton(learner, 'Add to my packs');
    await learner.waitForSelector('.menu [data-added-pack]');
    await pressButton(learner, 'Start pack', { describedBy: TITLE });
    await learner.waitForSelector('.encounter');
    await inputOpen(learner);
    await playFirstChoicesToEnding(learner);
    await openDebriefByKeyboard(learner);
    await learner.waitForSelector('.results-panel');
    await tabTo(learner, await byLabel(learner, 'What went well'));
    await learner.keyboard.type('I let the customer finish before answering.');
    await tabTo(learner, await byLabel(learner, 'What I would do differently'));
    await learner.keyboard.type('Give a date for the callback.');
    await pressButton(learner, 'Save reflection');
    await expect.poll(() => learner.locator('#live-polite').textContent()).toBe('Reflection saved');
    // The pack's result file, from its summary (the pack is one scenario long).
    await pressButton(learner, 'See the pack summary');
    await learner.waitForSelector('.pack-summary .results-panel');
    await tabTo(learner, await byLabel(learner, 'Your name, as your tutor knows it'));
    await learner.keyboard.press('Control+A');
    await learner.keyboard.type(LEARNER);
    const [download] = await Promise.all([
      learner.waitForEvent('download'),
      pressButton(learner, 'Save a result file for your tutor'),
    ]);
    const resultPath = await download.path();
    const name = download.suggestedFilename();
    expect(name).toMatch(/^robin-patel-.*\.resolve-result\.json$/);
    const saved = JSON.parse(readFileSync(resultPath, 'utf8')) as {
      learnerName: string;
      pack?: { title: string };
    };
    expect(saved.learnerName).toBe(LEARNER);
    expect(saved.pack?.title).toBe(TITLE);

    // The tutor imports the file into the gradebook and opens it.
    await pressButton(page, 'Back to the menu');
    await page.waitForSelector('.menu');
    await pressButton(page, "Gradebook: import learners' results (for tutors)");
    await page.waitForSelector('.gradebook');
    await tabTo(page, await byLabel(page, 'Choose result files'));
    await page
      .getByLabel('Choose result files', { exact: true })
      .setInputFiles({ name, mimeType: 'application/json', buffer: readFileSync(resultPath) });
    await page.waitForSelector('.gradebook[data-imported="1"]');
    await context.close();
    await expect
      .poll(() => page.locator('.gradebook-progress').textContent())
      .toBe('Read 1 file: 1 consistent, 0 not consistent.');
    const row = page.locator('.gradebook-files tbody tr');
    expect(await row.locator('.gradebook-name').textContent()).toBe(LEARNER);
    expect(await row.locator('.consistency').textContent()).toBe('consistent');
    expect(await row.locator('td').first().textContent()).toBe(TITLE);
    await screenshot(page, `${SHOTS}/tutor-loop-gradebook-1280x720.png`);
    await pressButton(page, 'Open', { describedBy: LEARNER });
    await page.waitForSelector('.gradebook-learner');
    expect(await page.locator('h1').innerText()).toBe(`${LEARNER}: ${first.title}`);
    const view = await page.locator('.gradebook-learner').textContent();
    expect(view).toContain('This play: consistent');
    expect(view).toContain('I let the customer finish before answering.');
    expect(view).toContain('Give a date for the callback.');
    await screenshot(page, `${SHOTS}/tutor-loop-learner-1280x720.png`);
    await pressButton(page, 'Back to the gradebook');
    await page.waitForSelector('.gradebook-files');
    expect(tutor.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(tutor);
  });
});
