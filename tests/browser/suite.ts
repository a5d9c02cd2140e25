import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/bench/browser/chromium.ts';
import { serveBuiltSite, type Site } from './site.ts';

export interface BrowserSuite {
  readonly site: Site;
  readonly browser: Browser;
}

/**
 * The built site on a free port and one Chromium, shared by a test file's tests and closed after
 * them, so no server or browser outlives the run.
 */
export function useBuiltSiteInChromium(): BrowserSuite {
  const suite = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    suite.site = await serveBuiltSite();
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.site?.close();
  });
  return suite;
}
