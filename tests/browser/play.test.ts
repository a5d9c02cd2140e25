import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from './suite.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';
import { startSession } from '../../src/engine/session.ts';
import type { CriterionId } from '../../src/curriculum/ids.ts';
import { statusInWords } from '../../src/curriculum/evidence.ts';
import { screenshot } from './page-checks.ts';
import {
  analyseFirstByKeyboard,
  builtIndex,
  builtScenario,
  closeGame,
  encounterState,
  expectedDebrief,
  openDebriefByKeyboard,
  openGame,
  playByTitle,
  playFirstChoicesToEnding,
  pressChoice,
  pressChoiceById,
  shownCriteria,
  tabUntil,
  waitForSaved,
  inputOpen,
} from './game-helpers.ts';

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';

/** Presses 1 until the every-kind scenario reaches its options node. */
async function toOptionsNode(page: Parameters<typeof pressChoice>[0]): Promise<void> {
  await playByTitle(page, everyKindScenario.title);
  for (let i = 0; i < 20 && (await encounterState(page)).kind !== 'options'; i += 1)
    await pressChoice(page, 1);
  expect((await encounterState(page)).kind).toBe('options');
}

describe('playing the game', () => {
  it('asks for the learner’s own analysis of the options, by keyboard, before any choice', async () => {
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    await toOptionsNode(page);
    // Nothing pre-written: no benefits, drawbacks or risk ratings to read off the screen.
    expect(await page.locator('.task-options').innerText()).not.toContain('Within policy');
    await expect
      .poll(() => page.getByRole('group', { name: 'Main benefit of “Full refund”' }).count())
      .toBe(1);
    expect(await page.getByRole('group', { name: 'Whom do you put your choice to?' }).count()).toBe(
      1,
    );
    await screenshot(page, `${SHOTS}/options-1280x720.png`);

    // A learner who presses 1 straight away is told what is left, and nothing happens.
    await inputOpen(page);
    const before = await encounterState(page);
    await page.keyboard.press('1');
    await expect
      .poll(() => page.locator('#live-polite').textContent())
      .toContain('Before you choose');
    expect((await encounterState(page)).step).toBe(before.step);

    await analyseFirstByKeyboard(page);
    expect(await page.locator('.analysis-status').innerText()).toContain('Your analysis is done');
    await pressChoice(page, 1);
    expect((await encounterState(page)).kind).not.toBe('options');
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);

    const small = await openGame(suite.browser, suite.site.url, {
      inject: [everyKindScenario],
      viewport: { width: 375, height: 667 },
    });
    await toOptionsNode(small.page);
    await small.page.locator('fieldset.analysis-group').first().scrollIntoViewIfNeeded();
    await screenshot(small.page, `${SHOTS}/options-375x667.png`);
    await closeGame(small);
  });

  it('plays a sample scenario with the keyboard alone, and the debrief matches the engine', async () => {
    // A sample without a countdown, so nothing here depends on how fast the machine is.
    const entry =
      builtIndex().scenarios.find((each) => each.pressure !== 'busy') ?? builtIndex().scenarios[0]!;
    const scenario = builtScenario(entry);
    const seed = 777;
    // Full motion: the customer's words type themselves out, whole within a second.
    const game = await openGame(suite.browser, suite.site.url, { seed, reducedMotion: false });
    const { page } = game;

    await tabUntil(
      page,
      (focused) =>
        focused.tag === 'BUTTON' && focused.text === 'Play' && focused.describedBy === entry.title,
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('.encounter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const start = builtScenario(entry).nodes[scenario.start];
    if (start && 'customer' in start && start.customer)
      await page.locator('[data-shown="whole"]').first().waitFor();
    await inputOpen(page);

    await playFirstChoicesToEnding(page);
    await openDebriefByKeyboard(page);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`Debrief: ${scenario.title}`);

    const expected = expectedDebrief({ scenario, seed, timing: 'standard' });
    const shown = await shownCriteria(page);
    expect(Object.keys(shown).sort()).toEqual(Object.keys(expected.criteria).sort());
    for (const [id, result] of Object.entries(expected.criteria)) {
      expect(shown[id], id).toEqual({
        status: result.status,
        words: statusInWords(result.status, id as CriterionId),
      });
    }
    expect(await page.$eval('.debrief', (e) => (e as HTMLElement).dataset.overall)).toBe(
      String(expected.overall),
    );
    await expect
      .poll(() => page.locator('.debrief-overall').innerText())
      .toContain('Timing used: standard timing (the default)');
    expect(await page.locator('.criteria-table').first().innerText()).toMatch(
      /practised in simulation|Knowledge/,
    );

    // "Retry from this moment" replays the play up to the second decision and hands it back.
    const afterFirst = startSession({ scenario, seed, timing: 'standard' });
    afterFirst.choose(afterFirst.view().choices[0]!.id);
    await page.getByRole('button', { name: 'Retry from this moment' }).nth(1).click();
    await page.waitForSelector('.encounter');
    expect(await encounterState(page)).toMatchObject({ node: afterFirst.view().nodeId, step: 1 });

    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('continues after a reload at the same step with the same evidence, and ends as an uninterrupted play', async () => {
    const seed = 99;
    const game = await openGame(suite.browser, suite.site.url, {
      inject: [everyKindScenario],
      seed,
    });
    const { page } = game;
    // Settings are remembered between visits too.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Large (125%)').check();
    await page.getByRole('button', { name: 'Done' }).click();
    await playByTitle(page, everyKindScenario.title);
    await pressChoiceById(page, 'let-him-finish');
    expect((await encounterState(page)).node).toBe('check-records');
    await page.getByRole('button', { name: 'Sale record' }).click();
    await expect.poll(async () => (await encounterState(page)).step).toBe(2);
    await waitForSaved(page);

    await page.reload();
    await page.waitForSelector('.menu');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.style.fontSize))
      .toBe('125%');
    await page.getByRole('button', { name: `Continue “${everyKindScenario.title}”` }).click();
    await page.waitForSelector('.encounter');
    expect(await encounterState(page)).toMatchObject({ node: 'check-records', step: 2 });
    await expect(
      page.getByRole('button', { name: /Sale record/ }).getAttribute('aria-expanded'),
    ).resolves.toBe('true');
    expect(await page.locator('.facts').innerText()).toContain(
      'The kettle was bought 12 days ago.',
    );
    expect(await page.locator('.history-list').textContent()).toContain('Let him finish');

    await playFirstChoicesToEnding(page);
    await openDebriefByKeyboard(page);
    const expected = expectedDebrief({
      scenario: everyKindScenario,
      seed,
      timing: 'standard',
      prefix: [
        { type: 'CHOOSE', choiceId: 'let-him-finish' },
        { type: 'CHECK_RECORD', recordId: 'sale-record' },
      ],
    });
    const shown = await shownCriteria(page);
    expect(Object.fromEntries(Object.entries(shown).map(([id, s]) => [id, s.status]))).toEqual(
      Object.fromEntries(Object.entries(expected.criteria).map(([id, r]) => [id, r.status])),
    );
    expect(await page.$eval('.debrief', (e) => (e as HTMLElement).dataset.overall)).toBe(
      String(expected.overall),
    );

    // Finished plays leave "continue where you left off".
    await page.getByRole('button', { name: 'Back to the menu' }).first().click();
    await page.waitForSelector('.menu');
    expect(await page.locator('.continue').count()).toBe(0);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('runs a busy-day countdown out when left alone, and lets the learner pause it', async () => {
    const start = new Date('2025-03-01T10:00:00Z');
    const game = await openGame(suite.browser, suite.site.url, {
      inject: [everyKindScenario],
      beforeLoad: async (page) => {
        await page.clock.install({ time: start });
        await page.clock.pauseAt(new Date(start.getTime() + 1000));
      },
    });
    const { page } = game;
    await page
      .locator('.scenario-card')
      .filter({ has: page.getByRole('heading', { name: everyKindScenario.title, exact: true }) })
      .getByRole('button', { name: 'Play' })
      .click();
    await page.waitForSelector('.encounter');
    // The page's clock is paused: let the first moment type out and settle before it takes input.
    await page.clock.runFor(1000);
    await inputOpen(page);
    const timer = page.locator('.timer');
    // The author's 12 seconds and the time to read the line and the options.
    await expect.poll(() => timer.innerText()).toMatch(/\d+ seconds left/);
    const seconds = Number(/(\d+) seconds left/.exec(await timer.innerText())?.[1]);
    expect(seconds).toBeGreaterThan(12);

    await page.getByRole('button', { name: 'Pause timer' }).click();
    await expect.poll(() => timer.innerText()).toContain(`Paused: ${seconds} seconds left`);
    await page.clock.fastForward(120_000);
    expect((await encounterState(page)).node).toBe('opening');

    await page.getByRole('button', { name: 'Resume timer' }).click();
    await page.clock.fastForward((seconds - 3) * 1000);
    await expect.poll(() => timer.innerText()).toContain('3 seconds left');
    await page.clock.fastForward(100);
    expect(await page.locator('#live-assertive').textContent()).toMatch(
      /\d seconds left to respond/,
    );
    expect((await encounterState(page)).node).toBe('opening');

    await page.clock.fastForward(3_500);
    await expect.poll(async () => (await encounterState(page)).node).toBe('shouts');
    expect(await page.locator('.interjection').innerText()).toContain(
      'Are you even listening to me?',
    );
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });
});
