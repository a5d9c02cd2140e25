import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/engine/hash.ts';
import { readResultFile } from '../../src/results/read-result-file.ts';
import {
  shippedVersionsSchema,
  withShipped,
  type ShippedVersions,
} from '../../src/scenario/shipped-versions.ts';
import { consistencyWords } from '../../src/scoring/consistency.ts';
import { captureIo } from '../../src/cli/io.ts';
import { main as resolveCli } from '../../src/cli/main.ts';
import { useBuiltSiteInChromium } from './suite.ts';
import { shortKettle, shortPack, shortToaster } from './fixtures/short-plays.ts';
import { pixelSpread, runAxe, screenshot } from './page-checks.ts';
import {
  builtIndex,
  closeGame,
  DIST_CONTENT,
  indexEntryFor,
  inputOpen,
  openDebriefByKeyboard,
  openGame,
  pressButton,
  pressChoiceById,
  tabUntil,
  type GamePage,
} from './game-helpers.ts';

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';

function openWithShortPlays(viewport?: { width: number; height: number }): Promise<GamePage> {
  return openGame(suite.browser, suite.site.url, {
    inject: [shortKettle, shortToaster],
    ...(viewport ? { viewport } : {}),
    beforeLoad: async (page) => {
      await page.route('**/content/index.json', async (route) => {
        const index = builtIndex();
        index.scenarios.push(indexEntryFor(shortKettle), indexEntryFor(shortToaster));
        index.packs.push(shortPack);
        await route.fulfill({ json: index });
      });
    },
  });
}

/** What the build shipped (dist/content/versions.json), as the gradebook reads it. */
const builtVersions = (): ShippedVersions =>
  shippedVersionsSchema.parse(
    JSON.parse(readFileSync(join(DIST_CONTENT, 'versions.json'), 'utf8')),
  );

/** The download a key press starts, as text. */
async function downloadOf(page: Page, text: string): Promise<{ name: string; body: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    pressButton(page, text, { anyControl: true }),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: readFileSync(path, 'utf8') };
}

describe('results for the tutor', () => {
  it('saves a result file a gradebook finds consistent, a CSV and an evidence record', async () => {
    const game = await openWithShortPlays();
    const { page } = game;
    await pressButton(page, 'Play', { describedBy: shortKettle.title, anyControl: true });
    await page.waitForSelector('.encounter');
    await inputOpen(page);
    await pressChoiceById(page, 'acknowledge');
    await openDebriefByKeyboard(page);
    await page.waitForSelector('.results-panel');

    // A reflection written after the debrief goes into the file saved after it.
    await tabUntil(page, (focused) => focused.tag === 'TEXTAREA');
    await page.keyboard.type('I said sorry first.');
    await pressButton(page, 'Save reflection', { anyControl: true });
    await expect.poll(() => page.locator('#live-polite').textContent()).toBe('Reflection saved');

    // The name is the profile's, and the learner may change it by keyboard; none is refused.
    const name = page.getByLabel('Your name, as your tutor knows it');
    expect((await name.inputValue()).length).toBeGreaterThan(0);
    await tabUntil(page, (focused) => focused.tag === 'INPUT');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await pressButton(page, 'Save a result file for your tutor', { anyControl: true });
    await expect
      .poll(() => page.locator('.results-status').textContent())
      .toMatch(/^Your name: Use/);
    expect(await name.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.type("Sam O'Neil");

    const file = await downloadOf(page, 'Save a result file for your tutor');
    await page.setViewportSize({ width: 375, height: 667 });
    await page.locator('.results-panel').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/result-file-debrief-375x667.png`);
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(file.name).toMatch(
      /^sam-o-neil-the-quick-kettle-test-\d{4}-\d\d-\d\d\.resolve-result\.json$/,
    );
    // Short test scenarios are not in the build: with them added to the list, consistent.
    const list = withShipped(
      builtVersions(),
      [{ kind: 'scenario', id: shortKettle.id, contentHash: contentHash(shortKettle) }],
      '2026-12-02',
    );
    const read = readResultFile(file.body, { shipped: list });
    if (!read.ok) throw new Error(read.message);
    expect(consistencyWords(read.consistency)).toBe('consistent');
    expect(read.file.learnerName).toBe("Sam O'Neil");
    expect(read.file.plays[0]?.reflection?.wentWell).toBe('I said sorry first.');
    expect(read.file.plays[0]?.transcript.events).toEqual([
      { type: 'CHOOSE', choiceId: 'acknowledge' },
    ]);
    expect(
      consistencyWords(readResultFile(file.body, { shipped: builtVersions() }).consistency),
    ).toBe("tutor's own scenario");
    await expect.poll(() => page.locator('#live-polite').textContent()).toContain(file.name);
    // ---- Tutor (issue 13): the terminal check reads the file the game saved, in the same words.
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/${file.name}`, file.body);
    writeFileSync('test-results/versions-with-short-plays.json', JSON.stringify(list));
    const io = captureIo(process.cwd());
    const code = await resolveCli(
      [
        'check-results',
        '--versions',
        'test-results/versions-with-short-plays.json',
        `test-results/${file.name}`,
      ],
      io,
    );
    expect(io.out.join('\n'), io.err.join('\n')).toContain(`test-results/${file.name}: consistent`);
    expect(io.out.join('\n')).toContain("learner: Sam O'Neil");
    expect(code).toBe(0);
    // ---- end Tutor (issue 13)

    const csv = await downloadOf(page, 'Save criterion results (CSV)');
    expect(csv.name).toMatch(/\.criteria\.csv$/);
    expect(csv.body.split('\r\n')[0]).toBe(
      'Unit,Criterion,Criterion text,Status,Score,Evidence,Moments,Date,Scenario or check',
    );
    expect(csv.body).toContain('312.2.1');

    // The evidence record: axe, the page at two sizes, and printed to PDF.
    await pressButton(page, 'Evidence record', { anyControl: true });
    await page.waitForSelector('.evidence-record');
    expect(await page.locator('h1').innerText()).toBe(`Evidence record: ${shortKettle.title}`);
    const record = await page.locator('.evidence-record').innerText();
    expect(record).toContain("Sam O'Neil");
    expect(record).toContain('Unit 312 does not accept it as performance evidence');
    expect(record).toMatch(/Moment 1/);
    expect(record).toContain('I said sorry first.');
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, `${SHOTS}/evidence-record-1280x720.png`);
    await page.setViewportSize({ width: 375, height: 667 });
    await screenshot(page, `${SHOTS}/evidence-record-375x667.png`);
    expect(await runAxe(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, `${SHOTS}/evidence-record-print-1280x720.png`);
    expect(await page.locator('button:visible').count()).toBe(0);
    expect(await page.locator('.top-bar').isVisible()).toBe(false);
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/evidence-record.pdf', pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // ---- Tutor (issue 13): the printed record, rendered by poppler and read back as text.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      'test-results/evidence-record.pdf',
      `${SHOTS}/evidence-record-pdf`,
    ]);
    const rendered = readFileSync(`${SHOTS}/evidence-record-pdf-1.png`);
    expect(pixelSpread(rendered), 'the printed first page is not blank').toBeGreaterThan(20);
    const printed = execFileSync(
      'pdftotext',
      ['-layout', 'test-results/evidence-record.pdf', '-'],
      {
        encoding: 'utf8',
      },
    ).replace(/\s+/g, ' ');
    expect(printed).toContain('simulated practice and knowledge evidence');
    expect(printed).toContain('Unit 312 does not accept it as performance evidence');
    expect(printed).toMatch(/questioning and professional discussion/);
    expect(printed).toContain("Sam O'Neil");
    expect(printed).toMatch(/312\.2\.1 .*: shown \(practised in simulation\)/);
    // ---- end Tutor (issue 13)

    // Back to the debrief, then to the menu: the history opens the same record.
    await pressButton(page, 'Back', { anyControl: true });
    await page.waitForSelector('.debrief');
    await pressButton(page, 'Back to the menu', { anyControl: true });
    await page.waitForSelector('.menu');
    await pressButton(page, 'Evidence record', {
      describedBy: shortKettle.title,
      anyControl: true,
    });
    await page.waitForSelector('.evidence-record');
    expect(await page.locator('.evidence-record').innerText()).toContain('I said sorry first.');
    await pressButton(page, 'Back', { anyControl: true });
    await page.waitForSelector('.menu');
    await page.locator('.history-item').first().scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/result-file-history-1280x720.png`);
    expect(game.problems.consoleErrors).toEqual([]);
    await closeGame(game);
  });

  it('saves a pack result file from the pack summary, with every scenario of the pack', async () => {
    const game = await openWithShortPlays();
    const { page } = game;
    await pressButton(page, 'Start pack', { describedBy: shortPack.title, anyControl: true });
    await page.waitForSelector('.encounter');
    await inputOpen(page);
    await pressChoiceById(page, 'acknowledge');
    await openDebriefByKeyboard(page);
    await pressButton(page, `Next in the pack: ${shortToaster.title}`, { anyControl: true });
    await page.waitForSelector('.encounter');
    await inputOpen(page);
    await pressChoiceById(page, 'shrug');
    await openDebriefByKeyboard(page);
    await pressButton(page, 'See the pack summary', { anyControl: true });
    await page.waitForSelector('.pack-summary .results-panel');
    const file = await downloadOf(page, 'Save a result file for your tutor');
    const list = withShipped(
      builtVersions(),
      [shortKettle, shortToaster].map((scenario) => ({
        kind: 'scenario' as const,
        id: scenario.id,
        contentHash: contentHash(scenario),
      })),
      '2026-12-02',
    );
    const read = readResultFile(file.body, { shipped: list });
    if (!read.ok) throw new Error(read.message);
    expect(consistencyWords(read.consistency)).toBe('consistent');
    expect(read.file.pack).toEqual({
      id: shortPack.id,
      title: shortPack.title,
      passMark: shortPack.passMark,
    });
    expect(read.plays.map((play) => play.scenarioId)).toEqual([shortKettle.id, shortToaster.id]);
    expect(await runAxe(page)).toEqual([]);
    await page.locator('.results-panel').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/result-file-pack-summary-1280x720.png`);
    expect(game.problems.consoleErrors).toEqual([]);
    await closeGame(game);
  });
});
