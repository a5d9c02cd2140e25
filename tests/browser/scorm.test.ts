import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/bench/browser/chromium.ts';
import { statusInWords } from '../../src/curriculum/evidence.ts';
import type { CriterionId } from '../../src/curriculum/ids.ts';
import { criteria } from '../../src/curriculum/criteria.ts';
import {
  objectiveIdOf,
  SCORM12_IDENTIFIER,
  SCORM2004_IDENTIFIER,
} from '../../src/lms/objective-id.ts';
import { contentSecurityPolicy } from '../../src/lms/content-security-policy.ts';
import type { PackageFile } from '../../src/lms/package-file.ts';
import { NO_LMS_MESSAGE } from '../../src/game/lms/connect-lms.ts';
import type { Pack } from '../../src/scenario/pack-schema.ts';
import { builtIndex, builtScenario, expectedDebrief } from './game-helpers.ts';
import { screenshot, watchForProblems } from './page-checks.ts';
import { markAsPackage, unmarkPackage } from './fixtures/package-marker.ts';

/*
 * The game as an LMS runs it: the built dist/ copied with a resolve-package.json beside it, inside
 * an iframe of a host page on which scorm-again (a real SCORM runtime, as LMSs embed it) provides
 * window.API or window.API_1484_11. The learner plays with the keyboard; the test reads the CMI
 * data scorm-again holds, then reloads the host with that data, as an LMS relaunches an attempt,
 * and checks the game comes back at the same step.
 */

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const SCORM_AGAIN = join(ROOT, 'node_modules/scorm-again/dist');
const SHOTS = 'test-results/screenshots';
const SEED = 4242;
const CMI_KEY = 'resolve-test-cmi';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.map': 'application/json',
};

/** The host page: scorm-again first, then the API in the window, then the game in a frame. */
const HOST_HTML = `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Test LMS</title></head>
  <body>
    <h1>Test LMS</h1>
    <script src="./scorm-again/scorm12.js"></script>
    <script src="./scorm-again/scorm2004.js"></script>
    <script src="./host.js"></script>
  </body>
</html>`;

const HOST_JS = `(function () {
  var version = new URLSearchParams(location.search).get('scorm');
  var settings = { autocommit: false, logLevel: 5 };
  var api = version === '2004' ? new Scorm2004API(settings) : new Scorm12API(settings);
  var saved = localStorage.getItem('${CMI_KEY}');
  if (saved) {
    // A relaunch: the LMS hands back what it kept, and says the attempt resumes.
    api.loadFromJSON(JSON.parse(saved));
    if (version === '2004') api.cmi.entry = 'resume';
    else api.cmi.core.entry = 'resume';
  }
  if (version === '2004') window.API_1484_11 = api;
  else window.API = api;
  var frame = document.createElement('iframe');
  frame.title = 'Resolve';
  frame.width = '1200';
  frame.height = '680';
  frame.src = './game/index.html?seed=${SEED}';
  document.body.appendChild(frame);
})();`;

interface Served {
  url: string;
  dir: string;
  close: () => Promise<void>;
}

/** dist/ copied to a temporary folder with the package file, the host page and scorm-again. */
async function servePackage(): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'resolve-scorm-'));
  cpSync(DIST, join(dir, 'game'), { recursive: true });
  writeFileSync(join(dir, 'host.html'), HOST_HTML);
  writeFileSync(join(dir, 'host.js'), HOST_JS);
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.startsWith('/scorm-again/')
      ? join(SCORM_AGAIN, path.slice('/scorm-again/'.length))
      : join(dir, path);
    try {
      if (!file.startsWith(dir) && !file.startsWith(SCORM_AGAIN)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}

function writePackage(dir: string, format: 'scorm12' | 'scorm2004', pack: Pack): void {
  const pkg: PackageFile = {
    format,
    pack,
    appVersion: 'test',
    builtAt: '2026-12-03T07:00:00.000Z',
  };
  writeFileSync(join(dir, 'game', 'resolve-package.json'), JSON.stringify(pkg));
  markAsPackage(join(dir, 'game', 'index.html'));
}

const starterPack = (): Pack => {
  const pack = (builtIndex().packs as Pack[]).find((each) => each.id === 'starter-complaints');
  if (!pack)
    throw new Error('The built content has no starter-complaints pack: run npm run build.');
  return pack;
};

async function gameFrame(page: Page): Promise<Frame> {
  await page.waitForSelector('iframe');
  const frame = await (await page.$('iframe'))!.contentFrame();
  if (!frame) throw new Error('The host page has no game frame.');
  try {
    await frame.waitForSelector('.encounter[data-input="open"]', { timeout: 15_000 });
  } catch (error) {
    await screenshot(page, `${SHOTS}/scorm-no-encounter.png`);
    throw new Error(
      `No encounter in the game frame; it shows: ${(await frame.locator('body').innerText()).slice(0, 600)}`,
      { cause: error },
    );
  }
  return frame;
}

async function state(frame: Frame): Promise<{ node: string; kind: string; step: number }> {
  return frame.$eval('.encounter', (element) => {
    const data = (element as HTMLElement).dataset;
    return { node: data.node ?? '', kind: data.kind ?? '', step: Number(data.step ?? -1) };
  });
}

/** Presses a key in the game's frame and waits for the step to move on. */
async function pressAndStep(page: Page, frame: Frame, key: string): Promise<void> {
  await frame.waitForSelector('.encounter[data-input="open"]');
  const before = (await state(frame)).step;
  await page.keyboard.press(key);
  await frame.waitForFunction(
    (step) => Number(document.querySelector<HTMLElement>('.encounter')?.dataset.step) !== step,
    before,
  );
}

/** The hurried analysis at an options node, by keyboard: the first radio of each group. */
async function analyseFirst(page: Page, frame: Frame): Promise<void> {
  const groups = frame.locator('fieldset.analysis-group');
  for (let index = 0; index < (await groups.count()); index += 1) {
    await frame.waitForSelector('.encounter[data-input="open"]');
    await groups.nth(index).locator('input[type="radio"]').first().focus();
    await pressAndStep(page, frame, 'Space');
  }
}

/** Always the first choice shown (key 1), `steps` times or to the ending. */
async function playFirst(page: Page, frame: Frame, steps = 200): Promise<void> {
  // Keys go to the focused frame: put the focus in the game, as a learner's Tab would.
  await frame.locator('button.choice').first().focus();
  for (let taken = 0; taken < steps; taken += 1) {
    const { kind } = await state(frame);
    if (kind === 'ending') return;
    if (kind === 'options') await analyseFirst(page, frame);
    await pressAndStep(page, frame, '1');
  }
}

/** Waits until the game's save and report have reached the LMS (the frame saved its step). */
async function reported(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => {
    const data = document.querySelector<HTMLElement>('.encounter')?.dataset;
    return data !== undefined && data.step === data.savedStep;
  });
}

type Cmi = Record<string, unknown>;

/** What scorm-again holds, flattened: `cmi.core.lesson_status` → value. */
async function cmiOf(page: Page, version: '12' | '2004'): Promise<Record<string, string>> {
  return page.evaluate((which) => {
    const api = (which === '2004' ? window.API_1484_11 : window.API) as {
      renderCMIToJSONObject: () => Cmi;
    };
    const flat: Record<string, string> = {};
    const walk = (value: unknown, path: string): void => {
      if (value !== null && typeof value === 'object')
        for (const [key, inner] of Object.entries(value as Record<string, unknown>))
          walk(inner, path ? `${path}.${key}` : key);
      else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        if (value !== '') flat[path] = String(value);
    };
    walk(api.renderCMIToJSONObject(), '');
    return flat;
  }, version);
}

declare global {
  interface Window {
    API?: unknown;
    API_1484_11?: unknown;
  }
}

/** Saves the LMS's data for the relaunch, as an LMS keeps it between sessions. */
async function keepForRelaunch(page: Page, version: '12' | '2004'): Promise<string> {
  return page.evaluate(
    ({ which, key }) => {
      const api = (which === '2004' ? window.API_1484_11 : window.API) as {
        renderCMIToJSONObject: () => { cmi?: Cmi } & Cmi;
      };
      const json = api.renderCMIToJSONObject();
      const text = JSON.stringify(json.cmi ?? json);
      localStorage.setItem(key, text);
      return text;
    },
    { which: version, key: CMI_KEY },
  );
}

const count = (cmi: Record<string, string>, prefix: string): number =>
  new Set(
    Object.keys(cmi)
      .map((key) => new RegExp(`^${prefix.replaceAll('.', '\\.')}\\.(\\d+)\\.`).exec(key)?.[1])
      .filter((index) => index !== undefined),
  ).size;

let site: Served;
let browser: Browser;

beforeAll(async () => {
  site = await servePackage();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The host page in a fresh browser (its own storage), seeded with CMI data the LMS kept. */
async function openHost(version: '12' | '2004', kept?: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  if (kept !== undefined)
    await context.addInitScript(
      ({ key, value }) => {
        if (window === window.top) localStorage.setItem(key, value);
      },
      { key: CMI_KEY, value: kept },
    );
  const page = await context.newPage();
  const problems = watchForProblems(page);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (process.env.SCORM_DEBUG)
      console.log(`[${message.type()}] ${message.text()} ${JSON.stringify(message.location())}`);
    if (/LMS refused|could not report/.test(message.text())) refused.push(message.text());
  });
  await page.goto(`${site.url}/host.html?scorm=${version}`);
  return { page, problems, refused, context };
}

describe('SCORM packages in a real SCORM runtime (scorm-again)', () => {
  it('SCORM 1.2: reports every choice and criterion, suspends, and resumes at the same step', async () => {
    const pack = starterPack();
    writePackage(site.dir, 'scorm12', pack);
    const entry = builtIndex().scenarios.find((each) => each.id === pack.scenarios[0])!;
    const scenario = builtScenario(entry);
    const { page, problems, refused, context } = await openHost('12');
    let frame = await gameFrame(page);
    // The package opens its pack's first scenario straight away.
    expect(await frame.locator('h1').first().innerText()).toContain(scenario.title);
    // In the LMS's frame the game keeps its own strict policy: no inline script anywhere.
    expect(
      await frame.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) =>
        meta.getAttribute('content'),
      ),
    ).toBe(contentSecurityPolicy());
    expect(await frame.$$eval('script:not([src])', (scripts) => scripts.length)).toBe(0);

    await playFirst(page, frame, 3);
    await reported(frame);
    if (process.env.SCORM_DEBUG) console.log(JSON.stringify(await cmiOf(page, '12')));
    await expect
      .poll(async () => (await cmiOf(page, '12'))['cmi.suspend_data'] ?? '')
      .toMatch(new RegExp(`^r1\\|${scenario.id}\\|`));
    const middle = await cmiOf(page, '12');
    const at = await state(frame);
    expect(at.step).toBeGreaterThanOrEqual(3);
    expect(middle['cmi.core.lesson_status']).toBe('incomplete');
    expect(middle['cmi.core.exit']).toBe('suspend');
    const early = count(middle, 'cmi.interactions');
    expect(early).toBeGreaterThan(0);
    await screenshot(page, `${SHOTS}/scorm12-host-mid-play.png`);

    // The LMS relaunches the attempt with what it kept.
    await keepForRelaunch(page, '12');
    await page.reload();
    frame = await gameFrame(page);
    expect(await state(frame)).toEqual(at);
    expect(await cmiOf(page, '12')).toMatchObject({ 'cmi.core.entry': 'resume' });

    await playFirst(page, frame);
    expect((await state(frame)).kind).toBe('ending');
    await reported(frame);
    const expected = expectedDebrief({ scenario, seed: SEED, timing: 'standard' });
    const choices = expected.moments.filter((moment) => moment.kind === 'choice');
    await expect
      .poll(async () => count(await cmiOf(page, '12'), 'cmi.interactions'))
      .toBe(choices.length);
    const cmi = await cmiOf(page, '12');
    console.info(`SCORM 1.2 CMI after one play:\n${JSON.stringify(cmi, null, 1)}`);

    // One objective per criterion the play scored, with SCORM-safe ids.
    const criteriaIds = Object.keys(expected.criteria) as CriterionId[];
    expect(count(cmi, 'cmi.objectives')).toBe(criteriaIds.length);
    for (let index = 0; index < criteriaIds.length; index += 1) {
      const id = cmi[`cmi.objectives.${index}.id`]!;
      expect(id).toMatch(SCORM12_IDENTIFIER);
      const criterion = criteriaIds.find((each) => objectiveIdOf(each) === id)!;
      expect(criterion, id).toBeDefined();
      const result = expected.criteria[criterion]!;
      const status = cmi[`cmi.objectives.${index}.status`];
      if (criteria[criterion].kind === 'performance')
        expect(['completed', 'incomplete']).toContain(status);
      else
        expect(status, id).toBe(
          result.status === 'met'
            ? 'passed'
            : result.status === 'no-opportunity'
              ? 'not attempted'
              : 'failed',
        );
      if (result.score !== null)
        expect(cmi[`cmi.objectives.${index}.score.raw`]).toBe(String(result.score));
    }
    // One interaction per choice, in order, with the option picked and its result.
    for (const [index, moment] of choices.entries()) {
      expect(cmi[`cmi.interactions.${index}.id`]).toBe(
        `${scenario.id}.${moment.nodeId}.${moment.chosen.id}`,
      );
      expect(cmi[`cmi.interactions.${index}.id`]).toMatch(SCORM12_IDENTIFIER);
      expect(cmi[`cmi.interactions.${index}.type`]).toBe('choice');
      expect(cmi[`cmi.interactions.${index}.student_response`]).toBe(moment.chosen.id);
      expect(cmi[`cmi.interactions.${index}.result`]).toBe(
        moment.best.id === null ? 'neutral' : moment.tookBest ? 'correct' : 'wrong',
      );
    }
    // One scenario of three: the pack is not finished, so no score and no pass yet.
    expect(cmi['cmi.core.lesson_status']).toBe('incomplete');
    expect(cmi['cmi.core.score.raw']).toBeUndefined();
    expect(cmi['cmi.suspend_data']).toBeUndefined();
    expect(refused).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await context.close();
  });

  it('SCORM 2004: completion, success, score and described objectives after the pack, and resume', async () => {
    // The starter pack cut to its first scenario, so one play finishes it.
    const full = starterPack();
    const pack: Pack = { ...full, scenarios: [full.scenarios[0]!], knowledgeChecks: [] };
    writePackage(site.dir, 'scorm2004', pack);
    const entry = builtIndex().scenarios.find((each) => each.id === pack.scenarios[0])!;
    const scenario = builtScenario(entry);
    const first = await openHost('2004');
    let frame = await gameFrame(first.page);
    await playFirst(first.page, frame, 2);
    await reported(frame);
    await expect
      .poll(async () => (await cmiOf(first.page, '2004'))['cmi.suspend_data'] ?? '')
      .toMatch(new RegExp(`^r1\\|${scenario.id}\\|`));
    const at = await state(frame);
    const middle = await cmiOf(first.page, '2004');
    expect(middle).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.exit': 'suspend',
    });

    // Relaunched on another computer: nothing in this browser's storage, only what the LMS kept.
    const kept = await keepForRelaunch(first.page, '2004');
    expect(first.refused).toEqual([]);
    expect(first.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await first.context.close();
    const second = await openHost('2004', kept);
    const { page } = second;
    frame = await gameFrame(page);
    expect(await state(frame)).toEqual(at);
    expect(await cmiOf(page, '2004')).toMatchObject({ 'cmi.entry': 'resume' });

    await playFirst(page, frame);
    await reported(frame);
    const expected = expectedDebrief({ scenario, seed: SEED, timing: 'standard' });
    await expect
      .poll(async () => (await cmiOf(page, '2004'))['cmi.completion_status'])
      .toBe('completed');
    const cmi = await cmiOf(page, '2004');
    console.info(`SCORM 2004 CMI after one play:\n${JSON.stringify(cmi, null, 1)}`);
    await screenshot(page, `${SHOTS}/scorm2004-host-ending.png`);

    const overall = expected.overall!;
    expect(cmi).toMatchObject({
      'cmi.score.raw': String(overall),
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': String(overall / 100),
      'cmi.success_status': overall >= pack.passMark ? 'passed' : 'failed',
    });
    const criteriaIds = Object.keys(expected.criteria) as CriterionId[];
    expect(count(cmi, 'cmi.objectives')).toBe(criteriaIds.length);
    for (let index = 0; index < criteriaIds.length; index += 1) {
      const id = cmi[`cmi.objectives.${index}.id`]!;
      expect(id).toMatch(SCORM2004_IDENTIFIER);
      const criterion = criteriaIds.find((each) => objectiveIdOf(each) === id)!;
      const result = expected.criteria[criterion]!;
      // The criterion's full id and text with the debrief's status words (cut to 250 if longer).
      const description = `${criterion} ${criteria[criterion].text}: ${statusInWords(result.status, criterion)}`;
      if (description.length <= 250)
        expect(cmi[`cmi.objectives.${index}.description`]).toBe(description);
      else
        expect(cmi[`cmi.objectives.${index}.description`]).toMatch(
          new RegExp(
            `^${criterion.replaceAll('.', '\\.')} .*: ${statusInWords(result.status, criterion).replace(/[()]/g, '\\$&')}$`,
          ),
        );
      const success = cmi[`cmi.objectives.${index}.success_status`];
      if (criteria[criterion].kind === 'performance') expect(success, id).toBe('unknown');
      else
        expect(success, id).toBe(
          result.status === 'met'
            ? 'passed'
            : result.status === 'no-opportunity'
              ? 'unknown'
              : 'failed',
        );
    }
    const choices = expected.moments.filter((moment) => moment.kind === 'choice');
    expect(count(cmi, 'cmi.interactions')).toBe(choices.length);
    for (const [index, moment] of choices.entries()) {
      expect(cmi[`cmi.interactions.${index}.id`]).toMatch(SCORM2004_IDENTIFIER);
      expect(cmi[`cmi.interactions.${index}.learner_response`]).toBe(moment.chosen.id);
      expect(cmi[`cmi.interactions.${index}.type`]).toBe('choice');
      expect(cmi[`cmi.interactions.${index}.timestamp`]).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    expect(second.refused).toEqual([]);
    expect(second.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await second.context.close();
  });

  it('plays as usual without an LMS or with a damaged package file, and says why', async () => {
    const pack = starterPack();
    const first = builtIndex().scenarios.find((each) => each.id === pack.scenarios[0])!;
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchForProblems(page);

    // A SCORM package opened outside its LMS: no API anywhere, so it says so and plays the pack.
    writePackage(site.dir, 'scorm12', pack);
    await page.goto(`${site.url}/game/index.html?seed=${SEED}`);
    await page.waitForSelector('.encounter[data-input="open"]');
    expect(await page.locator('h1').first().innerText()).toContain(first.title);
    expect(await page.locator('#notices').innerText()).toContain(NO_LMS_MESSAGE);

    // A damaged file: the message names it and the fix, and the menu opens as usual.
    writeFileSync(join(site.dir, 'game', 'resolve-package.json'), '{"format": "scorm12", ');
    await page.reload();
    await page.waitForSelector('.menu');
    const notices = await page.locator('#notices').innerText();
    expect(notices).toMatch(/resolve-package\.json is not JSON .*build the package again/);
    expect(notices).not.toContain(NO_LMS_MESSAGE);
    await screenshot(page, `${SHOTS}/scorm-damaged-package-file.png`);

    // A plain web build (no marker, no file): it asks for nothing and says nothing.
    rmSync(join(site.dir, 'game', 'resolve-package.json'));
    unmarkPackage(join(site.dir, 'game', 'index.html'));
    await page.reload();
    await page.waitForSelector('.menu');
    expect(await page.locator('#notices').innerText()).toBe('');
    // A reload may keep the marked page from the cache and ask once more; nothing else may fail.
    expect(
      problems.failedRequests.filter((request) => !request.endsWith('resolve-package.json (404)')),
    ).toEqual([]);
    expect(problems.consoleErrors.filter((text) => !/status of 404/.test(text))).toEqual([]);
    await context.close();
  });
});
