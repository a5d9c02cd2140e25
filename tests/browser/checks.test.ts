import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { knowledgeCheckSchema, type KnowledgeCheck } from '../../src/scenario/pack-schema.ts';
import { picksOf } from '../../src/engine/check-session.ts';
import { useBuiltSiteInChromium } from './suite.ts';
import { runAxe, screenshot } from './page-checks.ts';
import {
  builtIndex,
  closeGame,
  DIST_CONTENT,
  indexEntryFor,
  openDebriefByKeyboard,
  openGame,
  playFirstChoicesToEnding,
  tabUntil,
} from './game-helpers.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';

const suite = useBuiltSiteInChromium();
const SHOTS = 'test-results/screenshots';
const CHECK_TITLE = 'Regulated sectors, personal data and unusual situations';
const check: KnowledgeCheck = knowledgeCheckSchema.parse(
  JSON.parse(readFileSync(join(DIST_CONTENT, 'checks/check-regulated-sectors.json'), 'utf8')),
);
/** A fixed day, so what is due does not depend on when the test runs. */
const MORNING = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    return { value: active?.value ?? '', label: active?.getAttribute('aria-label') ?? '' };
  });

/** Opens a check from the menu's Knowledge checks section, by keyboard. */
async function startCheckByKeyboard(page: Page, title: string): Promise<void> {
  await tabUntil(page, (f) => f.text === 'Start check' && f.describedBy === title);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.check-question');
}

async function submitAndContinue(page: Page): Promise<string> {
  await tabUntil(page, (f) => f.text === 'Check my answer');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.check-feedback');
  return (await page.locator('.check-feedback h2').textContent()) ?? '';
}

async function next(page: Page): Promise<void> {
  await tabUntil(page, (f) => f.text === 'Next question' || f.text === 'See your score');
  await page.keyboard.press('Enter');
}

/** Tabs into the radio group, then arrows to the answer with this id (arrows pick as they move). */
async function pickByKeyboard(page: Page, answerId: string): Promise<void> {
  await tabUntil(page, () => true, 1);
  for (let tries = 0; tries < 8 && (await focused(page)).value !== answerId; tries += 1)
    await page.keyboard.press('ArrowDown');
  expect((await focused(page)).value).toBe(answerId);
  await page.keyboard.press('Space');
}

/** Puts the steps in the authored order with Move up only: each step up to its place in turn. */
async function orderByKeyboard(page: Page, steps: readonly { id: string; text: string }[]) {
  for (const [place, step] of steps.entries()) {
    const now = await page
      .locator('.order-step')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.step));
    const at = now.indexOf(step.id);
    if (at === place) continue;
    for (let tries = 0; (await focused(page)).label !== `Move up: ${step.text}`; tries += 1) {
      if (tries > 60) throw new Error(`Tab never reached Move up on “${step.text}”`);
      await page.keyboard.press('Tab');
    }
    for (let moves = at; moves > place; moves -= 1) await page.keyboard.press('Enter');
    // Each move is said aloud, with the step's new place.
    await expect
      .poll(() => page.locator('#live-polite').textContent())
      .toBe(`“${step.text}” moved to place ${place + 1} of ${steps.length}.`);
  }
}

/** The question on screen, found by its number in the check. */
async function currentQuestion(page: Page) {
  const heading = (await page.locator('.check-question h2').textContent()) ?? '';
  return check.questions[Number(/Question (\d+)/.exec(heading)?.[1]) - 1]!;
}

async function answerCurrent(page: Page, right: boolean): Promise<string> {
  const question = await currentQuestion(page);
  if (question.kind === 'order') {
    if (right) await orderByKeyboard(page, question.steps);
  } else {
    const picks = picksOf(question);
    const pick = picks.find((each) => each.right === right) ?? picks[0]!;
    await pickByKeyboard(page, pick.id);
  }
  return submitAndContinue(page);
}

describe('knowledge checks', () => {
  it('plays a check by keyboard: choose, order and spot, feedback with sources, the score; Revise now after a reload', async () => {
    const game = await openGame(suite.browser, suite.site.url, {
      beforeLoad: (page) => page.clock.setFixedTime(MORNING),
    });
    const { page } = game;
    await page.waitForSelector('.checks');
    await startCheckByKeyboard(page, CHECK_TITLE);
    expect(await runAxe(page), 'a choose question').toEqual([]);
    await screenshot(page, `${SHOTS}/checks-question-1280x720.png`);

    // The first question (choose), answered right; its feedback names its sources.
    expect(await answerCurrent(page, true)).toMatch(/Right$/);
    const sources = (await page.locator('.check-sources').textContent()) ?? '';
    expect(sources).toContain(`Criterion ${check.questions[0]!.criteria[0]}`);
    expect(sources).toMatch(/Law law\.fca\.src: /);
    expect(await runAxe(page), 'feedback').toEqual([]);
    await screenshot(page, `${SHOTS}/checks-feedback-1280x720.png`);
    await next(page);

    for (let number = 2; number <= check.questions.length; number += 1) {
      const kind = check.questions[number - 1]!.kind;
      await page.waitForSelector(`.check-question h2:text("Question ${number} of")`);
      if (kind === 'order' && (await page.locator('.order-step').count()) > 0) {
        expect(await runAxe(page), 'an order question').toEqual([]);
        await screenshot(page, `${SHOTS}/checks-order-1280x720.png`);
      }
      // Every other question right, and every order and spot question right.
      const verdict = await answerCurrent(page, kind !== 'choose' || number % 2 === 1);
      if (kind !== 'choose') expect(verdict, `${kind} question ${number}`).toMatch(/Right$/);
      if (kind === 'spot-misconception')
        expect(await page.locator('.check-sources').textContent()).toContain('Common mistake');
      await next(page);
    }

    await page.waitForSelector('.check-result');
    const result = (await page.locator('.check-result').textContent()) ?? '';
    expect(result).toMatch(
      new RegExp(`You answered \\d+ of ${check.questions.length} questions correctly: \\d+%`),
    );
    expect(result).toContain('knowledge evidence');
    await expect.poll(() => page.locator('.check-result').textContent()).toContain('saved');
    expect(await runAxe(page), 'the score').toEqual([]);
    await screenshot(page, `${SHOTS}/checks-score-1280x720.png`);

    // A day later every question answered is due.
    await page.clock.setFixedTime(new Date(MORNING.getTime() + DAY));
    await page.reload();
    await page.waitForSelector('.checks');
    const revise = (await page.locator('.revise-now').textContent()) ?? '';
    expect(revise).toContain(`Due now: ${check.questions.length} questions`);
    expect(await runAxe(page), 'the menu with Revise now').toEqual([]);
    await page.locator('.checks').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/checks-menu-1280x720.png`);
    await page.setViewportSize({ width: 375, height: 667 });
    await page.locator('.revise-now').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/checks-menu-375x667.png`);
    await tabUntil(page, (f) => f.text === 'Revise now');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.check-question h2:text("Question 1 of 10")');
    expect(game.problems.consoleErrors).toEqual([]);
    await closeGame(game);
  });

  it("comes after the scenarios of a pack, and leads on to the pack's next check", async () => {
    const pack = {
      id: 'pack-with-checks',
      title: 'A pack with checks',
      description: 'One scenario, then two knowledge checks.',
      scenarios: [everyKindScenario.id],
      knowledgeChecks: ['check-regulated-sectors', 'check-complaints-basics'],
      passMark: 60,
    };
    const game = await openGame(suite.browser, suite.site.url, {
      beforeLoad: async (page) => {
        await page.route('**/content/index.json', (route) => {
          const index = builtIndex();
          index.scenarios.push(indexEntryFor(everyKindScenario));
          index.packs.push(pack);
          return route.fulfill({ json: index });
        });
        await page.route(`**/content/scenarios/${everyKindScenario.id}.json`, (route) =>
          route.fulfill({ json: everyKindScenario }),
        );
      },
    });
    const { page } = game;
    await tabUntil(page, (f) => f.text === 'Start pack' && f.describedBy === pack.title);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.encounter');
    await playFirstChoicesToEnding(page);
    await openDebriefByKeyboard(page);
    await tabUntil(page, (f) => f.text === `Next in the pack: ${CHECK_TITLE}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.check-question');
    while (!(await page.locator('.check-result').count())) {
      await answerCurrent(page, true);
      await next(page);
      await page.waitForSelector('.check-question, .check-result');
    }
    await tabUntil(page, (f) => f.text.startsWith('Next in the pack: Complaints basics'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('.check-question h2:text("Question 1 of")');
    expect(await page.locator('h1').textContent()).toContain('Complaints basics');
    expect(game.problems.consoleErrors).toEqual([]);
    await closeGame(game);
  });

  for (const { label, viewport, textSize } of [
    { label: '320x568', viewport: { width: 320, height: 568 }, textSize: null },
    {
      label: '1280x720-text-200pc',
      viewport: { width: 1280, height: 720 },
      textSize: 'Largest (200%)',
    },
    { label: '375x667', viewport: { width: 375, height: 667 }, textSize: null },
  ]) {
    it(`has no axe violations and no sideways scrolling at ${label}`, async () => {
      const game = await openGame(suite.browser, suite.site.url, { viewport });
      const { page } = game;
      if (textSize) {
        await page.getByRole('button', { name: 'Settings' }).click();
        await page.getByLabel(textSize).check();
        await page.getByRole('button', { name: 'Done' }).click();
      }
      const noSidewaysScroll = async (where: string) =>
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          where,
        ).toBeLessThanOrEqual(viewport.width);
      await startCheckByKeyboard(page, CHECK_TITLE);
      // Straight to an order question: every choose before it answered.
      while ((await currentQuestion(page)).kind !== 'order') {
        await answerCurrent(page, true);
        await next(page);
        await page.waitForSelector('.check-question');
      }
      await noSidewaysScroll('order question');
      expect(await runAxe(page), 'order question').toEqual([]);
      await screenshot(page, `${SHOTS}/checks-order-${label}.png`);
      await answerCurrent(page, false);
      await noSidewaysScroll('feedback');
      expect(await runAxe(page), 'feedback').toEqual([]);
      await screenshot(page, `${SHOTS}/checks-feedback-${label}.png`);
      await closeGame(game);
    });
  }
});
