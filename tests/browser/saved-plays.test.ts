import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSiteInChromium } from './suite.ts';
import { screenshot } from './page-checks.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import {
  closeGame,
  encounterState,
  openGame,
  playByTitle,
  pressChoiceById,
  waitForSaved,
} from './game-helpers.ts';

const suite = useBuiltSiteInChromium();
const ID = everyKindScenario.id;
const TITLE = everyKindScenario.title;

/** The saved-play records in the page's IndexedDB, as stored (every profile's). */
function storedPlays(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('resolve');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('inProgress').objectStore('inProgress').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as unknown[]);
          };
        };
      }),
  );
}

/** Changes the stored saved play behind the game's back, as damage on disk would. */
function damageStoredPlay(page: Page, id: string): Promise<void> {
  return page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('resolve');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const store = open.result
            .transaction('inProgress', 'readwrite')
            .objectStore('inProgress');
          // Filed under the first profile, the one a new browser starts with.
          const get = store.get(['learner', key]);
          get.onsuccess = () => {
            const record = get.result as { snapshot: { transcript: { seed: number } } };
            record.snapshot.transcript.seed += 1;
            store.put(record).onsuccess = () => {
              open.result.close();
              resolve();
            };
          };
        };
      }),
    id,
  );
}

async function playOneStep(page: Page): Promise<void> {
  await playByTitle(page, TITLE);
  await pressChoiceById(page, 'let-him-finish');
  await waitForSaved(page);
  expect((await encounterState(page)).step).toBe(1);
}

describe('saved plays that cannot be continued', () => {
  it('a damaged save says so in words, opens what was played and exports, and is kept', async () => {
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    await playOneStep(page);
    await damageStoredPlay(page, ID);
    const damaged = await storedPlays(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    const item = page.locator(`.continue-item[data-saved-play="${ID}"]`);
    await expect
      .poll(() => item.innerText())
      .toContain('The saved record of this play is damaged, so it cannot be continued.');
    expect(await item.innerText()).toContain('It is kept');
    expect(await item.getByRole('button', { name: /^Continue/ }).count()).toBe(0);
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'test-results/screenshots/saved-play-damaged-1280x720.png');

    const download = page.waitForEvent('download');
    await item.getByRole('button', { name: `Export the saved play of “${TITLE}”` }).click();
    expect((await download).suggestedFilename()).toBe(`resolve-saved-play-${ID}.json`);

    await item.getByRole('button', { name: 'See what you played so far' }).click();
    await page.waitForSelector('.debrief');
    expect(await page.locator('.debrief').getAttribute('data-overall')).toBe('incomplete');
    expect(await storedPlays(page)).toEqual(damaged);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('a save from a scenario edited since says so in words, exports, and is kept', async () => {
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    await playOneStep(page);
    const saved = await storedPlays(page);
    expect(saved).toHaveLength(1);
    // The author changes one line and the site is rebuilt: the learner comes back to it.
    const edited: Scenario = structuredClone(everyKindScenario);
    edited.summary = `${edited.summary} (Revised.)`;
    await page.unroute(`**/content/scenarios/${ID}.json`);
    await page.route(`**/content/scenarios/${ID}.json`, (route) => route.fulfill({ json: edited }));
    await page.reload();
    await page.waitForSelector('.menu');
    await page.getByRole('button', { name: `Continue “${TITLE}”` }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain('The scenario has been changed since this play was saved');
    expect(await page.locator('h1').innerText()).toBe(`“${TITLE}” cannot be continued`);
    expect(await page.getByRole('button', { name: 'See what you played so far' }).count()).toBe(0);
    await screenshot(page, 'test-results/screenshots/saved-play-scenario-changed-1280x720.png');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Export the saved play of “${TITLE}”` }).click();
    expect((await download).suggestedFilename()).toBe(`resolve-saved-play-${ID}.json`);
    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await page.waitForSelector('.menu');
    expect(await storedPlays(page)).toEqual(saved);

    // Starting again is the learner's choice, and the button says what it does.
    await page.getByRole('button', { name: `Continue “${TITLE}”` }).click();
    await page.getByRole('button', { name: 'Start again (replaces this saved play)' }).click();
    await page.waitForSelector('.encounter');
    expect((await encounterState(page)).step).toBe(0);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });
});
