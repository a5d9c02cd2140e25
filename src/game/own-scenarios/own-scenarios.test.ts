import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScenarioSummary } from '../../scenario/content-index.ts';
import { createMemoryStore } from '../../storage/resolve-store.ts';
import { OwnScenarios } from './own-scenarios.ts';

/*
 * The menu's own scenarios without a page: what a tutor's file comes to, what is kept, and what
 * a later build that ships a scenario of the same id does to a kept one.
 */

const fixture = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

function setUp(builtIn: string[] = []) {
  const store = createMemoryStore({ now: () => new Date('2026-12-03T08:00:00Z') });
  const played: ScenarioSummary[] = [];
  const said: string[] = [];
  const ids = { current: new Set(builtIn) };
  const own = new OwnScenarios({
    store: () => store,
    builtInIds: () => ids.current,
    showMenu: () => Promise.resolve(),
    play: (summary) => void played.push(summary),
    announce: (message) => void said.push(message),
  });
  return { store, own, played, said, ids };
}

describe('own scenarios on the menu', () => {
  it('shows a broken file once with its lines and keeps nothing', async () => {
    const { own, store, said } = setUp();
    await own.openFile(new File([fixture('bakery-broken.yaml')], 'bakery-broken.yaml'));
    const options = await own.menuOptions();
    expect(options.message).toMatchObject({ kind: 'refused', fileName: 'bakery-broken.yaml' });
    expect(options.message?.lines).toHaveLength(2);
    expect(options.items).toEqual([]);
    expect(await store.listOwnScenarios()).toEqual([]);
    expect(said).toEqual(['bakery-broken.yaml cannot be played yet. The problems are listed.']);
    expect((await own.menuOptions()).message).toBeNull();
  });

  it('keeps a good file, lists it playable, plays it and removes it', async () => {
    const { own, played } = setUp(['retail-air-fryer-tills-down']);
    await own.openFile(new File([fixture('bakery-wrong-cake.yaml')], 'bakery-wrong-cake.yaml'));
    const options = await own.menuOptions();
    expect(options.message).toEqual({
      kind: 'added',
      title: 'The birthday cake with the wrong name',
      lines: [],
    });
    expect(options.items.map((item) => [item.scenarioId, item.playable])).toEqual([
      ['bakery-wrong-cake', true],
    ]);
    expect(own.scenario('bakery-wrong-cake')?.customer.name).toBe('Dilys Marchetti');
    expect(own.summaries()[0]?.file).toBe('own/bakery-wrong-cake.json');
    options.onPlay('bakery-wrong-cake');
    expect(played.map((summary) => summary.id)).toEqual(['bakery-wrong-cake']);
    options.onRemove('bakery-wrong-cake');
    await expect.poll(async () => (await own.menuOptions()).items).toEqual([]);
  });

  it('refuses a file over 1 MiB without reading it', async () => {
    const { own } = setUp();
    await own.openFile(new File([new Uint8Array(1024 * 1024 + 1)], 'huge.yaml'));
    expect((await own.menuOptions()).message?.lines).toEqual([
      'huge.yaml:1:1: error: file is 1.0 MB; content files must be under 1 MB (fix: split it into smaller scenarios, or check that this is the file you meant)',
    ]);
  });

  it('stops playing a kept one when the build ships a scenario of the same id', async () => {
    const { own, ids } = setUp();
    await own.openFile(new File([fixture('bakery-wrong-cake.yaml')], 'bakery-wrong-cake.yaml'));
    ids.current = new Set(['bakery-wrong-cake']);
    const [item] = (await own.menuOptions()).items;
    expect(item?.playable).toBe(false);
    expect(item?.lines[0]).toMatch(/already used by a scenario built into Resolve/);
    expect(own.scenario('bakery-wrong-cake')).toBeUndefined();
  });
});
