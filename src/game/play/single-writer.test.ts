import { describe, expect, it } from 'vitest';
import { startSession } from '../../engine/session.ts';
import { createMemoryStore } from '../../storage/resolve-store.ts';
import type { SavedPlay } from '../../storage/saved-play.ts';
import type { SavedPlayEntry } from '../../storage/store.ts';
import { everyKindScenario } from '../../../tests/browser/fixtures/every-kind.ts';
import { PlayController } from './play-controller.ts';
import { PlayWriter, writerOnlyStore, type LockRequester } from './single-writer.ts';

/**
 * The Web Locks API as two tabs of one browser share it: one holder per name; `ifAvailable` gets
 * null when held; `steal` takes the lock and rejects the holder's request with an AbortError.
 */
function sharedLocks(): LockRequester {
  const holders = new Map<string, { abort: (error: Error) => void }>();
  return {
    request(name, options, callback) {
      return new Promise((resolve, reject) => {
        const held = holders.get(name);
        if (held && options.ifAvailable) {
          resolve(callback(null));
          return;
        }
        if (held && options.steal) {
          holders.delete(name);
          held.abort(new DOMException('stolen', 'AbortError'));
        } else if (held) throw new Error('the fake does not queue requests');
        const holder = { abort: reject };
        holders.set(name, holder);
        void Promise.resolve(callback({ name })).then((value) => {
          if (holders.get(name) === holder) holders.delete(name);
          resolve(value);
        });
      });
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function tab(locks: LockRequester | undefined) {
  const lost: string[] = [];
  const writer = new PlayWriter({ locks, onLost: (id) => lost.push(id) });
  return { writer, lost };
}

function playIn(store: ReturnType<typeof createMemoryStore>, writer: PlayWriter) {
  return new PlayController({
    setup: {
      scenario: everyKindScenario,
      timing: { mode: 'standard', source: 'default' },
      moodMeter: true,
    },
    session: startSession({ scenario: everyKindScenario, seed: 1, timing: 'standard' }),
    store: writerOnlyStore(store, (id) => writer.holds(id)),
    onStep: () => {},
  });
}

/** The saved play in a stored entry, when the record reads as one. */
const playOf = (entry: SavedPlayEntry | undefined): SavedPlay | undefined =>
  entry?.read.ok === true ? entry.read.play : undefined;

describe('one play, one writer', () => {
  const id = everyKindScenario.id;

  it('lets a second tab in only by taking the play over, and tells the first', async () => {
    const locks = sharedLocks();
    const first = tab(locks);
    const second = tab(locks);
    expect(await first.writer.claim(id)).toBe(true);
    expect(await first.writer.claim(id)).toBe(true);
    expect(await second.writer.claim(id)).toBe(false);
    expect(second.writer.holds(id)).toBe(false);
    // Another scenario is another play.
    expect(await second.writer.claim('another')).toBe(true);

    await second.writer.takeOver(id);
    await settle();
    expect(second.writer.holds(id)).toBe(true);
    expect(first.writer.holds(id)).toBe(false);
    expect(first.lost).toEqual([id]);
    expect(second.lost).toEqual([]);

    // And back: the first takes it again, the second is told.
    await first.writer.takeOver(id);
    await settle();
    expect(first.writer.holds(id)).toBe(true);
    expect(second.lost).toEqual([id]);
  });

  it('is free again once the writer lets it go, and a release is no loss', async () => {
    const locks = sharedLocks();
    const first = tab(locks);
    const second = tab(locks);
    await first.writer.claim(id);
    first.writer.release();
    await settle();
    expect(await second.writer.claim(id)).toBe(true);
    expect(first.lost).toEqual([]);
  });

  it('saves only what the tab holding the play does', async () => {
    const locks = sharedLocks();
    const store = createMemoryStore();
    const first = tab(locks);
    const second = tab(locks);
    await first.writer.claim(id);
    const there = playIn(store, first.writer);
    there.saveStart();
    await there.settled();
    expect(playOf(await store.loadProgress(id))?.step).toBe(0);

    await second.writer.takeOver(id);
    await settle();
    const here = playIn(store, second.writer);
    here.choose('let-him-finish');
    await here.settled();
    // The first tab's late steps are not saved over the second tab's.
    there.choose('calm-down');
    there.choose('apologise-and-act');
    await there.settled();
    const saved = playOf(await store.loadProgress(id));
    expect(saved?.step).toBe(1);
    expect(saved?.nodeTitle).toBe('Checking the records');
  });

  it('lets every tab write where the browser has no Web Locks', async () => {
    const { writer } = tab(undefined);
    expect(await writer.claim(id)).toBe(true);
    expect(writer.holds(id)).toBe(true);
  });
});
