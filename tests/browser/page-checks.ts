import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
}

/** Collects console errors, page errors and failed or 4xx/5xx requests from the moment it is called. */
export function watchForProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // Chromium asks for the icon beside the page and cancels the request when the page reloads or
    // navigates first: the game's doing nothing wrong. Any other cancelled request still counts.
    if (reason === 'net::ERR_ABORTED' && new URL(request.url()).pathname.endsWith('/favicon.svg'))
      return;
    problems.failedRequests.push(`${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  return problems;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page (WCAG 2.x A/AA and best practice) and returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // addScriptTag would be blocked by the page's CSP; evaluate runs in the page with devtools rights.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

export async function screenshot(page: Page, path: string): Promise<Buffer> {
  mkdirSync(dirname(path), { recursive: true });
  return page.screenshot({ path, fullPage: false });
}

/** Standard deviation of a PNG's pixel brightness: near zero means a blank (single-colour) picture. */
export function pixelSpread(png: Buffer): number {
  const image = PNG.sync.read(png);
  let sum = 0;
  let sumSquares = 0;
  let count = 0;
  for (let i = 0; i < image.data.length; i += 16) {
    const value = (image.data[i] ?? 0) + (image.data[i + 1] ?? 0) + (image.data[i + 2] ?? 0);
    sum += value;
    sumSquares += value * value;
    count += 1;
  }
  const mean = sum / count;
  return Math.sqrt(sumSquares / count - mean * mean);
}
