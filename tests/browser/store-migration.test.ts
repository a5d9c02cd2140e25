import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSiteInChromium } from './suite.ts';
import { everyKindScenario } from './fixtures/every-kind.ts';
import { closeGame, openGame } from './game-helpers.ts';
import { signSavedPlay, type FinishedPlay } from '../../src/storage/saved-play.ts';

const suite = useBuiltSiteInChromium();
const ID = everyKindScenario.id;
const AT = '2025-01-01T08:00:00.000Z';

const result: FinishedPlay = {
  format: 'resolve-result',
  version: 1,
  scenarioId: ID,
  scenarioTitle: everyKindScenario.title,
  timingSource: 'default',
  finishedAt: AT,
  transcript: {
    format: 'resolve-transcript',
    version: 1,
    scenario: { id: ID, contentHash: 'a'.repeat(64) },
    seed: 1,
    timing: 'standard',
    events: [],
  },
};

/** What version 2 of the game left in a browser: a saved play, results, settings, damage. */
const OLD = {
  progress: [
    {
      scenarioId: ID,
      savedAt: AT,
      snapshot: signSavedPlay({
        format: 'resolve-play',
        version: 2,
        scenarioId: ID,
        scenarioTitle: everyKindScenario.title,
        timing: { mode: 'standard', source: 'default' },
        step: 0,
        savedAt: AT,
        transcript: result.transcript,
      }),
    },
    { scenarioId: 'odd', savedAt: AT, snapshot: { step: 1 } },
  ],
  results: [
    {
      savedAt: AT,
      scenarioId: ID,
      result,
    },
    'just words',
  ],
  settings: { textSize: 'large' },
};

/** Replaces the page's database with a version 2 one holding `OLD`; the game lets it go. */
function writeVersion2(page: Page): Promise<void> {
  return page.evaluate(
    (old) =>
      new Promise<void>((resolve, reject) => {
        const gone = indexedDB.deleteDatabase('resolve');
        gone.onerror = () => reject(new Error(String(gone.error)));
        gone.onsuccess = () => {
          const open = indexedDB.open('resolve', 2);
          open.onupgradeneeded = () => {
            const db = open.result;
            const progress = db.createObjectStore('progress', { keyPath: 'scenarioId' });
            const results = db.createObjectStore('results', { autoIncrement: true });
            const settings = db.createObjectStore('settings');
            for (const record of old.progress) progress.put(record);
            for (const record of old.results) results.add(record);
            settings.put(old.settings, 'settings');
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(new Error(String(open.error)));
        };
      }),
    OLD,
  );
}

/** Every store of the page's database and what it holds. */
function readAll(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('resolve');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const transaction = db.transaction(names);
          const all: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => {
              all[name] = request.result as unknown[];
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(all);
          };
        };
      }),
  );
}

describe('a browser that kept plays with an earlier version', () => {
  it('finds every record again under the first profile, "Learner"', async () => {
    const game = await openGame(suite.browser, suite.site.url, { inject: [everyKindScenario] });
    const { page } = game;
    await page.waitForSelector('.menu');
    await writeVersion2(page);
    // The sound sprite is fetched while the menu is idle; a reload in the middle aborts it.
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.waitForSelector('.menu');
    const item = page.locator(`.continue-item[data-saved-play="${ID}"]`);
    await expect.poll(() => item.count()).toBe(1);
    expect(await page.locator('.continue-item[data-saved-play="odd"]').count()).toBe(1);

    const stored = await readAll(page);
    expect(Object.keys(stored).sort()).toEqual([
      'checks',
      'device',
      'finished',
      'inProgress',
      'ownScenarios',
      'packs',
      'profiles',
      'reviews',
      'settings',
    ]);
    expect(stored.profiles).toEqual([
      expect.objectContaining({ id: 'learner', name: 'Learner', sharedComputer: false }),
    ]);
    expect(stored.inProgress).toHaveLength(OLD.progress.length);
    for (const record of OLD.progress) {
      expect(stored.inProgress).toContainEqual({ ...record, profileId: 'learner' });
    }
    expect(stored.finished).toHaveLength(2);
    expect(stored.finished).toContainEqual(
      expect.objectContaining({ profileId: 'learner', result }),
    );
    expect(stored.finished).toContainEqual(
      expect.objectContaining({ profileId: 'learner', result: 'just words' }),
    );
    expect(stored.settings).toEqual([OLD.settings]);
    expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await closeGame(game);
  });
});
