import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/bench/browser/chromium.ts';
import { useBuiltSiteInChromium } from './suite.ts';
import { runAxe, screenshot } from './page-checks.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import {
  closeGame,
  encounterState,
  openGame,
  playByTitle,
  playFirstChoicesToEnding,
  pressChoiceById,
} from './game-helpers.ts';

const suite = useBuiltSiteInChromium();
let noWebGl: Browser;

beforeAll(async () => {
  noWebGl = await launchChromium({ disableWebGl: true });
});

afterAll(async () => {
  await noWebGl?.close();
});

const ATTACK = '<img src=x onerror=alert(1)>';

/** The test scenario with markup in every kind of text the game shows. */
function hostileScenario(): Scenario {
  const scenario = structuredClone(everyKindScenario);
  scenario.id = 'test-hostile-markup';
  scenario.title = `Markup ${ATTACK} in the title`;
  scenario.summary = `A summary with ${ATTACK}`;
  scenario.customer.name = `Dev ${ATTACK}`;
  scenario.organisation.name = `Shop ${ATTACK}`;
  scenario.setting.place = `Desk ${ATTACK}`;
  for (const node of Object.values(scenario.nodes)) {
    node.title = `Step ${ATTACK}`;
    if ('choices' in node)
      for (const choice of node.choices) {
        choice.say = `${choice.say} ${ATTACK}`;
        choice.why = `${choice.why} ${ATTACK}`;
      }
    if (node.kind === 'dialogue' && typeof node.customer === 'string')
      node.customer = `${node.customer} ${ATTACK}`;
    if (node.kind === 'investigate')
      for (const record of node.records) record.body = [...record.body, ATTACK];
    if (node.kind === 'colleague-feedback' && typeof node.line === 'string')
      node.line = `${node.line} ${ATTACK}`;
    if (node.kind === 'review') node.series[0]!.label = `Complaints ${ATTACK}`;
    if (node.kind === 'ending' && typeof node.epilogue === 'string')
      node.epilogue = `${node.epilogue} ${ATTACK}`;
  }
  return scenario;
}

describe('robustness', () => {
  it('shows markup in scenario text literally and runs none of it', async () => {
    const scenario = hostileScenario();
    const game = await openGame(suite.browser, suite.site.url, { inject: [scenario] });
    const { page } = game;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const noInjectedImages = () =>
      page.evaluate(() => document.querySelectorAll('img[src="x"]').length);

    expect(await page.locator('.menu').innerText()).toContain(`Markup ${ATTACK} in the title`);
    await playByTitle(page, scenario.title);
    expect(await page.locator('.encounter').innerText()).toContain(ATTACK);
    expect(await noInjectedImages()).toBe(0);
    await pressChoiceById(page, 'let-him-finish');
    await page.getByRole('button', { name: /Sale record/ }).click();
    await expect.poll(() => page.locator('.record-body').first().innerText()).toContain(ATTACK);
    await playFirstChoicesToEnding(page, async () => {
      expect(await noInjectedImages()).toBe(0);
    });
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.waitForSelector('.debrief');
    expect(await page.locator('.debrief').innerText()).toContain(ATTACK);
    expect(await noInjectedImages()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('says which file is wrong, and how, when a scenario does not validate', async () => {
    const broken = { ...everyKindScenario, id: 'test-broken', start: 42, difficulty: 'impossible' };
    const game = await openGame(suite.browser, suite.site.url, {
      rawFiles: { 'scenarios/test-broken.json': JSON.stringify(broken) },
    });
    const { page } = game;
    await page
      .locator('.scenario-card')
      .filter({ hasText: 'Broken scenarios/test-broken.json' })
      .getByRole('button', { name: 'Play' })
      .click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('content/scenarios/test-broken.json');
    expect(text).toContain('is not a valid scenario');
    expect(text).toMatch(/start: /);
    expect(text).toMatch(/difficulty: /);
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await page.waitForSelector('.menu');
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('keeps playing in memory when the browser refuses storage, and says so', async () => {
    const game = await openGame(suite.browser, suite.site.url, {
      inject: [everyKindScenario],
      beforeLoad: async (page) => {
        await page.addInitScript(() => {
          Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
        });
      },
    });
    const { page } = game;
    expect(await page.locator('#notices').innerText()).toContain(
      'your progress is kept until you close',
    );
    await playByTitle(page, everyKindScenario.title);
    await pressChoiceById(page, 'let-him-finish');
    expect((await encounterState(page)).node).toBe('check-records');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: `Continue “${everyKindScenario.title}”` }).click();
    await page.waitForSelector('.encounter');
    expect((await encounterState(page)).node).toBe('check-records');
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('runs in the DOM alone when WebGL is missing, and says so', async () => {
    const game = await openGame(noWebGl, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    expect(await page.locator('#notices').innerText()).toContain('WebGL');
    await playByTitle(page, everyKindScenario.title);
    await page.waitForFunction(() => document.getElementById('stage')?.dataset.mode === 'dom');
    expect(await page.locator('#stage canvas').count()).toBe(0);
    expect(await page.locator('#stage img.dom-portrait').count()).toBe(1);
    await screenshot(page, 'test-results/screenshots/dom-only-1280x720.png');
    expect(await runAxe(page)).toEqual([]);
    await pressChoiceById(page, 'let-him-finish');
    expect((await encounterState(page)).node).toBe('check-records');
    await playFirstChoicesToEnding(page);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.waitForSelector('.debrief');
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });
});
