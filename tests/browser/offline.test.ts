import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/bench/browser/chromium.ts';
import {
  builtIndex,
  closeGame,
  openDebriefByKeyboard,
  openGame,
  playByTitle,
  playFirstChoicesToEnding,
} from './game-helpers.ts';

/*
 * The offline web app (issue 14): after one visit, the game, its scenarios and sounds work with
 * no server at all. Playwright's offline switch does not cover a service worker's own fetches,
 * so the test serves dist/ itself and really stops the server after the first visit.
 */

const DIST = join(import.meta.dirname, '../../dist');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** A plain static server for dist/, which the test can stop for good (every socket closed). */
function serveDist(): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // As a static host might: the worker must not rely on the HTTP cache to work offline.
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, server, requests });
    });
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the offline web app', () => {
  it('plays a scenario to its debrief after the server has stopped', async () => {
    expect(existsSync(join(DIST, 'sw.js')), 'run `npm run build` first').toBe(true);
    const site = await serveDist();
    let running = true;
    try {
      const game = await openGame(browser, site.url, { serviceWorkers: 'allow' });
      const { page } = game;
      // The worker precaches everything while installing, then takes the page (clientsClaim).
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 60_000,
      });
      expect(site.requests).toContain('/sw.js');
      expect(site.requests).toContain('/registerSW.js');

      await stop(site.server);
      running = false;
      await expect(fetch(site.url)).rejects.toThrow();
      const before = site.requests.length;

      await page.reload();
      await page.waitForSelector('.menu');
      const entry = builtIndex().scenarios[0]!;
      await playByTitle(page, entry.title);
      await playFirstChoicesToEnding(page);
      await openDebriefByKeyboard(page);
      expect(await page.locator('.debrief h1, .debrief h2').first().innerText()).not.toBe('');
      // Nothing reached the (stopped) server: everything came from the worker's cache.
      expect(site.requests.length).toBe(before);
      // The sounds were served by the worker too.
      const sounds = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((each) => each.name)
          .filter((name) => /resolve-sprite/.test(name)),
      );
      expect(sounds.length).toBeGreaterThan(0);
      expect(game.problems.consoleErrors).toEqual([]);
      await page.screenshot({
        path: join(import.meta.dirname, '../../test-results/offline-debrief.png'),
      });
      await closeGame(game);
    } finally {
      if (running) await stop(site.server);
    }
  });
});
