import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBuiltSiteInChromium } from './suite.ts';
import { screenshot } from './page-checks.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';
import { brokenBuiltScenarios } from './fixtures/broken-built.ts';
import {
  analyseFirstByKeyboard,
  closeGame,
  encounterState,
  inputOpen,
  openAnotherTab,
  openGame,
  playByTitle,
  pressChoiceById,
  waitForSaved,
} from './game-helpers.ts';
import { MOMENT_SETTLE_MS } from '../../src/game/play/encounter-model.ts';

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';

/**
 * A way through the every-kind fixture that meets every kind of moment: at each node, what to do
 * first (a task step at the same moment) and the choice that moves on, by id.
 */
const ROUTE: { node: string; kind: string; choice: string }[] = [
  { node: 'opening', kind: 'dialogue', choice: 'let-him-finish' },
  { node: 'check-records', kind: 'investigate', choice: 'judge-justified' },
  { node: 'confused-moment', kind: 'dialogue', choice: 'explain-slowly' },
  { node: 'weigh-options', kind: 'options', choice: 'offer-refund' },
  { node: 'who-to-escalate', kind: 'escalate', choice: 'to-manager' },
  { node: 'log', kind: 'record', choice: 'submit-log' },
  { node: 'follow-up', kind: 'follow-up', choice: 'ring-back' },
  { node: 'colleague', kind: 'colleague-feedback', choice: 'reflect' },
  { node: 'weekly-review', kind: 'review', choice: 'flag-review' },
  { node: 'explain', kind: 'explain', choice: 'apology-act' },
];

const choiceButton = (page: Page, id: string): Locator =>
  page.locator(`button.choice[data-choice="${id}"]`);

async function choiceNumber(page: Page, id: string): Promise<string> {
  return choiceButton(page, id).locator('.choice-number').innerText({ timeout: 5000 });
}

/**
 * A mouse click at the middle of the element, as a learner's: no waiting for it to be ready (the
 * page's clock is paused, and whether it takes the click is what is tested).
 */
async function clickAt(page: Page, target: Locator): Promise<void> {
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to click');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Something the next moment offers to press: its first choice, or "See your debrief". */
function nextTarget(page: Page): Locator {
  return page.locator('button.choice, .task-ending button').first();
}

describe('input: one press, one step', () => {
  it('ignores a held key’s repeats at every kind of moment', { timeout: 300_000 }, async () => {
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    await playByTitle(page, everyKindScenario.title);
    for (const { node, kind, choice } of ROUTE) {
      expect(await encounterState(page)).toMatchObject({ node, kind });
      if (kind === 'options') await analyseFirstByKeyboard(page);
      if (kind === 'investigate') {
        // Enter held on a record: it opens once.
        await inputOpen(page);
        const before = (await encounterState(page)).step;
        await page.getByRole('button', { name: /Sale record/ }).focus();
        await page.keyboard.down('Enter');
        await inputOpen(page);
        for (let i = 0; i < 3; i += 1) await page.keyboard.down('Enter');
        await page.keyboard.up('Enter');
        expect((await encounterState(page)).step, 'record opened once').toBe(before + 1);
      }
      await inputOpen(page);
      const key = await choiceNumber(page, choice);
      const before = (await encounterState(page)).step;
      await page.keyboard.down(key);
      await page.waitForFunction(
        (step) => document.querySelector<HTMLElement>('.encounter')?.dataset.step !== step,
        String(before),
      );
      // The key is still held once the next moment takes input: its repeats land nowhere.
      await inputOpen(page);
      for (let i = 0; i < 4; i += 1) await page.keyboard.down(key);
      await page.keyboard.up(key);
      expect((await encounterState(page)).step, `held ${key} at ${kind}`).toBe(before + 1);
    }
    expect((await encounterState(page)).kind).toBe('ending');
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it(
    'lets the second click of a double click, or a key pressed before the view is shown, land nowhere',
    { timeout: 300_000 },
    async () => {
      const game = await openGame(suite.browser, suite.site.url, {
        inject: [everyKindScenario],
        beforeLoad: (page) => page.clock.install(),
      });
      const { page } = game;
      // The clock moves only when told: 30 ms and 350 ms are exact, whatever the machine's load.
      const now = await page.evaluate(() => Date.now());
      await page.clock.pauseAt(now + 1000);
      const settle = async (ms = MOMENT_SETTLE_MS): Promise<void> => {
        await page.clock.runFor(ms);
        await inputOpen(page);
      };

      // A double click on Play: the second lands on the first moment's choices, which wait.
      const play = page
        .locator('.scenario-card')
        .filter({ has: page.getByRole('heading', { name: everyKindScenario.title, exact: true }) })
        .getByRole('button', { name: 'Play' });
      await clickAt(page, play);
      await page.waitForSelector('.encounter');
      await page.clock.runFor(30);
      await clickAt(page, nextTarget(page));
      expect((await encounterState(page)).step).toBe(0);
      await settle();

      for (const { node, kind, choice } of ROUTE) {
        expect(await encounterState(page)).toMatchObject({ node, kind });
        if (kind === 'options') {
          for (const group of await page.locator('fieldset.analysis-group').all()) {
            await clickAt(page, group.locator('input[type="radio"]').first());
            await settle(50);
          }
        }
        if (kind === 'record') {
          await clickAt(page, page.locator('fieldset.choice-group input[type="radio"]').first());
          await settle(50);
        }
        if (kind === 'investigate') {
          // A double click on a record opens it once: the second click only folds it away again.
          const before = (await encounterState(page)).step;
          await clickAt(page, page.getByRole('button', { name: /Sale record/ }));
          await page.clock.runFor(30);
          await clickAt(page, page.getByRole('button', { name: /Sale record/ }));
          expect((await encounterState(page)).step, 'record opened once').toBe(before + 1);
          await settle();
        }
        const before = (await encounterState(page)).step;
        await clickAt(page, choiceButton(page, choice));
        expect((await encounterState(page)).step).toBe(before + 1);
        for (const gap of [30, 320]) {
          // 30 ms, then 350 ms after the first click: on the next moment's control, by mouse and key.
          await page.clock.runFor(gap);
          await clickAt(page, nextTarget(page));
          await page.keyboard.press('1');
          expect((await encounterState(page)).step, `${kind}, +${gap} ms`).toBe(before + 1);
        }
        await settle();
      }
      expect((await encounterState(page)).kind).toBe('ending');
      expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
      await closeGame(game);
    },
  );
});

/** The saved play of a scenario as it lies in this browser's IndexedDB, read by the page. */
async function savedStep(page: Page, scenarioId: string): Promise<number | null> {
  return page.evaluate(
    (id) =>
      new Promise<number | null>((resolve) => {
        const open = indexedDB.open('resolve');
        open.onsuccess = () => {
          const db = open.result;
          // Filed under the first profile, the one a new browser starts with.
          const get = db.transaction('inProgress').objectStore('inProgress').get(['learner', id]);
          get.onsuccess = () => {
            const record = get.result as { snapshot?: { step?: number } } | undefined;
            db.close();
            resolve(record?.snapshot?.step ?? null);
          };
          get.onerror = () => resolve(null);
        };
        open.onerror = () => resolve(null);
      }),
    scenarioId,
  );
}

describe('one play, one writer', () => {
  it(
    'tells a second tab the play is open elsewhere, lets it take over, and the first stops saving',
    { timeout: 300_000 },
    async () => {
      const first = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
      const a = first.page;
      await playByTitle(a, everyKindScenario.title);
      await pressChoiceById(a, 'let-him-finish');
      await waitForSaved(a);
      expect(await savedStep(a, everyKindScenario.id)).toBe(1);

      const second = await openAnotherTab(first, suite.site.url, { inject: [everyKindScenario] });
      const b = second.page;
      await b.getByRole('button', { name: `Continue “${everyKindScenario.title}”` }).click();
      await b.getByRole('heading', { name: 'This play is open in another tab' }).waitFor();
      expect(await b.locator('.open-elsewhere').innerText()).toContain(everyKindScenario.title);
      await screenshot(b, `${SHOTS}/two-tabs-open-elsewhere-1280x720.png`);

      await b.getByRole('button', { name: 'Take it over here' }).click();
      await b.waitForSelector('.encounter');
      expect((await encounterState(b)).node).toBe('check-records');

      // The first tab is told, with a way to take it back, and takes no input meanwhile.
      const lost = a.locator('.notice-lost');
      await lost.waitFor();
      expect(await lost.innerText()).toContain('open in another tab');
      await screenshot(a, `${SHOTS}/two-tabs-lost-1280x720.png`);
      await inputOpen(a);
      const number = await choiceNumber(a, 'judge-justified');
      await a.keyboard.press(number);
      expect((await encounterState(a)).step).toBe(1);

      // The second tab plays on and saves; the record is the second tab's.
      await inputOpen(b);
      await pressChoiceById(b, 'judge-justified');
      await waitForSaved(b);
      expect((await encounterState(b)).step).toBe(2);
      expect(await savedStep(b, everyKindScenario.id)).toBe(2);
      expect(await savedStep(a, everyKindScenario.id)).toBe(2);

      // Taken back: the first tab carries on from what the second saved, and the second is told.
      await a.getByRole('button', { name: 'Take it back here' }).click();
      await a.waitForFunction(
        () => document.querySelector<HTMLElement>('.encounter')?.dataset.node === 'confused-moment',
      );
      expect(await a.locator('.notice-lost').count()).toBe(0);
      await b.locator('.notice-lost').waitFor();
      expect(first.problems).toEqual({ consoleErrors: [], failedRequests: [] });
      expect(second.problems).toEqual({ consoleErrors: [], failedRequests: [] });
      await closeGame(first);
    },
  );
});

describe('a broken built scenario', () => {
  it(
    'shows its problem in the page, naming the file, the place and the fix',
    { timeout: 300_000 },
    async () => {
      const broken = brokenBuiltScenarios();
      const game = await openGame(suite.browser, suite.site.url, {
        rawFiles: Object.fromEntries(
          broken.map((each) => [`scenarios/${each.id}.json`, each.body]),
        ),
      });
      const { page } = game;
      for (const { id, says } of broken) {
        await page
          .locator('.scenario-card')
          .filter({ hasText: `Broken scenarios/${id}.json` })
          .getByRole('button', { name: 'Play' })
          .click();
        const alert = page.getByRole('alert');
        await alert.waitFor();
        const text = await alert.innerText();
        expect(text, id).toContain(`content/scenarios/${id}.json`);
        for (const pattern of says) expect(text, id).toMatch(pattern);
        if (id === 'test-broken-next-constructor')
          await screenshot(page, `${SHOTS}/broken-built-scenario-1280x720.png`);
        await page.getByRole('button', { name: 'Back to the menu' }).click();
        await page.waitForSelector('.menu');
      }
      expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
      await closeGame(game);
    },
  );
});
