import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  finishedCheck,
  finishedPlay,
  reviewCard,
  ownScenarioFile,
  savedPlay,
  sharedPack,
} from './fixtures/records.ts';
import type { LearnerStore, ProfileDirectory } from './learner-store.ts';
import { createMemoryDirectory, createMemoryStore, openProfileDirectory } from './resolve-store.ts';

let tick = 0;
const now = () => new Date(Date.UTC(2025, 0, 1, 9, 0, tick++));
let ids = 0;
const newId = () => `profile-${++ids}`;

beforeEach(() => {
  tick = 0;
  ids = 0;
  globalThis.indexedDB = new IDBFactory();
});

const reflection = {
  wentWell: 'I listened.',
  doDifferently: 'Check the receipt first.',
  savedAt: '2025-01-02T00:00:00.000Z',
};

/** Every record in the browser's database that names this profile, by store. */
async function leftOnDisk(profileId: string): Promise<string[]> {
  const db = await openDB('resolve');
  const left: string[] = [];
  for (const name of db.objectStoreNames) {
    const transaction = db.transaction(name);
    for await (const cursor of transaction.store) {
      const value: unknown = cursor.value;
      const owner =
        typeof value === 'object' && value !== null && 'profileId' in value
          ? value.profileId
          : undefined;
      const id =
        typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
      if (owner === profileId || id === profileId || cursor.key === profileId) left.push(name);
    }
  }
  db.close();
  return left;
}

/** Both backends behave alike: each case runs on IndexedDB and on a directory kept in memory. */
const backends: [string, () => Promise<ProfileDirectory>][] = [
  ['IndexedDB', () => openProfileDirectory({ now, newId })],
  [
    'memory',
    async () => {
      indexedDB.open = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      return openProfileDirectory({ now, newId });
    },
  ],
  ['memory, for tests', () => Promise.resolve(createMemoryDirectory({ now, newId }))],
];

describe.each(backends)('profiles on %s', (name, open) => {
  it('a new device has one profile, "Learner", in use', async () => {
    const directory = await open();
    const profiles = await directory.listProfiles();
    expect(profiles.map((p) => [p.name, p.sharedComputer])).toEqual([['Learner', false]]);
    expect(await directory.lastProfileId()).toBe(profiles[0]?.id);
  });

  it('creates, renames and lists profiles; refuses a name that is no name', async () => {
    const directory = await open();
    const sam = await directory.createProfile('  Sam  ', { sharedComputer: true });
    expect(sam).toMatchObject({ id: 'profile-1', name: 'Sam', sharedComputer: true });
    await directory.renameProfile(sam.id, 'Sam B');
    expect((await directory.listProfiles()).map((p) => p.name)).toEqual(['Learner', 'Sam B']);
    await expect(directory.createProfile('   ', { sharedComputer: false })).rejects.toThrow(
      /at least one character/,
    );
    await expect(
      directory.createProfile('x'.repeat(61), { sharedComputer: false }),
    ).rejects.toThrow(/at most 60/);
    await expect(directory.renameProfile(sam.id, 'a\u0007b')).rejects.toThrow(/plain text/);
  });

  it("no profile sees, continues, changes or deletes another's records", async () => {
    const directory = await open();
    const [learner] = await directory.listProfiles();
    const alex = await directory.open(learner!.id);
    const sam = await directory.open(
      (await directory.createProfile('Sam', { sharedComputer: false })).id,
    );

    await alex.saveProgress('kettle', savedPlay('kettle', 2));
    const alexPlay = await alex.saveResult(finishedPlay('kettle'));
    await alex.saveCheckResult(finishedCheck('basics'));
    await alex.saveReviewCards([reviewCard('basics', 'q1')]);
    await alex.saveSettings({ volume: 0.1 });
    await alex.savePack(sharedPack('week-1'));
    await alex.saveOwnScenario(ownScenarioFile('bakery'));

    expect(await sam.loadProgress('kettle')).toBeUndefined();
    expect(await sam.listProgress()).toEqual([]);
    expect(await sam.listResults()).toEqual([]);
    expect(await sam.getResult(alexPlay)).toBeUndefined();
    expect(await sam.listCheckResults()).toEqual([]);
    expect(await sam.loadReviewCards()).toEqual([]);
    expect(await sam.loadSettings()).toBeUndefined();
    expect(await sam.listPacks()).toEqual([]);
    expect(await sam.listOwnScenarios()).toEqual([]);

    // Sam's writes under Alex's ids touch only Sam's own (empty) records.
    await sam.saveReflection(alexPlay, reflection);
    await sam.clearProgress('kettle');
    await sam.removePack('week-1');
    await sam.removeOwnScenario('bakery');
    await sam.deleteEverything();
    expect(await sam.getResult(alexPlay)).toBeUndefined();
    expect((await alex.getResult(alexPlay))?.reflection).toBeUndefined();
    expect(await alex.loadProgress('kettle')).toBeDefined();
    expect(await alex.listResults()).toHaveLength(1);
    expect(await alex.listCheckResults()).toHaveLength(1);
    expect(await alex.loadReviewCards()).toHaveLength(1);
    expect(await alex.loadSettings()).toEqual({ volume: 0.1 });
    expect((await alex.listPacks()).map((added) => added.pack.id)).toEqual(['week-1']);
    expect((await alex.listOwnScenarios()).map((own) => own.scenarioId)).toEqual(['bakery']);

    // The same play saved by both is kept once for each, apart.
    expect(await sam.saveResult(finishedPlay('kettle'))).toBe(alexPlay);
    await sam.saveReflection(alexPlay, reflection);
    expect((await sam.getResult(alexPlay))?.reflection).toEqual(reflection);
    expect((await alex.getResult(alexPlay))?.reflection).toBeUndefined();

    await directory.deleteProfile(sam.profile.id);
    expect(await alex.listResults()).toHaveLength(1);
    expect((await directory.listProfiles()).map((p) => p.name)).toEqual(['Learner']);
  });

  it('signing out of a shared-computer profile leaves nothing of it; of any other, removes nothing', async () => {
    const directory = await open();
    const shared = await directory.createProfile('Visitor', { sharedComputer: true });
    const own = await directory.createProfile('Own', { sharedComputer: false });
    for (const profile of [shared, own]) {
      const store = await directory.open(profile.id);
      await store.saveProgress('kettle', savedPlay('kettle', 1));
      await store.saveResult(finishedPlay('kettle'));
      await store.saveSettings({ volume: 1 });
      await store.savePack(sharedPack('week-1'));
      await store.saveOwnScenario(ownScenarioFile('bakery'));
    }
    await directory.setLastProfileId(shared.id);
    if (name === 'IndexedDB') {
      expect((await leftOnDisk(shared.id)).sort()).toEqual([
        'finished',
        'inProgress',
        'ownScenarios',
        'packs',
        'profiles',
        'settings',
      ]);
    }
    await directory.signOut(shared.id);
    await directory.signOut(own.id);
    expect((await directory.listProfiles()).map((p) => p.name)).toEqual(['Learner', 'Own']);
    expect(await directory.lastProfileId()).toBeUndefined();
    const again = await directory.createProfile('Visitor', { sharedComputer: true });
    const fresh = await directory.open(again.id);
    expect(await fresh.listResults()).toEqual([]);
    expect(await fresh.listPacks()).toEqual([]);
    expect(await fresh.listOwnScenarios()).toEqual([]);
    expect(await (await directory.open(own.id)).listResults()).toHaveLength(1);
    expect(await (await directory.open(own.id)).listPacks()).toHaveLength(1);
    expect(await (await directory.open(own.id)).listOwnScenarios()).toHaveLength(1);
    await expect(directory.open(shared.id)).rejects.toThrow(RangeError);
    if (name === 'IndexedDB') expect(await leftOnDisk(shared.id)).toEqual([]);
  });
});

describe('finished plays and reflections', () => {
  let store: LearnerStore;
  beforeEach(() => {
    store = createMemoryStore({ now });
  });

  it('keeps a play once however often it is saved, under its content id', async () => {
    const first = await store.saveResult(finishedPlay('kettle'));
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(await store.saveResult(finishedPlay('kettle'))).toBe(first);
    const other = await store.saveResult(finishedPlay('kettle', 2));
    expect(other).not.toBe(first);
    expect((await store.listResults()).map((r) => r.playId)).toEqual([first, other]);
  });

  it('stores a reflection with the play, plain text within 2,000 characters each', async () => {
    const playId = await store.saveResult(finishedPlay('kettle'));
    await store.saveReflection(playId, {
      wentWell: `Calm.\r\nPolite.\u0000${'x'.repeat(3000)}`,
      doDifferently: 'Offer a refund\tsooner.',
      savedAt: '2025-01-02T00:00:00.000Z',
    });
    const kept = (await store.getResult(playId))?.reflection;
    expect(kept?.wentWell.startsWith('Calm.\nPolite.x')).toBe(true);
    expect(kept?.wentWell).toHaveLength(2000);
    expect(kept?.doDifferently).toBe('Offer a refund\tsooner.');
    // Saving the play again keeps its reflection.
    await store.saveResult(finishedPlay('kettle'));
    expect((await store.getResult(playId))?.reflection).toEqual(kept);
  });

  it('a reflection for no play changes nothing', async () => {
    await store.saveReflection('0'.repeat(32), reflection);
    expect(await store.listResults()).toEqual([]);
  });

  it('keeps check results once each, and review cards by check and question', async () => {
    const id = await store.saveCheckResult(finishedCheck('basics'));
    await store.saveCheckResult(finishedCheck('basics'));
    expect((await store.listCheckResults()).map((c) => c.playId)).toEqual([id]);
    await store.saveReviewCards([reviewCard('basics', 'q1', 10_000), reviewCard('basics', 'q2')]);
    await store.saveReviewCards([reviewCard('basics', 'q1', 20_000)]);
    expect((await store.loadReviewCards()).map((c) => [c.questionId, c.due])).toEqual([
      ['q1', 20_000],
      ['q2', 1_000],
    ]);
  });
});

describe('when saving stops working part-way through a visit', () => {
  it('carries every profile and its records into memory', async () => {
    const directory = await openProfileDirectory({ now, newId });
    const sam = await directory.open(
      (await directory.createProfile('Sam', { sharedComputer: true })).id,
    );
    const samPlay = await sam.saveResult(finishedPlay('kettle'));
    await sam.saveReflection(samPlay, reflection);
    await sam.saveReviewCards([reviewCard('basics', 'q1')]);

    vi.spyOn(globalThis.IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await sam.saveProgress('bill', savedPlay('bill', 1));
    vi.restoreAllMocks();
    expect(sam.mode).toBe('memory');
    expect(sam.problem).toMatch(/no room left/);

    expect((await directory.listProfiles()).map((p) => [p.name, p.sharedComputer])).toEqual([
      ['Learner', false],
      ['Sam', true],
    ]);
    expect((await sam.getResult(samPlay))?.reflection).toEqual(reflection);
    expect(await sam.loadReviewCards()).toHaveLength(1);
    expect((await sam.loadProgress('bill'))?.read.ok).toBe(true);
    const [learner] = await directory.listProfiles();
    expect(await (await directory.open(learner!.id)).listResults()).toEqual([]);
  });
});

describe('packs added from a link or a file', () => {
  let store: LearnerStore;
  beforeEach(() => {
    store = createMemoryStore({ now });
  });

  it('keeps one pack per id, oldest first, and removes one by id', async () => {
    await store.savePack(sharedPack('week-1'));
    await store.savePack({ ...sharedPack('week-2'), $schema: '../schema/pack.json' });
    await store.savePack({ ...sharedPack('week-1'), title: 'Week one again' });
    const listed = await store.listPacks();
    expect(listed.map((added) => [added.pack.id, added.pack.title])).toEqual([
      ['week-2', 'Pack week-2'],
      ['week-1', 'Week one again'],
    ]);
    expect(listed[0]?.pack).not.toHaveProperty('$schema');
    await store.removePack('week-1');
    expect((await store.listPacks()).map((added) => added.pack.id)).toEqual(['week-2']);
  });

  it('leaves out a stored pack that no longer validates', async () => {
    await store.savePack({ ...sharedPack('week-1'), passMark: 400 });
    expect(await store.listPacks()).toEqual([]);
  });
});

// ---- Own scenarios (issue 13)
describe("a tutor's own scenario files", () => {
  let store: LearnerStore;
  beforeEach(() => {
    store = createMemoryStore({ now });
  });

  it('keeps one file per scenario id, checks it again when read, and removes one by id', async () => {
    await store.saveOwnScenario(ownScenarioFile('bakery'));
    await store.saveOwnScenario(ownScenarioFile('florist'));
    const again = ownScenarioFile('bakery');
    await store.saveOwnScenario({
      ...again,
      text: again.text.replace(/^title: .*$/m, 'title: Cakes'),
    });
    const listed = await store.listOwnScenarios();
    expect(listed.map((own) => [own.scenarioId, own.scenario?.title, own.lines])).toEqual([
      ['florist', 'A kettle that will not switch off', []],
      ['bakery', 'Cakes', []],
    ]);
    await store.removeOwnScenario('bakery');
    expect((await store.listOwnScenarios()).map((own) => own.scenarioId)).toEqual(['florist']);
  });

  it('lists a file that no longer checks with its lines and no scenario to play', async () => {
    const file = ownScenarioFile('bakery');
    await store.saveOwnScenario({
      ...file,
      text: file.text.replace('next: resolved', 'next: nowhere'),
    });
    const [own] = await store.listOwnScenarios();
    expect(own?.scenario).toBeUndefined();
    expect(own?.lines).toEqual([
      "bakery.yaml:55:15: error: choice 'ask-slowly' leads to 'nowhere', which is not a node (fix: add a node 'nowhere', or lead to an existing node)",
    ]);
  });

  it('leaves out a record whose scenario has another id than the one it is filed under', async () => {
    await store.saveOwnScenario({ ...ownScenarioFile('bakery'), scenarioId: 'florist' });
    expect(await store.listOwnScenarios()).toEqual([]);
  });
});
