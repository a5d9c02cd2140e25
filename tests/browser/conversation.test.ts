import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Scenario } from '../../src/scenario/schema.ts';
import { useBuiltSiteInChromium } from './suite.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';
import {
  analyseFirstByKeyboard,
  builtIndex,
  builtScenario,
  closeGame,
  encounterState,
  openDebriefByKeyboard,
  openGame,
  playByTitle,
  pressChoice,
  pressChoiceById,
  waitForSaved,
} from './game-helpers.ts';

const suite = useBuiltSiteInChromium();

interface Shown {
  step: number;
  heading: string;
  /** The current message as drawn, with a chat window's earlier bubbles. */
  line: string;
  interjection: string;
  /** "The conversation so far". */
  history: string[];
}

/** The conversation the page shows now, as text. */
function shownConversation(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const text = (selector: string): string =>
      (document.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      step: Number(document.querySelector<HTMLElement>('.encounter')?.dataset.step ?? -1),
      heading: text('.node .node-heading'),
      line: text('.node .line-wrap'),
      interjection: text('.node .interjection'),
      history: [...document.querySelectorAll('.history-list li')].map((item) =>
        (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    };
  });
}

/** Presses 1 until the ending, keeping what the page showed at every step. */
async function playOnRecording(page: Page, shown: Map<number, Shown>): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const now = await shownConversation(page);
    shown.set(now.step, now);
    const { kind } = await encounterState(page);
    if (kind === 'ending') return;
    if (kind === 'options') await analyseFirstByKeyboard(page);
    await pressChoice(page, 1);
  }
  throw new Error('No ending after 100 steps.');
}

/**
 * Takes the author's skilled choice here. Before the reload the play must still be running, and
 * pressing 1 cannot promise that: options are shown in the seed's order, so 1 may be a choice that
 * ends the play (the customer hangs up) within a step or two.
 */
async function pressSkilledChoice(page: Page, scenario: Scenario): Promise<void> {
  const { node } = await encounterState(page);
  const here = scenario.nodes[node];
  const skilled =
    here && 'choices' in here
      ? here.choices.find((choice) => choice.stance === 'skilled')
      : undefined;
  if (!skilled) throw new Error(`No skilled choice at "${node}" in "${scenario.id}".`);
  await pressChoiceById(page, skilled.id);
}

async function retryFrom(page: Page, which: 'first' | 'middle'): Promise<void> {
  const buttons = page.getByRole('button', { name: 'Retry from this moment' });
  const count = await buttons.count();
  expect(count).toBeGreaterThan(1);
  await buttons.nth(which === 'first' ? 0 : Math.floor(count / 2)).click();
  await page.waitForSelector('.encounter');
}

const titles = [
  ...builtIndex().scenarios.map((entry) => ({ title: entry.title, inject: false })),
  // Has every node kind, a colleague's word among them.
  { title: everyKindScenario.title, inject: true },
];

function scenarioTitled(title: string): Scenario {
  const entry = builtIndex().scenarios.find((each) => each.title === title);
  return entry ? builtScenario(entry) : everyKindScenario;
}

describe('the conversation after Continue and "Retry from this moment"', () => {
  it.each(titles)('is the one live play showed, on “$title”', async ({ title, inject }) => {
    const game = await openGame(suite.browser, suite.site.url, {
      seed: 31,
      ...(inject ? { inject: [everyKindScenario] } : {}),
    });
    const { page } = game;
    // No countdown runs out while the test reads the page.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Off: no time limits').check();
    await page.getByRole('button', { name: 'Done' }).click();
    await playByTitle(page, title);
    const scenario = scenarioTitled(title);

    const live = new Map<number, Shown>();
    for (let i = 0; i < 3; i += 1) {
      const now = await shownConversation(page);
      live.set(now.step, now);
      if ((await encounterState(page)).kind === 'options') await analyseFirstByKeyboard(page);
      await pressSkilledChoice(page, scenario);
    }
    const beforeReload = await shownConversation(page);
    live.set(beforeReload.step, beforeReload);
    await waitForSaved(page);

    await page.reload();
    await page.waitForSelector('.menu');
    await page.getByRole('button', { name: `Continue “${title}”` }).click();
    await page.waitForSelector('.encounter');
    expect(await shownConversation(page), 'after Continue').toEqual(beforeReload);

    await playOnRecording(page, live);
    await openDebriefByKeyboard(page);
    await retryFrom(page, 'middle');
    const middle = await shownConversation(page);
    expect(middle, 'after retrying from the middle').toEqual(live.get(middle.step));
    if (title === everyKindScenario.title)
      await page.screenshot({ path: 'test-results/conversation-retry.png' });

    // Retrying from the very start must not say the first line twice.
    await playOnRecording(page, live);
    await openDebriefByKeyboard(page);
    await retryFrom(page, 'first');
    const first = await shownConversation(page);
    expect(first.step).toBe(0);
    expect(first, 'after retrying from the start').toEqual(live.get(0));

    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });
});
