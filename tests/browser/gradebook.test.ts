import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { classOfResults, type ClassFile } from '../../src/results/class-of-results.ts';
import { useBuiltSiteInChromium } from './suite.ts';
import { runAxe, screenshot } from './page-checks.ts';
import { builtIndex, builtScenario, closeGame, openGame, pressButton } from './game-helpers.ts';

/*
 * Issue 13, the gradebook: a tutor imports good, tampered and damaged result files (read and
 * replayed in a worker), sees a row for each with its consistency in words, filters, downloads
 * the CSV and opens a learner's debrief and reflection. Axe at 1280 px, 320 px and 200% text.
 */

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';
const scenarios = builtIndex().scenarios.slice(0, 2).map(builtScenario);
/** 4 learners × 2 built scenarios; the 3rd and 6th files tampered (a score, then a choice). */
const files: ClassFile[] = classOfResults({ scenarios, learners: 4, tamperEvery: 3, seed: 5 });
const NOT_JSON = {
  name: 'notes.resolve-result.json',
  mimeType: 'application/json',
  buffer: Buffer.from('Dear tutor, here is my work'),
};

/** Scrolled to, and drawn: sections off screen are drawn only once they come into view. */
async function showAndShoot(page: Page, selector: string, path: string): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.locator(selector).scrollIntoViewIfNeeded();
  await screenshot(page, path);
}

const asUpload = (file: ClassFile) => ({
  name: file.name,
  mimeType: 'application/json',
  buffer: Buffer.from(file.text),
});

/** From the menu, by keyboard, to the gradebook; then the files chosen in its picker. */
async function importClass(
  page: Page,
  uploads: Parameters<Page['setInputFiles']>[1],
): Promise<void> {
  await pressButton(page, "Gradebook: import learners' results (for tutors)");
  await page.waitForSelector('.gradebook');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  const count = Array.isArray(uploads) ? uploads.length : 1;
  await page.getByLabel('Choose result files', { exact: true }).setInputFiles(uploads);
  await page.waitForSelector(`.gradebook[data-imported="${count}"]`);
}

const rowTexts = (page: Page) =>
  page.$$eval('.gradebook-files tbody tr', (rows) =>
    rows.map((row) => ({
      name: row.querySelector('.gradebook-name')?.textContent ?? '',
      file: row.querySelector('.gradebook-file')?.textContent ?? '',
      consistency: row.querySelector('.consistency')?.textContent ?? '',
      details: row.querySelector('.consistency-details')?.textContent ?? '',
    })),
  );

describe('the gradebook', () => {
  it('imports good, tampered and damaged files, filters, saves a CSV and opens a learner', async () => {
    expect(files.map((file) => file.tampered)).toEqual([
      null,
      null,
      'edited-score',
      null,
      null,
      'edited-choice',
      null,
      null,
    ]);
    const game = await openGame(suite.browser, suite.site.url);
    const { page } = game;
    await importClass(page, [...files.map(asUpload), NOT_JSON]);
    await expect
      .poll(() => page.locator('.gradebook-progress').innerText())
      .toBe('Read 9 files: 6 consistent, 3 not consistent.');
    const rows = await rowTexts(page);
    expect(rows).toHaveLength(9);
    expect(rows.filter((row) => row.consistency === 'consistent')).toHaveLength(6);
    const byFile = (name: string) => rows.find((row) => row.file === name);
    expect(byFile(files[2]!.name)?.consistency).toBe(
      'not consistent: a stored score differs from the replay',
    );
    expect(byFile(files[2]!.name)?.details).toMatch(/stored overall \d+, replay \d+/);
    expect(byFile(files[5]!.name)?.consistency).toBe(
      'not consistent: a recorded choice cannot have been made in this scenario',
    );
    expect(byFile(NOT_JSON.name)).toMatchObject({
      name: 'File that cannot be read',
      consistency: 'not consistent: the file is damaged',
    });
    expect(byFile(NOT_JSON.name)?.details).toMatch(
      /^notes\.resolve-result\.json: The file is not complete JSON/,
    );
    expect(await page.locator('.gradebook').textContent()).not.toMatch(/verified/i);
    // Statuses are words in every criterion cell.
    const cells = await page.locator('.gradebook-table td[data-criterion]').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells)
      expect(cell).toMatch(/(shown|partly shown|not shown|no chance to come up|no result)$/);
    expect(await page.locator('.class-summary-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.class-summary-host').textContent()).toContain(
      'Counted: 4 learners (6 files). Left out: 3 not consistent files.',
    );
    expect(await runAxe(page), 'gradebook at 1280').toEqual([]);
    await screenshot(page, `${SHOTS}/gradebook-1280x720.png`);
    await showAndShoot(page, '.gradebook-files', `${SHOTS}/gradebook-files-1280x720.png`);
    await showAndShoot(page, '.gradebook-table', `${SHOTS}/gradebook-table-1280x720.png`);
    await showAndShoot(page, '.class-chart', `${SHOTS}/gradebook-summary-1280x720.png`);

    // Filter by consistency by keyboard: only the three not consistent stay.
    await page.getByLabel('Consistency', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.locator('.gradebook .result-count').textContent())
      .toBe('Showing 3 of 9 results.');
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.locator('.gradebook .result-count').textContent())
      .toBe('Showing all 9 results.');
    await page.getByLabel('Learner or file name', { exact: true }).focus();
    await page.keyboard.type(files[0]!.learnerName);
    await expect
      .poll(() => page.locator('.gradebook .result-count').textContent())
      .toBe('Showing 2 of 9 results.');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');

    // The CSV: a line per file, the consistency and statuses in words.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressButton(page, 'Download CSV'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^gradebook-\d{4}-\d\d-\d\d\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^Learner,File,Pack,Group,Scenarios and checks,Consistency,Details,/);
    expect(csv).toHaveLength(11);
    expect(csv.filter((line) => line.includes(',consistent,'))).toHaveLength(6);
    expect(csv.join('\n')).toContain('not consistent: the file is damaged');

    // Open a consistent learner: the replayed debrief, the reflection, and back.
    const first = files[0]!;
    await pressButton(page, 'Open', { describedBy: first.learnerName });
    await page.waitForSelector('.gradebook-learner');
    expect(await page.locator('h1').innerText()).toBe(
      `${first.learnerName}: ${scenarios[0]!.title}`,
    );
    const view = await page.locator('.gradebook-learner').innerText();
    expect(view).toContain('This play: consistent');
    expect(view).toContain(`${first.learnerName.split(' ')[0]} kept calm.`);
    expect(view).toContain('Check the facts before offering anything.');
    expect(view).toMatch(/Moment 1/);
    expect(
      await page
        .locator('.gradebook-learner button', { hasText: 'Retry from this moment' })
        .count(),
    ).toBe(0);
    expect(await page.locator('.gradebook-learner button', { hasText: 'Play again' }).count()).toBe(
      0,
    );
    expect(await runAxe(page), 'a learner opened').toEqual([]);
    await screenshot(page, `${SHOTS}/gradebook-learner-1280x720.png`);
    await pressButton(page, 'Back to the gradebook');
    await page.waitForSelector('.gradebook-table');
    expect(await page.locator('.gradebook-files tbody tr').count()).toBe(9);
    expect(await page.locator('.gradebook-table tbody tr').count()).toBe(4);

    // A file dropped on the drop zone joins the others.
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([text], 'dropped.resolve-result.json', { type: 'application/json' }),
      );
      document
        .querySelector('.drop-zone')
        ?.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    }, files[1]!.text);
    await page.waitForSelector('.gradebook[data-imported="10"]');
    await expect
      .poll(() => page.locator('.gradebook-progress').textContent())
      .toBe('Read 10 files: 7 consistent, 3 not consistent.');
    expect(
      await page
        .locator('.gradebook-files tbody tr')
        .last()
        .locator('.gradebook-file')
        .textContent(),
    ).toBe('dropped.resolve-result.json');
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });

  it('says so when the list of shipped versions cannot be fetched, and reads nothing', async () => {
    const game = await openGame(suite.browser, suite.site.url, {
      beforeLoad: async (page) => {
        await page.route('**/content/versions.json', (route) => route.abort());
      },
    });
    const { page } = game;
    await pressButton(page, "Gradebook: import learners' results (for tutors)");
    await page.waitForSelector('.gradebook');
    await page
      .getByLabel('Choose result files', { exact: true })
      .setInputFiles(files.slice(0, 2).map(asUpload));
    await page.waitForSelector('.gradebook [role=alert]:not([hidden])');
    expect(await page.locator('.gradebook [role=alert]').innerText()).toMatch(
      /content\/versions\.json\) did not load, so no result can be checked .* Reload the page and import the files again\./,
    );
    expect(await page.locator('.gradebook-files tbody tr').count()).toBe(0);
    expect(game.problems.consoleErrors).toEqual([]);
    await closeGame(game);
  });

  for (const { label, viewport, textSize } of [
    { label: '320x568', viewport: { width: 320, height: 568 }, textSize: null },
    { label: 'text-200pc', viewport: { width: 1280, height: 720 }, textSize: 'Largest (200%)' },
  ]) {
    it(`passes axe and reflows at ${label}`, async () => {
      const game = await openGame(suite.browser, suite.site.url, { viewport });
      const { page } = game;
      if (textSize) {
        await pressButton(page, 'Settings');
        await page.getByLabel(textSize).focus();
        await page.keyboard.press('Space');
        await pressButton(page, 'Done');
      }
      await importClass(page, files.slice(0, 4).map(asUpload));
      expect(await runAxe(page), `gradebook at ${label}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await showAndShoot(page, '.gradebook-table', `${SHOTS}/gradebook-${label}.png`);
      await showAndShoot(page, '.class-chart', `${SHOTS}/gradebook-summary-${label}.png`);
      await closeGame(game);
    });
  }
});
