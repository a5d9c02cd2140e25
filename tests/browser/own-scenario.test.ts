import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { packFragment } from '../../src/packs/pack-link.ts';
import { readResultFile } from '../../src/results/read-result-file.ts';
import { checkScenarioFile } from '../../src/scenario/check-file.ts';
import { shippedVersionsSchema } from '../../src/scenario/shipped-versions.ts';
import { consistencyWords } from '../../src/scoring/consistency.ts';
import { runAxe, screenshot } from './page-checks.ts';
import { useBuiltSiteInChromium } from './suite.ts';
import {
  closeGame,
  DIST_CONTENT,
  inputOpen,
  openDebriefByKeyboard,
  openGame,
  pressButton,
  pressChoiceById,
  tabUntil,
} from './game-helpers.ts';

/*
 * Issue 13, tutors' own scenarios, by keyboard: a broken YAML file shows the lines `resolve
 * validate` prints (file:line:col and the fix), with focus on them; a good one is kept, played to
 * the debrief, and its result file reads as "tutor's own scenario"; after a reload it is still
 * listed. The pack builder lists it; a learner without it is told how to get it.
 */

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';
const FIXTURES = join(import.meta.dirname, '../../src/game/own-scenarios/fixtures');
const BROKEN = readFileSync(join(FIXTURES, 'bakery-broken.yaml'));
const GOOD = readFileSync(join(FIXTURES, 'bakery-wrong-cake.yaml'));
const TITLE = 'The birthday cake with the wrong name';

/** Tab to "Open a scenario file", press Space, and hand the browser's file chooser the file. */
async function openScenarioFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await tabUntil(
    page,
    (focused) => focused.tag === 'INPUT' && focused.describedBy.startsWith('A .yaml or .yml'),
  );
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.keyboard.press('Space'),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/yaml', buffer });
}

const focusedMessage = (page: Page) =>
  page.evaluate(() =>
    document.activeElement?.closest('[data-own-message]')?.getAttribute('data-own-message'),
  );

describe("a tutor's own scenario", () => {
  it('is checked as resolve validate checks it, played, exported as a tutor’s own and kept', async () => {
    const game = await openGame(suite.browser, suite.site.url);
    const { page } = game;
    await page.waitForSelector('.own-scenarios');

    // A broken file: the very lines the CLI prints, focus on them, nothing kept.
    await openScenarioFile(page, 'bakery-broken.yaml', BROKEN);
    await page.waitForSelector('[data-own-message="refused"]');
    await expect.poll(() => focusedMessage(page)).toBe('refused');
    const shown = await page.locator('[data-own-message="refused"] li').allInnerTexts();
    expect(shown).toEqual(checkScenarioFile('bakery-broken.yaml', BROKEN).lines);
    expect(shown[0]).toMatch(/^bakery-broken\.yaml:52:55: error: .* \(fix: write 'listen'/);
    expect(shown[1]).toMatch(/^bakery-broken\.yaml:56:15: error: .*'put-rite'.*\(fix: /);
    await expect
      .poll(() => page.locator('#live-polite').textContent())
      .toMatch(/bakery-broken\.yaml cannot be played yet/);
    expect(await page.locator('[data-own-scenario]').count()).toBe(0);
    expect(await runAxe(page), 'menu with the error list').toEqual([]);
    await page.locator('.own-scenarios').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/own-scenario-refused-1280x720.png`);
    // Long lines wrap on a phone instead of pushing the page sideways (WCAG 1.4.10).
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.locator('[data-own-message="refused"]').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/own-scenario-refused-320x640.png`);
    await page.setViewportSize({ width: 1280, height: 720 });

    // A good file: kept and listed with Play and Remove.
    await openScenarioFile(page, 'bakery-wrong-cake.yaml', GOOD);
    await page.waitForSelector('[data-own-message="added"]');
    await expect.poll(() => focusedMessage(page)).toBe('added');
    expect(await page.locator('[data-own-scenario="bakery-wrong-cake"] h3').innerText()).toBe(
      TITLE,
    );
    expect(await runAxe(page), 'menu with an own scenario').toEqual([]);
    await page.locator('.own-scenarios').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/own-scenario-listed-1280x720.png`);

    // Played like a built-in one, to the debrief.
    await pressButton(page, 'Play', { describedBy: TITLE, anyControl: true });
    await page.waitForSelector('.encounter');
    await inputOpen(page);
    await pressChoiceById(page, 'check-slip');
    await pressChoiceById(page, 're-ice');
    await openDebriefByKeyboard(page);
    await page.waitForSelector('.results-panel');
    expect(await page.locator('h1').innerText()).toContain(TITLE);

    // Its result file carries the content, which the build does not know.
    await tabUntil(page, (focused) => focused.tag === 'INPUT');
    expect(
      await page
        .getByLabel('Your name, as your tutor knows it')
        .evaluate((node) => node === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Morwenna Tull');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressButton(page, 'Save a result file for your tutor', { anyControl: true }),
    ]);
    const body = readFileSync(await download.path(), 'utf8');
    const shipped = shippedVersionsSchema.parse(
      JSON.parse(readFileSync(join(DIST_CONTENT, 'versions.json'), 'utf8')),
    );
    const read = readResultFile(body, { shipped });
    if (!read.ok) throw new Error(read.message);
    expect(consistencyWords(read.consistency)).toBe("tutor's own scenario");
    expect(read.plays.map((play) => play.scenarioId)).toEqual(['bakery-wrong-cake']);
    expect(read.file.learnerName).toBe('Morwenna Tull');

    // Kept on the device: still listed after a reload.
    await page.goto(suite.site.url);
    await page.waitForSelector('.own-scenarios');
    expect(await page.locator('[data-own-scenario="bakery-wrong-cake"] h3').innerText()).toBe(
      TITLE,
    );
    // The history lists the play, scored again from the kept scenario, and opens its debrief.
    const row = page.locator('.history-item').filter({ hasText: TITLE });
    expect(await row.getByRole('button', { name: 'Open the debrief' }).count()).toBe(1);
    await pressButton(page, 'Open the debrief', { describedBy: TITLE, anyControl: true });
    await page.waitForSelector('.debrief');
    expect(await page.locator('h1').innerText()).toContain(TITLE);
    await pressButton(page, 'Back to the menu', { anyControl: true });
    await page.waitForSelector('.own-scenarios');

    // The pack builder lists it apart, with the note about other devices.
    await pressButton(page, 'Build a pack to share (for tutors)', { anyControl: true });
    await page.waitForSelector('.pack-builder');
    const builder = await page.locator('.pack-builder').innerText();
    expect(builder).toContain('Your own scenarios');
    expect(builder).toMatch(/works only on a device where that scenario has been opened too/);
    await page.locator('input[data-pick="bakery-wrong-cake"]').focus();
    await page.keyboard.press('Space');
    expect(await page.locator('.builder-order-name').allInnerTexts()).toEqual([TITLE]);
    expect(await runAxe(page), 'pack builder with own scenarios').toEqual([]);
    await page.locator('input[data-pick="bakery-wrong-cake"]').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/own-scenario-pack-builder-1280x720.png`);

    // A pack of it, opened where the scenario is kept: added, and started on the own scenario.
    await page.getByLabel('Title', { exact: true }).focus();
    await page.keyboard.type('Bakery week');
    await page.getByLabel('Description', { exact: true }).focus();
    await page.keyboard.type('A cake order that went wrong.');
    await pressButton(page, 'Copy link', { anyControl: true });
    const field = page.getByLabel('Pack link', { exact: true });
    await expect.poll(() => field.isVisible()).toBe(true);
    await page.goto(await field.inputValue());
    await page.waitForSelector('.shared-pack-title');
    expect(await page.locator('.shared-pack .pack-scenarios li').allInnerTexts()).toEqual([TITLE]);
    await pressButton(page, 'Add to my packs', { anyControl: true });
    await page.waitForSelector('.menu [data-added-pack]');
    await pressButton(page, 'Start pack', { describedBy: 'Bakery week', anyControl: true });
    await page.waitForSelector('.encounter');
    await inputOpen(page);
    expect(await page.locator('.encounter').innerText()).toContain('It says seventy');
    expect(game.problems.consoleErrors).toEqual([]);
    await closeGame(game);
  });

  it('a learner without it who opens a pack naming it is told how to get it', async () => {
    const pack = {
      id: 'bakery-week',
      title: 'Bakery week',
      description: 'A cake order that went wrong.',
      scenarios: ['bakery-wrong-cake'],
      passMark: 60,
    };
    const game = await openGame(suite.browser, suite.site.url);
    const { page } = game;
    await page.goto(`${suite.site.url}#${packFragment(pack)}`);
    await page.waitForSelector('.shared-pack [role=alert]');
    expect(await page.locator('.shared-pack [role=alert]').innerText()).toMatch(
      /"bakery-wrong-cake".*your tutor's own scenario, ask them for its scenario file, open it under “Your own scenarios \(for tutors\)”/s,
    );
    await screenshot(page, `${SHOTS}/own-scenario-pack-missing-1280x720.png`);
    await closeGame(game);
  });
});
