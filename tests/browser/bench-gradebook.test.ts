import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureGradebook } from '../../src/bench/browser/gradebook.ts';
import { findChromium } from '../../src/bench/browser/chromium.ts';

// The gradebook bench's own code once on a tiny class, so it keeps working; no figure is a speed.
const root = join(import.meta.dirname, '../..');
const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();

describe.skipIf(chromium === null)('the gradebook bench', () => {
  it('imports a tiny class in the built page and reads its long tasks', async () => {
    const figure = await measureGradebook({
      root,
      runs: 1,
      learners: 2,
      scenarios: 2,
      progress: () => undefined,
    });
    expect(figure).toMatchObject({ files: 4, learners: 2, scenarios: 2, tampered: 0 });
    // The page judged every untouched file consistent: the bench measured a real import.
    expect(figure.consistent).toBe(4);
    expect(figure.notConsistent).toBe(0);
    expect(figure.totalMs).toBeGreaterThan(0);
    expect(figure.longestTaskMs).toBeGreaterThanOrEqual(0);
  }, 300_000);
});
