import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from './suite.ts';
import { runAxe, screenshot } from './page-checks.ts';
import {
  builtIndex,
  closeGame,
  inputOpen,
  openDebriefByKeyboard,
  openGame,
  playFirstChoicesToEnding,
  pressButton,
  typeInto,
} from './game-helpers.ts';

/*
 * Issue 13, what a tutor sets on a pack: by keyboard on the builder, the group, focus criteria,
 * feedback, timing and whether the debrief shows the best options; the coverage marks the focus
 * criteria; a learner in a fresh browser sees the group and focus on the menu, and a debrief of
 * the pack without the best options.
 */

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';
const untimed = builtIndex().scenarios.filter((entry) => entry.timed === false);
const [first] = untimed.length > 0 ? untimed : builtIndex().scenarios;
const TITLE = 'Week 4: records';
const GROUP = 'Level 3 Tuesday group';

describe('a pack assigned to a group', () => {
  it('carries group, focus criteria and settings set by keyboard to a learner’s menu and debrief', async () => {
    const criteria = (first!.criteria as string[] | undefined) ?? [];
    const practised = criteria[0];
    if (practised === undefined) throw new Error(`${first!.id} practises no criterion`);
    const tutor = await openGame(suite.browser, suite.site.url);
    const { page } = tutor;
    await pressButton(page, 'Build a pack to share (for tutors)');
    await page.waitForSelector('.pack-builder');
    await typeInto(page, 'Title', TITLE);
    await typeInto(page, 'Description', 'Focus on recording the complaint.');
    await typeInto(page, 'Group name (optional)', GROUP);
    // The date field takes the date in the browser's order (en-US here: month, day, year).
    await typeInto(page, 'Due date (optional)', '03012027');
    expect(await page.getByLabel('Due date (optional)', { exact: true }).inputValue()).toBe(
      '2027-03-01',
    );

    // Focus criteria: open the list by keyboard, tick one the pack practises.
    await page.locator('.builder-focus summary').focus();
    await page.keyboard.press('Enter');
    await page.locator(`input[data-focus-criterion="${practised}"]`).focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('.builder-focus + [role=status]').innerText())
      .toBe(`1 focus criterion chosen: ${practised}.`);

    // How learners play it, by keyboard: feedback at the end, no time limits, best path hidden.
    await page.getByLabel('Feedback', { exact: true }).focus();
    await page.keyboard.press('End');
    await page.getByLabel('Timing', { exact: true }).focus();
    await page.keyboard.press('End');
    expect(await page.getByLabel('Feedback', { exact: true }).inputValue()).toBe('at-end');
    expect(await page.getByLabel('Timing', { exact: true }).inputValue()).toBe('off');
    const best = page.getByLabel(
      'Show the best option at each moment of the debrief after the first try',
      { exact: true },
    );
    expect(await best.isChecked()).toBe(true);
    await best.focus();
    await page.keyboard.press('Space');
    expect(await best.isChecked()).toBe(false);

    const retry = page.getByLabel('Let learners retry from any moment of the debrief', {
      exact: true,
    });
    await retry.focus();
    await page.keyboard.press('Space');
    expect(await retry.isChecked()).toBe(false);
    await page.locator('.pack-builder select').first().scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/pack-builder-settings-1280x720.png`);

    await page.locator(`input[data-pick="${first!.id}"]`).focus();
    await page.keyboard.press('Space');
    // The coverage marks the focus criterion in words, and says the pack practises it.
    await expect
      .poll(() => page.locator('.coverage-focus-summary').innerText())
      .toBe(`Practised by the pack: ${practised}.`);
    expect(
      await page.locator(`.coverage-practised [data-focus="${practised}"]`).textContent(),
    ).toMatch(new RegExp(`^Focus: ${practised.replace(/\./g, '\\.')}: `));
    expect(await runAxe(page), 'pack builder with focus criteria').toEqual([]);
    await page.locator('.builder-focus').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/pack-builder-focus-1280x720.png`);
    await page.locator('.builder-coverage-panel h2').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/pack-builder-focus-coverage-1280x720.png`);

    await pressButton(page, 'Copy link');
    const field = page.getByLabel('Pack link', { exact: true });
    await expect.poll(() => field.isVisible()).toBe(true);
    const link = await field.inputValue();
    expect(link.length).toBeLessThan(2000);
    expect(tutor.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(tutor);

    // The learner, in a fresh context: nothing stored.
    const context = await suite.browser.newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    const learner = await context.newPage();
    await learner.goto(link);
    await learner.waitForSelector('.shared-pack-title');
    const offered = await learner.locator('.shared-pack').innerText();
    expect(offered).toContain(`For: ${GROUP}.`);
    expect(offered).toContain(`${practised}: `);
    expect(offered).toContain('The debrief does not show the best options');
    await pressButton(learner, 'Add to my packs');
    await learner.waitForSelector('.menu [data-added-pack]');
    const card = learner.locator('[data-added-pack]');
    const words = await card.innerText();
    expect(words).toContain(`For: ${GROUP}.`);
    expect(words).toContain('Due 1 March 2027.');
    expect(words).toContain('Your tutor asks you to focus on this criterion:');
    expect(await card.locator(`[data-focus="${practised}"]`).innerText()).toMatch(
      new RegExp(`^${practised.replace(/\./g, '\\.')}: \\S`),
    );
    expect(await runAxe(learner), 'menu with the assigned pack').toEqual([]);
    await card.scrollIntoViewIfNeeded();
    await screenshot(learner, `${SHOTS}/pack-assigned-menu-1280x720.png`);

    // Playing the pack: the debrief keeps the best options back, and says why.
    await pressButton(learner, 'Start pack', { describedBy: TITLE });
    await inputOpen(learner);
    await playFirstChoicesToEnding(learner);
    await openDebriefByKeyboard(learner);
    const notBest = await learner.locator('.moment:not(.took-best)').count();
    expect(notBest, 'some moment where the first choice was not the best').toBeGreaterThan(0);
    expect(await learner.locator('.compare-best').count()).toBe(0);
    expect(await learner.locator('.debrief').innerText()).not.toContain('The best option:');
    expect(await learner.getByRole('button', { name: 'Retry from this moment' }).count()).toBe(0);
    expect(await learner.locator('.best-hidden').innerText()).toContain(
      'Your tutor has set this pack so the debrief does not show the best options',
    );
    await learner.locator('.moment:not(.took-best)').first().scrollIntoViewIfNeeded();
    await screenshot(learner, `${SHOTS}/pack-debrief-best-hidden-1280x720.png`);
    await context.close();
  });
});
