import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/bench/browser/chromium.ts';
import { objectiveIdOf } from '../../src/lms/objective-id.ts';
import { EXTENSIONS, RESUME_STATE_ID, SENT_STATE_ID } from '../../src/lms/cmi5/statements.ts';
import { readResumeData } from '../../src/lms/resume.ts';
import { packSchema, type Pack } from '../../src/scenario/pack-schema.ts';
import type { CriterionId } from '../../src/curriculum/ids.ts';
import {
  COURSE_PATH,
  launchAu,
  servePackage,
  type Cmi5Launch,
  type PackageSite,
} from './fixtures/cmi5-lms.ts';
import { startLrs, type LrsServer, type StoredStatement } from './fixtures/lrs-server.ts';
import {
  builtIndex,
  builtScenario,
  expectedDebrief,
  analyseFirstByKeyboard,
  encounterState,
  inputOpen,
  openDebriefByKeyboard,
  playFirstChoicesToEnding,
  pressChoice,
  tabUntil,
  waitForSaved,
} from './game-helpers.ts';
import { runAxe, screenshot, watchForProblems, type PageProblems } from './page-checks.ts';
import { serveBuiltSite } from './site.ts';

/*
 * Issue 14, cmi5: the built game as a cmi5 package, launched as an LMS launches it, against an
 * LRS on a loopback port that validates every statement. The test sends "launched" and writes
 * LMS.LaunchData; the game sends the rest while a learner plays the pack's scenario by keyboard.
 * Then the statements are read back from the LRS: their order, verbs, results and extensions.
 */

const SHOTS = 'test-results/screenshots';
const SEED = 4242;
const SCENARIO_ID = 'energy-catch-up-bill';
const MASTERY = 0.6;

// A built-in pack cut to one scenario and no check, without a countdown, so one keyboard play
// completes it and nothing depends on the machine's speed.
const starter = packSchema.parse(
  (builtIndex().packs as Pack[]).find((pack) => pack.id === 'starter-complaints'),
);
const pack: Pack = {
  ...starter,
  scenarios: [SCENARIO_ID],
  knowledgeChecks: [],
  settings: { ...starter.settings, timing: 'off' },
};
const scenario = builtScenario(builtIndex().scenarios.find((entry) => entry.id === SCENARIO_ID)!);

const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

// The web build's offline worker is no part of a package (resolve package builds without it);
// the copy of dist here may hold one, so the browser never runs it.
const CONTEXT = { reducedMotion: 'reduce', serviceWorkers: 'block' } as const;

let lrs: LrsServer;
let site: PackageSite;
let browser: Browser;

beforeAll(async () => {
  lrs = await startLrs();
  site = await servePackage(
    { format: 'cmi5', pack, appVersion: '0.1.0', builtAt: new Date().toISOString() },
    lrs.origin,
  );
  lrs.allowOrigin(new URL(site.url).origin);
  browser = await launchChromium();
});

// What the LRS refused during the test at hand (one test makes it refuse on purpose).
let refusalsBefore = 0;
beforeEach(() => {
  refusalsBefore = lrs.refusals.length;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await lrs?.close();
});

/** The LRS's statements for a registration, oldest first, read back through the xAPI. */
async function statementsOf(registration: string): Promise<StoredStatement[]> {
  const query = new URLSearchParams({ registration, ascending: 'true' });
  const response = await fetch(`${lrs.endpoint}statements?${query}`, {
    headers: { Authorization: lrs.lmsAuthorization, 'X-Experience-API-Version': '1.0.3' },
  });
  return ((await response.json()) as { statements: StoredStatement[] }).statements;
}

const verbsOf = (statements: StoredStatement[]) =>
  statements.map((statement) => statement.verb.id.replace(/^.*\//, ''));

interface Shape {
  object: { id: string; definition?: { type?: string; interactionType?: string } };
  result?: {
    response?: string;
    success?: boolean;
    completion?: boolean;
    duration?: string;
    score?: { scaled: number; raw?: number; min?: number; max?: number };
    extensions?: Record<string, unknown>;
  };
  context: {
    registration: string;
    contextActivities?: { category?: { id: string }[]; parent?: { id: string }[] };
    extensions?: Record<string, unknown>;
  };
}
const shape = (statement: StoredStatement) => statement as unknown as Shape;

/** The scenario's choices and overall score when the learner always takes the first option. */
function firstChoicesPlay() {
  const debrief = expectedDebrief({ scenario, seed: SEED, timing: 'off' });
  return {
    choices: debrief.moments.filter(
      (moment) => moment.kind === 'choice' && moment.chosen.id !== null,
    ),
    overall: debrief.overall!,
  };
}

/** Opens the launch URL in a context (a fresh one unless given) and waits for the scenario. */
async function openLaunch(launch: Cmi5Launch, context?: BrowserContext) {
  const ownContext =
    context ?? (await browser.newContext({ ...CONTEXT, viewport: { width: 1280, height: 720 } }));
  const page = await ownContext.newPage();
  const problems = watchForProblems(page);
  await page.goto(`${launch.url}&seed=${SEED}`);
  await page.waitForSelector('.encounter');
  await inputOpen(page);
  return { context: ownContext, page, problems };
}

/** How many answered statements the game's sent-record state document lists. */
async function sentAnsweredOf(launch: Cmi5Launch): Promise<number> {
  const query = new URLSearchParams({
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
    stateId: SENT_STATE_ID,
  });
  const response = await fetch(`${lrs.endpoint}activities/state?${query}`, {
    headers: { Authorization: lrs.lmsAuthorization, 'X-Experience-API-Version': '1.0.3' },
  });
  if (!response.ok) return -1;
  return ((await response.json()) as { answered: string[] }).answered.length;
}

/** The node the resume data the LRS holds for this registration would reopen. */
async function resumeNodeOf(launch: Cmi5Launch): Promise<string | undefined> {
  const query = new URLSearchParams({
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
    stateId: RESUME_STATE_ID,
  });
  const response = await fetch(`${lrs.endpoint}activities/state?${query}`, {
    headers: { Authorization: lrs.lmsAuthorization, 'X-Experience-API-Version': '1.0.3' },
  });
  if (!response.ok) return undefined;
  const { resume } = (await response.json()) as { resume: string };
  const read = readResumeData(resume, scenario);
  return read.ok ? read.session.view().nodeId : undefined;
}

/** The learner leaves the page; waits until the LRS has the session's "terminated". */
async function leave(page: Page, launch: Cmi5Launch, problems: PageProblems): Promise<void> {
  const terminations = async () =>
    (await statementsOf(launch.registration)).filter(
      (statement) =>
        statement.verb.id === VERB('terminated') &&
        shape(statement).context.extensions?.[SESSION_ID] === launch.sessionId,
    ).length;
  const before = problems.failedRequests.length;
  await page.goto('about:blank');
  await expect.poll(terminations, { timeout: 30_000 }).toBe(1);
  forgiveLeavingRequests(problems, before);
}

/**
 * What the page sends with keepalive as it goes (terminated, the last state documents) reaches
 * the LRS, which the tests check, but the page that sent it may report it aborted: those reports,
 * and only those made after `from`, are not problems.
 */
function forgiveLeavingRequests(problems: PageProblems, from: number): void {
  const kept = problems.failedRequests.filter(
    (failed, index) =>
      index < from || !failed.startsWith(lrs.endpoint) || !failed.endsWith('(net::ERR_ABORTED)'),
  );
  problems.failedRequests.splice(0, problems.failedRequests.length, ...kept);
}

/** Waits until the LRS holds a statement with this verb for the registration. */
async function lrsHas(launch: Cmi5Launch, verb: string, count = 1): Promise<void> {
  await expect
    .poll(
      async () =>
        verbsOf(await statementsOf(launch.registration)).filter((name) => name === verb).length,
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(count);
}

describe('a cmi5 package', () => {
  it('bundles one copy of the xAPI client, in a chunk of its own that the main script does not hold', () => {
    const assets = join(import.meta.dirname, '../../dist/assets');
    const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
    // The xAPI client class sets this header once in its constructor.
    const clients = scripts.filter((file) =>
      /['"]X-Experience-API-Version['"]\s*:\s*[a-z]/.test(readFileSync(join(assets, file), 'utf8')),
    );
    expect(clients).toHaveLength(1);
    expect(clients[0]).not.toMatch(/^index-/);
  });

  it('loads no cmi5 code in the plain web build', async () => {
    const web = await serveBuiltSite();
    const context = await browser.newContext(CONTEXT);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(web.url);
    await page.waitForSelector('.menu');
    await context.close();
    await web.close();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => /cmi5/i.test(url))).toEqual([]);
  });

  it('reports a keyboard play to the LRS: launched, initialized, answered per choice, passed or failed, completed, terminated last', async () => {
    const launch = await launchAu(lrs, site.url, {
      masteryScore: MASTERY,
      moveOn: 'CompletedAndPassed',
    });
    const context = await browser.newContext({
      ...CONTEXT,
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${launch.url}&seed=${SEED}`);

    // The package opens its pack's scenario straight away; the learner plays it by keyboard.
    await page.waitForSelector('.encounter');
    await inputOpen(page);
    await playFirstChoicesToEnding(page);
    await screenshot(page, `${SHOTS}/cmi5-ending-1280x720.png`);
    await expect
      .poll(async () => verbsOf(await statementsOf(launch.registration)), { timeout: 30_000 })
      .toContain('completed');

    // The learner leaves: the page's going sends "terminated".
    const beforeLeaving = problems.failedRequests.length;
    await page.goto('about:blank');
    await expect
      .poll(async () => verbsOf(await statementsOf(launch.registration)).at(-1), {
        timeout: 30_000,
      })
      .toBe('terminated');
    await context.close();

    forgiveLeavingRequests(problems, beforeLeaving);
    expect(lrs.refusals.slice(refusalsBefore)).toEqual([]);
    expect(scripts.some((url) => /Cmi5/.test(url))).toBe(true);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);

    const statements = await statementsOf(launch.registration);
    const debrief = expectedDebrief({ scenario, seed: SEED, timing: 'off' });
    const choices = debrief.moments.filter(
      (moment) => moment.kind === 'choice' && moment.chosen.id !== null,
    );
    const overall = debrief.overall!;
    const verdict = overall / 100 >= MASTERY ? 'passed' : 'failed';
    expect(verbsOf(statements)).toEqual([
      'launched',
      'initialized',
      ...choices.map(() => 'answered'),
      verdict,
      'completed',
      'terminated',
    ]);

    // Every statement of the AU carries the session id the LMS gave, and the registration.
    for (const statement of statements.slice(1)) {
      expect(shape(statement).context.extensions?.[SESSION_ID]).toBe(launch.sessionId);
      expect(shape(statement).context.registration).toBe(launch.registration);
      expect(statement.actor).toEqual(launch.actor);
    }

    const answered = statements.filter((statement) => statement.verb.id === VERB('answered'));
    answered.forEach((statement, index) => {
      const moment = choices[index]!;
      const { object, result, context: ctx } = shape(statement);
      expect(object.id).toBe(
        `${launch.activityId}/scenario/${SCENARIO_ID}/node/${encodeURIComponent(moment.nodeId)}`,
      );
      expect(object.definition).toMatchObject({
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
      });
      expect(result?.response).toBe(moment.chosen.id);
      if (moment.best.id === null) expect(result).not.toHaveProperty('success');
      else expect(result?.success).toBe(moment.tookBest);
      expect(result?.extensions?.[EXTENSIONS.techniques]).toEqual(Object.keys(moment.techniques));
      expect(result?.extensions?.[EXTENSIONS.criteria]).toEqual(
        (Object.keys(moment.criteria) as CriterionId[]).map((criterion): unknown =>
          expect.objectContaining({ criterion, objective: objectiveIdOf(criterion) }),
        ),
      );
      expect(result?.extensions?.[EXTENSIONS.scenario]).toBe(SCENARIO_ID);
      expect(result?.extensions?.[EXTENSIONS.node]).toBe(moment.nodeId);
      // "cmi5 allowed" statements never carry the cmi5 category.
      expect(ctx.contextActivities?.category ?? []).not.toContainEqual({ id: CMI5 });
    });

    const judged = shape(statements.find((statement) => statement.verb.id === VERB(verdict))!);
    expect(judged.object.id).toBe(launch.activityId);
    expect(judged.result?.success).toBe(verdict === 'passed');
    expect(judged.result?.score?.scaled).toBeCloseTo(overall / 100, 4);
    expect(judged.result?.duration).toMatch(/^PT/);
    expect(
      judged.context.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'],
    ).toBe(MASTERY);
    expect(judged.context.contextActivities?.category).toEqual(
      expect.arrayContaining([{ id: CMI5 }, { id: MOVE_ON }]),
    );

    const completed = shape(
      statements.find((statement) => statement.verb.id === VERB('completed'))!,
    );
    expect(completed.result).toMatchObject({ completion: true });
    expect(completed.result?.duration).toMatch(/^PT/);
    expect(completed.result).not.toHaveProperty('score');

    const terminated = shape(statements.at(-1)!);
    expect(terminated.object.id).toBe(launch.activityId);
    expect(terminated.result?.duration).toMatch(/^PT/);
    expect(terminated.context.contextActivities?.category).toEqual([{ id: CMI5 }]);

    // For the report: what the LRS recorded for this play, and one answered statement whole.
    console.info(JSON.stringify(answered[0]));
    console.info(
      statements
        .map((statement) => {
          const { object, result } = shape(statement);
          const detail =
            statement.verb.id === VERB('answered')
              ? `${object.id.replace(launch.activityId, '…')} response=${result?.response} success=${String(result?.success)}`
              : result?.score
                ? `score=${JSON.stringify(result.score)}`
                : (result?.duration ?? '');
          return `${verbsOf([statement])[0]} ${detail}`;
        })
        .join('\n'),
    );
  });
  it('lets the LMS’s masteryScore win over the pack’s pass mark: the same play passes when mastery is its score', async () => {
    const { choices, overall } = firstChoicesPlay();
    expect(overall).toBeLessThan(pack.passMark); // the pack alone would call this a fail
    const launch = await launchAu(lrs, site.url, { masteryScore: overall / 100, moveOn: 'Passed' });
    const { context, page, problems } = await openLaunch(launch);
    await playFirstChoicesToEnding(page);
    await lrsHas(launch, 'completed');
    await leave(page, launch, problems);
    await context.close();
    const statements = await statementsOf(launch.registration);
    expect(verbsOf(statements)).toEqual([
      'launched',
      'initialized',
      ...choices.map(() => 'answered'),
      'passed',
      'completed',
      'terminated',
    ]);
    const passed = shape(statements.find((statement) => statement.verb.id === VERB('passed'))!);
    expect(passed.result).toMatchObject({ success: true, score: { scaled: overall / 100 } });
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    expect(lrs.refusals.slice(refusalsBefore)).toEqual([]);
  });

  it('in Review mode sends its answers but never passed, failed or completed (cmi5 10.0)', async () => {
    const { choices } = firstChoicesPlay();
    const launch = await launchAu(lrs, site.url, { launchMode: 'Review', masteryScore: 0 });
    const { context, page, problems } = await openLaunch(launch);
    await playFirstChoicesToEnding(page);
    await lrsHas(launch, 'answered', choices.length);
    await leave(page, launch, problems);
    await context.close();
    expect(verbsOf(await statementsOf(launch.registration))).toEqual([
      'launched',
      'initialized',
      ...choices.map(() => 'answered'),
      'terminated',
    ]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    expect(lrs.refusals.slice(refusalsBefore)).toEqual([]);
  });

  it('carries on in a second session at the same step, without sending any choice twice', async () => {
    const { choices, overall } = firstChoicesPlay();
    const first = await launchAu(lrs, site.url, { masteryScore: MASTERY });
    const one = await openLaunch(first);
    // Two choices, then the learner closes the window once the LMS holds the place.
    for (let i = 0; i < 2; i += 1) {
      if ((await encounterState(one.page).then((state) => state.kind)) === 'options')
        await analyseFirstByKeyboard(one.page);
      await pressChoice(one.page, 1);
    }
    await waitForSaved(one.page);
    const left = await encounterState(one.page);
    await expect.poll(() => resumeNodeOf(first), { timeout: 30_000 }).toBe(left.node);
    // And once the game's record of what it sent matches what the LRS holds: a learner who
    // leaves mid-send may have a statement cut off with the page (the connection copes, but the
    // order this test asserts would then depend on the moment).
    await expect
      .poll(
        async () => {
          const held = verbsOf(await statementsOf(first.registration)).filter(
            (verb) => verb === 'answered',
          ).length;
          return held > 0 && held === (await sentAnsweredOf(first));
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await leave(one.page, first, one.problems);

    // The LMS launches the same registration again: a new session, a new token.
    const second = await launchAu(lrs, site.url, {
      masteryScore: MASTERY,
      registration: first.registration,
    });
    const two = await openLaunch(second, one.context);
    expect((await encounterState(two.page)).node).toBe(left.node);
    await playFirstChoicesToEnding(two.page);
    await lrsHas(second, 'completed');
    await leave(two.page, second, two.problems);
    await one.context.close();

    const statements = await statementsOf(first.registration);
    const verdict = overall / 100 >= MASTERY ? 'passed' : 'failed';
    const answeredInOne = statements.filter(
      (statement) =>
        statement.verb.id === VERB('answered') &&
        shape(statement).context.extensions?.[SESSION_ID] === first.sessionId,
    ).length;
    expect(verbsOf(statements)).toEqual([
      'launched',
      'initialized',
      ...Array.from({ length: answeredInOne }, () => 'answered'),
      'terminated',
      'launched',
      'initialized',
      ...Array.from({ length: choices.length - answeredInOne }, () => 'answered'),
      verdict,
      'completed',
      'terminated',
    ]);
    const responses = statements
      .filter((statement) => statement.verb.id === VERB('answered'))
      .map((statement) => shape(statement).result?.response);
    expect(responses).toEqual(choices.map((moment) => moment.chosen.id));
    expect([...one.problems.consoleErrors, ...two.problems.consoleErrors]).toEqual([]);
    expect([...one.problems.failedRequests, ...two.problems.failedRequests]).toEqual([]);
    expect(lrs.refusals.slice(refusalsBefore)).toEqual([]);
  });
  it('plays on and says so when the launch is broken or the LMS refuses the token, sending nothing', async () => {
    // An actor that is not JSON: the launch URL itself is wrong.
    const broken = await launchAu(lrs, site.url, { masteryScore: MASTERY });
    const badUrl = new URL(broken.url);
    badUrl.searchParams.set('actor', '{not json');
    // A fetch URL already used (cmi5 8.2): the LMS hands out no token.
    const refused = await launchAu(lrs, site.url, { masteryScore: MASTERY });
    await fetch(new URL(refused.url).searchParams.get('fetch')!, { method: 'POST' });
    for (const [launch, url] of [
      [broken, badUrl.toString()],
      [refused, refused.url],
    ] as const) {
      const context = await browser.newContext(CONTEXT);
      const page = await context.newPage();
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.goto(`${url}&seed=${SEED}`);
      // The pack's scenario still opens and takes input; the learner is told nothing is recorded.
      await page.waitForSelector('.encounter');
      await inputOpen(page);
      await expect
        .poll(() => page.locator('#notices').innerText())
        .toContain('could not find the LMS that should record your results');
      await pressChoice(page, 1);
      expect(warnings.join('\n')).toMatch(/cmi5: /);
      await page.goto('about:blank');
      await context.close();
      expect(verbsOf(await statementsOf(launch.registration))).toEqual(['launched']);
    }
  });

  it('takes the learner back to the course from the pack summary: terminated first, then the returnURL', async () => {
    const returnURL = new URL(COURSE_PATH, site.url).toString();
    const launch = await launchAu(lrs, site.url, { masteryScore: MASTERY, returnURL });
    const { context, page, problems } = await openLaunch(launch);
    await playFirstChoicesToEnding(page);
    await openDebriefByKeyboard(page);
    await tabUntil(page, (focused) => focused.text === 'See the pack summary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.pack-summary .course-exit');
    // CompletedAndPassed, and this play fails the mastery score: the course still wants a pass.
    expect(await page.locator('.course-exit-rule').innerText()).toBe(
      'Your course asks you to finish and pass this activity before you move on.',
    );
    expect(await runAxe(page)).toEqual([]);
    await page.locator('.course-exit').scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/cmi5-course-exit-1280x720.png`);
    await tabUntil(page, (focused) => focused.text === 'Back to your course');
    await page.keyboard.press('Enter');
    await page.waitForURL(returnURL);
    // Terminated was in the LRS before the page left: no pagehide was needed for it.
    const verbs = verbsOf(await statementsOf(launch.registration));
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((verb) => verb === 'terminated')).toHaveLength(1);
    expect(verbs).toContain('completed');
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    expect(lrs.refusals.slice(refusalsBefore)).toEqual([]);
  });
  it('cannot reach an LRS its Content-Security-Policy does not name: it plays on, says so, sends nothing', async () => {
    const elsewhere = await servePackage(
      { format: 'cmi5', pack, appVersion: '0.1.0', builtAt: new Date().toISOString() },
      'https://lrs.example',
    );
    lrs.allowOrigin(new URL(elsewhere.url).origin);
    try {
      const launch = await launchAu(lrs, elsewhere.url, { masteryScore: MASTERY });
      const context = await browser.newContext(CONTEXT);
      const page = await context.newPage();
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/.test(message.text())) blocked.push(message.text());
      });
      await page.goto(`${launch.url}&seed=${SEED}`);
      await page.waitForSelector('.encounter');
      await expect
        .poll(() => page.locator('#notices').innerText())
        .toContain('could not find the LMS that should record your results');
      expect(blocked.join('\n')).toContain('connect-src');
      await context.close();
      expect(verbsOf(await statementsOf(launch.registration))).toEqual(['launched']);
    } finally {
      lrs.allowOrigin(new URL(site.url).origin);
      await elsewhere.close();
    }
  });
});
