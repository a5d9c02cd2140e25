import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSiteInChromium } from './suite.ts';
import { runAxe, screenshot } from './page-checks.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';
import {
  closeGame,
  encounterState,
  inputOpen,
  openDebriefByKeyboard,
  openGame,
  playFirstChoicesToEnding,
  pressButton,
  pressChoiceById,
  type GamePage,
  typeInto,
  waitForSaved,
} from './game-helpers.ts';

const suite = useBuiltSiteInChromium();
const ID = everyKindScenario.id;
const TITLE = everyKindScenario.title;
const SHOTS = 'test-results/screenshots';

/** Tab to the button with this text and press Enter, as a keyboard user does. */

/** Focus a field by its label and type into it. */

async function openProfiles(page: Page): Promise<void> {
  await page.locator('.player-bar button').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.profile-screen');
}

async function makeProfile(page: Page, name: string, sharedComputer = false): Promise<void> {
  await openProfiles(page);
  await typeInto(page, 'Your name', name);
  if (sharedComputer) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector('.menu');
  await expect.poll(() => page.locator('.player-bar').innerText()).toContain(name);
}

async function switchTo(page: Page, name: string): Promise<void> {
  await openProfiles(page);
  await pressButton(page, `Play as ${name}`);
  await page.waitForSelector('.menu');
}

async function startTestScenario(page: Page): Promise<void> {
  await page
    .locator('.scenario-card')
    .filter({ has: page.getByRole('heading', { name: TITLE, exact: true }) })
    .getByRole('button', { name: 'Play' })
    .focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.encounter');
  await inputOpen(page);
}

/** Starts the test scenario by keyboard and takes one step, so a play is in progress. */
async function playOneStep(page: Page): Promise<void> {
  await startTestScenario(page);
  await pressChoiceById(page, 'let-him-finish');
  await waitForSaved(page);
  await page.locator('#nav-menu').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.menu');
}

const continueItems = (page: Page) => page.locator(`.continue-item[data-saved-play="${ID}"]`);

/** Every record of every object store of every database of the page, as JSON text. */
function everyStoredRecord(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const texts: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName).objectStore(storeName);
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map(
            (request) =>
              new Promise<unknown[]>((resolve) => {
                request.onsuccess = () => resolve(request.result as unknown[]);
              }),
          ),
        );
        values!.forEach((value, index) =>
          texts.push(`${storeName} ${JSON.stringify(keys![index])} ${JSON.stringify(value)}`),
        );
      }
      db.close();
    }
    return texts;
  });
}

async function checkScreen(game: GamePage, name: string, show?: string): Promise<void> {
  // The part of a long dialog the screenshot is for, scrolled to after each resize.
  const reveal = async (): Promise<void> => {
    if (show) await game.page.locator(show).evaluate((element) => element.scrollIntoView());
  };
  await reveal();
  expect(await runAxe(game.page), `${name} at 1280 px`).toEqual([]);
  await screenshot(game.page, `${SHOTS}/${name}-1280x720.png`);
  await game.page.setViewportSize({ width: 375, height: 667 });
  await reveal();
  await screenshot(game.page, `${SHOTS}/${name}-375x667.png`);
  await game.page.setViewportSize({ width: 320, height: 568 });
  expect(await runAxe(game.page), `${name} at 320 px`).toEqual([]);
  expect(await game.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    320,
  );
  await game.page.setViewportSize({ width: 1280, height: 720 });
  // 200% text, as Settings' "Largest" sets it.
  const size = await game.page.evaluate(() => {
    const before = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '200%';
    return before;
  });
  await reveal();
  expect(await runAxe(game.page), `${name} at 200% text`).toEqual([]);
  expect(await game.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    1280,
  );
  await screenshot(game.page, `${SHOTS}/${name}-text-200pc.png`);
  await game.page.evaluate((before) => {
    document.documentElement.style.fontSize = before;
  }, size);
}

describe('profiles on one device', () => {
  it('two profiles cannot see each other’s plays', async () => {
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    expect(await page.locator('.player-bar').innerText()).toContain('Playing as Learner');
    await makeProfile(page, 'Ann');
    await playOneStep(page);
    await expect.poll(() => continueItems(page).count()).toBe(1);

    await makeProfile(page, 'Bea <b>bold</b>');
    // A name is text, never markup.
    expect(await page.locator('.player-bar strong').innerText()).toBe('Bea <b>bold</b>');
    expect(await continueItems(page).count()).toBe(0);
    expect(await page.locator('.continue-item').count()).toBe(0);

    await switchTo(page, 'Ann');
    await expect.poll(() => continueItems(page).count()).toBe(1);
    await page.reload();
    await page.waitForSelector('.menu');
    expect(await page.locator('.player-bar').innerText()).toContain('Ann');
    expect(await continueItems(page).count()).toBe(1);

    await openProfiles(page);
    await checkScreen(game, 'profiles');
    await page.getByRole('button', { name: 'Rename Ann' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Annie');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.player-bar').innerText()).toContain('Annie');

    // An empty name is refused with words, and no profile is made.
    const profilesBefore = await page.locator('.profile-item').count();
    await page.getByLabel('Your name', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.create-profile .warning').innerText()).toMatch(/^Use /);
    expect(await page.locator('.profile-item').count()).toBe(profilesBefore);

    // Signing out of an ordinary profile keeps it; after a reload nobody is playing yet.
    await pressButton(page, 'Sign out');
    await expect.poll(() => page.locator('.player-bar').isHidden()).toBe(true);
    await page.reload();
    await page.waitForSelector('.profile-screen');
    expect(await page.locator('#nav-menu').isHidden()).toBe(true);
    expect(await page.locator('.profile-screen').innerText()).toContain('Annie');
    await pressButton(page, 'Play as Annie');
    await page.waitForSelector('.menu');
    expect(await continueItems(page).count()).toBe(1);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('a shared-computer profile leaves nothing behind after signing out', async () => {
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    const name = 'Sam on the library PC';
    await makeProfile(page, name, true);
    await playOneStep(page);
    const before = await everyStoredRecord(page);
    const profileRecord = before.find((text) => text.includes(JSON.stringify(name)));
    const profileId = /"id":"([^"]+)"/.exec(profileRecord ?? '')?.[1];
    expect(profileId, 'the profile record holds its id').toBeTruthy();
    expect(before.filter((text) => text.includes(profileId!)).length).toBeGreaterThan(1);

    await openProfiles(page);
    await pressButton(page, 'Sign out');
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.innerText())
      .toContain('You have 1 unfinished play; signing out removes it');
    await checkScreen(game, 'sign-out-warning');
    // Focus starts on "Stay signed in": Enter there keeps everything.
    await page.keyboard.press('Enter');
    expect(await everyStoredRecord(page)).toEqual(before);

    await pressButton(page, 'Sign out');
    await pressButton(page, 'Sign out and remove it');
    await page.waitForSelector('.profile-screen');
    await expect.poll(() => page.locator('.player-bar').isHidden()).toBe(true);
    const after = await everyStoredRecord(page);
    expect(after.filter((text) => text.includes(profileId!))).toEqual([]);
    expect(after.filter((text) => text.includes(name))).toEqual([]);
    expect(await page.locator('.profile-screen').innerText()).not.toContain(name);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });
});

describe('the privacy notice and your data', () => {
  it('the privacy notice opens from the menu footer and from Settings', async () => {
    const game = await openGame(suite.browser, suite.site.url);
    const { page } = game;
    // The footer is past the whole library: a keyboard user gets there with End, then Tab.
    await page.locator('.menu-footer button').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Privacy' });
    await expect.poll(() => dialog.innerText()).toContain('Nothing is sent anywhere');
    expect(await dialog.innerText()).toContain('Anyone who has the file can read it');
    await checkScreen(game, 'privacy');
    await page.keyboard.press('Escape');
    await page.locator('#nav-settings').focus();
    await page.keyboard.press('Enter');
    await pressButton(page, 'Privacy: what is kept, and where');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Settings' }).isVisible()).toBe(true);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('export, delete everything, import: everything back; a bad file changes nothing', async () => {
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    // One finished play (its debrief read now) and one in progress.
    await startTestScenario(page);
    await playFirstChoicesToEnding(page);
    await openDebriefByKeyboard(page);
    const debriefBefore = await page.locator('.debrief').innerText();
    await page.locator('#nav-menu').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.menu');
    await playOneStep(page);
    const stepBefore = await continueStep(page);
    const finishedBefore = await finishedRecords(page);
    expect(finishedBefore).toHaveLength(1);

    await page.locator('#nav-settings').focus();
    await page.keyboard.press('Enter');
    await checkScreen(game, 'your-data', '.your-data');
    // A setting of the profile, to see it go with everything else while the dialog stays open.
    await page.getByRole('radio', { name: /^Larger/ }).check();
    const download = page.waitForEvent('download');
    await pressButton(page, 'Export everything');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^resolve-learner-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = await file.path();

    await pressButton(page, 'Delete everything…');
    const confirm = page.getByRole('dialog', { name: 'Delete everything of Learner?' });
    await expect.poll(() => confirm.innerText()).toContain('1 play in progress');
    await checkScreen(game, 'delete-everything');
    await pressButton(page, 'Delete everything');
    await expect
      .poll(() => page.locator('.data-result').innerText())
      .toContain('Everything of Learner was deleted');
    expect(await page.getByRole('radio', { name: /^Standard \(/ }).isChecked()).toBe(true);
    const empty = await everyStoredRecord(page);

    // A bad file: the store's message names the problem, and nothing changes.
    await page.locator('.your-data input[type="file"]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else"}'),
    });
    await expect
      .poll(() => page.locator('.data-result').innerText())
      .toContain('Nothing was imported');
    expect(await everyStoredRecord(page)).toEqual(empty);
    await screenshot(page, `${SHOTS}/import-refused-1280x720.png`);

    await page.locator('.your-data input[type="file"]').setInputFiles(exported);
    await expect.poll(() => page.locator('.data-result').innerText()).toMatch(/^Added /);
    // The same file again adds nothing.
    await page.locator('.your-data input[type="file"]').setInputFiles(exported);
    await expect.poll(() => page.locator('.data-result').innerText()).toMatch(/already here/);
    await page.keyboard.press('Escape');
    await page.locator('#nav-menu').isVisible();
    await page.reload();
    await page.waitForSelector('.menu');
    expect(await continueStep(page)).toEqual(stepBefore);
    expect(await finishedRecords(page)).toEqual(finishedBefore);
    await openFinishedDebrief(page);
    expect(await page.locator('.debrief').innerText()).toBe(debriefBefore);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });
});

/** Continues the test play from the menu and reads where it stands. */
async function continueStep(page: Page): Promise<{ node: string; step: number }> {
  await page.getByRole('button', { name: `Continue “${TITLE}”` }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.encounter');
  const { node, step } = await encounterState(page);
  await page.locator('#nav-menu').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.menu');
  return { node, step };
}

/** The finished plays of every profile, as stored. */
async function finishedRecords(page: Page): Promise<string[]> {
  return (await everyStoredRecord(page)).filter((text) => text.startsWith('finished ')).sort();
}

/** Opens the debrief of the one finished play from the menu's "Your results", by keyboard. */
async function openFinishedDebrief(page: Page): Promise<void> {
  await page.locator('.history-item').getByRole('button', { name: 'Open the debrief' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.debrief');
}
