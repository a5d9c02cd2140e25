import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from './suite.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';
import { packFragment } from '../../src/packs/pack-link.ts';
import {
  closeGame,
  encounterState,
  openGame,
  playByTitle,
  pressButton,
  pressChoice,
  stageDrawn,
  inputOpen,
} from './game-helpers.ts';

const suite = useBuiltSiteInChromium();

async function turnOnFeedbackAfterEachChoice(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel(/^After each choice/).check();
  await page.getByRole('button', { name: 'Done' }).click();
}

/** At the fixture's first line, press the number of its second (weaker) option; read the feedback. */
async function chooseTheWeakerFirstOption(page: Page) {
  const node = everyKindScenario.nodes[everyKindScenario.start];
  if (node?.kind !== 'dialogue') throw new Error('the fixture changed');
  const [best, weaker] = [node.choices[0]!, node.choices[1]!];
  const number = await page
    .locator('button.choice', { hasText: weaker.say })
    .locator('.choice-number')
    .textContent();
  await page.keyboard.press(number ?? '2');
  await page.waitForSelector('.encounter[data-feedback="shown"]');
  return { best, weaker, feedback: await page.locator('.task-feedback').innerText() };
}

describe('the encounter', () => {
  it('shows the first line and the choices before the canvas is ready; the stage catches up', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const game = await openGame(suite.browser, suite.site.url, {
      inject: [everyKindScenario],
      // Phaser comes over a slow network: it arrives only when the test lets it.
      beforeLoad: async (page) => {
        await page.route('**/assets/phaser-*.js', async (route) => {
          await held;
          await route.continue();
        });
      },
    });
    const { page } = game;
    await playByTitle(page, everyKindScenario.title);
    await page.waitForSelector('.choices button.choice');
    expect(await page.locator('.node .line-wrap').textContent()).toContain(
      'This kettle nearly set my kitchen on fire',
    );
    expect(await page.$eval('#stage', (stage) => (stage as HTMLElement).dataset.drawn)).toBe(
      undefined,
    );
    // The learner can already play; the stage draws where the encounter is by then.
    await pressChoice(page, 1);
    release();
    await stageDrawn(page);
    expect(await page.$eval('#app', (app) => (app as HTMLElement).dataset.stage)).toBe('webgl');
    expect((await encounterState(page)).step).toBe(1);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('in feedback mode, shows why and the best option after a choice, before going on', async () => {
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    await turnOnFeedbackAfterEachChoice(page);
    await playByTitle(page, everyKindScenario.title);
    const { best, weaker, feedback } = await chooseTheWeakerFirstOption(page);
    expect(feedback).toContain(weaker.why);
    expect(feedback).toContain(`The best option here: ${best.say}`);
    expect(feedback).toContain(best.why);
    // Number keys do not skip the feedback; the next moment waits for Continue.
    await page.keyboard.press('1');
    expect((await encounterState(page)).step).toBe(0);
    await expect.poll(() => page.locator('#live-polite').textContent()).toContain(weaker.why);
    await page.screenshot({ path: 'test-results/feedback-after-choice.png' });
    await inputOpen(page);
    await page.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await encounterState(page)).step).toBe(1);
    expect(await page.locator('.task-feedback').count()).toBe(0);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('keeps the best option back in feedback mode when the learner’s pack does', async () => {
    // A cunning learner turns on feedback after each choice to be told the best options their
    // tutor's pack keeps back (settings.showBestPath false): they hear they missed it, not what it was.
    const pack = {
      id: 'find-it-yourself',
      title: 'Find it yourself',
      description: 'The best options are for you to find.',
      scenarios: [everyKindScenario.id],
      passMark: 60,
      settings: { showBestPath: false },
    };
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    await turnOnFeedbackAfterEachChoice(page);
    await page.goto(`${suite.site.url}#${packFragment(pack)}`);
    await page.waitForSelector('.shared-pack-title');
    await pressButton(page, 'Add to my packs', { anyControl: true });
    await page.waitForSelector('.menu [data-added-pack]');
    await pressButton(page, 'Start pack', { describedBy: pack.title, anyControl: true });
    await page.waitForSelector('.encounter');
    await inputOpen(page);
    const { best, weaker, feedback } = await chooseTheWeakerFirstOption(page);
    expect(feedback).toContain(weaker.why);
    expect(feedback).toContain('There was a better option here');
    expect(feedback).not.toContain(best.say);
    expect(feedback).not.toContain(best.why);
    await expect
      .poll(() => page.locator('#live-polite').textContent())
      .toContain('There was a better option here');
    expect(await page.locator('#live-polite').textContent()).not.toContain(best.say);
    await page.screenshot({ path: 'test-results/feedback-best-kept-back.png' });
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });
});
