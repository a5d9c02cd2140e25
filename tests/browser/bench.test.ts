import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL, measureBrowser } from '../../src/bench/browser/browser.ts';
import { findChromium } from '../../src/bench/browser/chromium.ts';

// The browser bench's own code once on tiny inputs, so it keeps working; no figure here is a speed.
const root = join(import.meta.dirname, '../..');
const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();

describe.skipIf(chromium === null)('the browser bench', () => {
  it('loads both pages, plays from inside the page, counts frames and weighs the heap', async () => {
    const figure = await measureBrowser({
      root,
      runs: 1,
      plays: 2,
      sampleMs: 300,
      links: [LOCAL],
      // gzip: brotli at quality 11 over two Phaser bundles is the slowest step on a busy machine.
      encodings: ['gzip'],
      progress: () => undefined,
    });
    const [load] = figure.load;
    expect(load?.encoding).toBe('gzip');
    // The game's first line comes after its menu, which comes after its first bytes.
    expect(load?.resolve.bytesBeforeLine).toBeGreaterThan(load?.resolve.bytesBeforeMenu ?? 0);
    expect(load?.resolve.bytesBeforeMenu).toBeGreaterThan(0);
    expect(load?.blank.bytesBeforeFirstFrame).toBeGreaterThan(0);
    expect(figure.clickToDom.samples).toBeGreaterThan(0);
    expect(figure.clickToPaint.samples).toBe(figure.clickToDom.samples);
    expect(figure.encounterFrames.blank.frames).toBeGreaterThan(0);
    // The Phaser loop sleeps while the debrief and the menu cover the stage.
    expect(figure.framesWhileHidden).toMatchObject({ debrief: 0, menu: 0 });
    expect(figure.heap.afterOnePlayMiB).toBeGreaterThan(0);
    // Without compiled code the heap weighs less, but not nothing.
    expect(figure.heap.dataAfterOnePlayMiB).toBeGreaterThan(0);
    expect(figure.heap.dataAfterOnePlayMiB).toBeLessThan(figure.heap.afterOnePlayMiB);
    // A hang guard, not a speed check: it builds the blank page and loads two sites on a busy machine.
  }, 300_000);
});
