import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { scenarioSummary } from '../../src/cli/content-index.ts';
import { startSession } from '../../src/engine/session.ts';
import type { SessionEvent } from '../../src/engine/types.ts';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema.ts';
import { scoreTranscript, type Debrief } from '../../src/scoring/index.ts';
import type { TimingMode } from '../../src/scenario/pack-schema.ts';
import { watchForProblems, type PageProblems } from './page-checks.ts';

/** The built content the tests read, the same files the page fetches. */
export const DIST_CONTENT = join(import.meta.dirname, '../../dist/content');

export interface IndexEntry {
  id: string;
  title: string;
  pressure: string;
  file: string;
  [key: string]: unknown;
}

export function builtIndex(): {
  scenarios: IndexEntry[];
  packs: unknown[];
  knowledgeChecks: unknown[];
} {
  return JSON.parse(readFileSync(join(DIST_CONTENT, 'index.json'), 'utf8')) as {
    scenarios: IndexEntry[];
    packs: unknown[];
    knowledgeChecks: unknown[];
  };
}

export function builtScenario(entry: IndexEntry): Scenario {
  return scenarioSchema.parse(JSON.parse(readFileSync(join(DIST_CONTENT, entry.file), 'utf8')));
}

/** The menu's index entry for a test scenario, exactly as build-content writes it. */
export function indexEntryFor(scenario: Scenario): IndexEntry {
  return { ...scenarioSummary(scenario) };
}

export interface GamePage {
  page: Page;
  problems: PageProblems;
}

export interface OpenGameOptions {
  viewport?: { width: number; height: number; deviceScaleFactor?: number };
  /** Test scenarios served beside the built ones (through request routing: dist/ is not touched). */
  inject?: Scenario[];
  /** Raw bodies for scenario files, for content that must fail validation. */
  rawFiles?: Record<string, string>;
  reducedMotion?: boolean;
  seed?: number;
  /** Called before the page loads (to install a fake clock, say). */
  beforeLoad?: (page: Page) => Promise<void>;
  // ---- Offline web app (issue 14)
  /**
   * The built game registers a service worker (the offline web app). Blocked unless a test asks:
   * a worker answering from its cache would hide the request routing tests rely on.
   */
  serviceWorkers?: 'allow' | 'block';
  // ---- end offline web app
}

/** A fresh page (its own storage) on the built game, watched for console errors and failed requests. */
export async function openGame(
  browser: Browser,
  siteUrl: string,
  options: OpenGameOptions = {},
): Promise<GamePage> {
  const { deviceScaleFactor = 1, ...viewport } = options.viewport ?? { width: 1280, height: 720 };
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor,
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    serviceWorkers: options.serviceWorkers ?? 'block', // ---- offline web app (issue 14)
  });
  const page = await context.newPage();
  return openOn(page, siteUrl, options);
}

/** Another tab in the same browser (same storage) as `game`, on the same content. */
export async function openAnotherTab(
  game: GamePage,
  siteUrl: string,
  options: OpenGameOptions = {},
): Promise<GamePage> {
  return openOn(await game.page.context().newPage(), siteUrl, options);
}

async function openOn(page: Page, siteUrl: string, options: OpenGameOptions): Promise<GamePage> {
  const problems = watchForProblems(page);
  const injected = options.inject ?? [];
  const extraEntries = [
    ...injected.map(indexEntryFor),
    ...Object.keys(options.rawFiles ?? {}).map((file) => ({
      ...indexEntryFor(injected[0] ?? builtScenario(builtIndex().scenarios[0]!)),
      id: file.replace(/^scenarios\/|\.json$/g, ''),
      title: `Broken ${file}`,
      file,
    })),
  ];
  if (extraEntries.length) {
    await page.route('**/content/index.json', async (route) => {
      const index = builtIndex();
      index.scenarios.push(...extraEntries);
      await route.fulfill({ json: index });
    });
    for (const scenario of injected) {
      await page.route(`**/content/scenarios/${scenario.id}.json`, (route) =>
        route.fulfill({ json: scenario }),
      );
    }
    for (const [file, body] of Object.entries(options.rawFiles ?? {})) {
      await page.route(`**/content/${file}`, (route) =>
        route.fulfill({ body, contentType: 'application/json' }),
      );
    }
  }
  await options.beforeLoad?.(page);
  await page.goto(`${siteUrl}?seed=${options.seed ?? 4242}`);
  await page.waitForSelector('.menu');
  return { page, problems };
}

export async function closeGame(game: GamePage): Promise<void> {
  await game.page.context().close();
}

/** Presses Tab until the focused element passes the test; fails after `max` presses. */
export async function tabUntil(
  page: Page,
  test: (focused: { tag: string; text: string; describedBy: string }) => boolean,
  max = 250,
): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      const described = active?.getAttribute('aria-describedby');
      return {
        tag: active?.tagName ?? '',
        text: (active?.textContent ?? '').trim(),
        describedBy: described
          ? (document.getElementById(described)?.textContent ?? '').trim()
          : '',
      };
    });
    if (test(focused)) return;
  }
  throw new Error(`Tab never reached the element after ${max} presses.`);
}

/**
 * Tabs to a control by its text and presses Enter, as a keyboard user would. `describedBy` picks
 * one of several controls with the same text by the text of what describes it (a card's title);
 * buttons only unless `anyControl` (links and summaries too).
 */
export async function pressButton(
  page: Page,
  text: string | RegExp,
  options: { describedBy?: string; anyControl?: boolean; maxTabs?: number } = {},
): Promise<void> {
  const { describedBy, anyControl = false, maxTabs = 300 } = options;
  await tabUntil(
    page,
    (focused) =>
      (anyControl || focused.tag === 'BUTTON') &&
      (typeof text === 'string' ? focused.text === text : text.test(focused.text)) &&
      (describedBy === undefined || focused.describedBy.includes(describedBy)),
    maxTabs,
  );
  await page.keyboard.press('Enter');
}

/** Focuses a field by its label and types, as a keyboard user would. */
export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.type(text);
}

/** Clicks "Play" on a scenario card by its title. */
export async function playByTitle(page: Page, title: string): Promise<void> {
  await page
    .locator('.scenario-card')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) })
    .getByRole('button', { name: 'Play' })
    .click();
  await page.waitForSelector('.encounter');
  await inputOpen(page);
}

/**
 * Waits until the moment on screen takes input: after each step the game ignores the learner until
 * the new view has settled (src/game/play/encounter-model.ts, acceptsInput).
 */
export async function inputOpen(page: Page): Promise<void> {
  await page.waitForSelector('.encounter[data-input="open"]');
}

export async function encounterState(
  page: Page,
): Promise<{ node: string; kind: string; step: number; saved: number }> {
  return page.$eval('.encounter', (element) => {
    const data = (element as HTMLElement).dataset;
    return {
      node: data.node ?? '',
      kind: data.kind ?? '',
      step: Number(data.step ?? -1),
      saved: Number(data.savedStep ?? -1),
    };
  });
}

/** Waits until the encounter has saved the step it shows. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const data = document.querySelector<HTMLElement>('.encounter')?.dataset;
    return data !== undefined && data.step === data.savedStep;
  });
}

/** Waits until the stage has drawn the current customer (canvas texture or DOM portrait). */
export async function stageDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('stage')?.dataset.drawn === 'true');
}

/** Every piece of text the canvas draws now (signs, the caller ID, name tags). */
export async function canvasTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface Drawn {
      type: string;
      text?: string;
      list?: Drawn[];
    }
    const game = (
      window as unknown as {
        __resolveGame?: { scene: { getScene: (key: string) => { children: { list: Drawn[] } } } };
      }
    ).__resolveGame;
    const found: string[] = [];
    const walk = (drawn: Drawn): void => {
      if (drawn.type === 'Text' && drawn.text !== undefined) found.push(drawn.text);
      drawn.list?.forEach(walk);
    };
    game?.scene.getScene('encounter').children.list.forEach(walk);
    return found;
  });
}

/** Presses a number key and waits for the next step to show. */
export async function pressChoice(page: Page, number = 1): Promise<void> {
  await inputOpen(page);
  const before = await encounterState(page);
  await page.keyboard.press(String(number));
  await page.waitForFunction(
    (step) =>
      Number(document.querySelector<HTMLElement>('.encounter')?.dataset.step ?? step) !== step,
    before.step,
  );
}

/**
 * Takes the choice with this id by pressing the number the page shows beside it: options are shown
 * in an order drawn from the seed, so a choice's number is read, never assumed.
 */
export async function pressChoiceById(page: Page, choiceId: string): Promise<void> {
  const number = await page
    .locator(`button.choice[data-choice="${choiceId}"] .choice-number`)
    .innerText({ timeout: 5000 });
  await pressChoice(page, Number(number));
}

/**
 * At an options node, does the analysis with the keyboard as a hurried learner would: the first
 * radio button of every group (first benefit and risk as shown, "Low", "The customer").
 */
export async function analyseFirstByKeyboard(page: Page): Promise<void> {
  const groups = page.locator('fieldset.analysis-group');
  const count = await groups.count();
  for (let index = 0; index < count; index += 1) {
    await inputOpen(page);
    const before = await encounterState(page);
    await groups.nth(index).locator('input[type="radio"]').first().focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (step) =>
        Number(document.querySelector<HTMLElement>('.encounter')?.dataset.step ?? step) !== step,
      before.step,
    );
  }
}

/** Presses 1 at every step until the ending shows; calls `each` at every node first. */
export async function playFirstChoicesToEnding(
  page: Page,
  each?: (kind: string) => Promise<void>,
): Promise<string[]> {
  const kinds: string[] = [];
  for (let i = 0; i < 100; i += 1) {
    const { kind } = await encounterState(page);
    kinds.push(kind);
    await each?.(kind);
    if (kind === 'ending') return kinds;
    if (kind === 'options') await analyseFirstByKeyboard(page);
    await pressChoice(page, 1);
  }
  throw new Error('No ending after 100 steps.');
}

/** From the ending, Tab to "See your debrief" and press Enter. */
export async function openDebriefByKeyboard(page: Page): Promise<void> {
  await inputOpen(page);
  await tabUntil(page, (focused) => focused.text === 'See your debrief', 20);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.debrief');
}

/** What the engine and scoring make of "always the first choice" (and the first of every analysis list), after some opening events. */
export function expectedDebrief(options: {
  scenario: Scenario;
  seed: number;
  timing: TimingMode;
  prefix?: SessionEvent[];
}): Debrief {
  const session = startSession({
    scenario: options.scenario,
    seed: options.seed,
    timing: options.timing,
  });
  for (const event of options.prefix ?? []) session.send(event);
  for (let i = 0; i < 200 && !session.isOver(); i += 1) {
    // The same hurried analysis as analyseFirstByKeyboard.
    for (const option of session.view().analysis?.options ?? []) {
      session.send({ type: 'PICK_BENEFIT', optionId: option.id, itemId: option.benefits[0]!.id });
      session.send({ type: 'PICK_RISK', optionId: option.id, itemId: option.risks[0]!.id });
      session.send({ type: 'RATE_RISK', optionId: option.id, level: 'low' });
    }
    if (session.view().analysis) session.send({ type: 'PUT_TO', audience: 'customer' });
    const first = session.view().choices[0];
    if (!first) throw new Error(`No choice offered at ${session.view().nodeId}.`);
    session.choose(first.id);
  }
  return scoreTranscript(options.scenario, session.transcript());
}

/** The criteria the debrief page lists, with their statuses. */
export async function shownCriteria(
  page: Page,
): Promise<Record<string, { status: string; words: string }>> {
  return page.$$eval('tr[data-criterion]', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-criterion') ?? '',
        {
          status: row.getAttribute('data-status') ?? '',
          words: (row.querySelector('.status')?.textContent ?? '').trim(),
        },
      ]),
    ),
  );
}
