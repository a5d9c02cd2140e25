import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { openDB, type IDBPDatabase } from 'idb';
import { beforeAll, describe, expect, it } from 'vitest';
import { everyKindScenario } from '../../../tests/browser/fixtures/every-kind.ts';
import { driveByPicks } from '../../engine/fixtures/drive.ts';
import { sessionAtStep } from '../../engine/session.ts';
import type { Transcript } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { scoreTranscript } from '../../scoring/score.ts';
import type { Debrief } from '../../scoring/debrief.ts';
import {
  openResolveStore,
  signSavedPlay,
  type LearnerStore,
  type SavedPlay,
  type UnsignedSavedPlay,
} from '../../storage/resolve-store.ts';
import { savedPlayFromV1 } from '../../storage/saved-play.ts';
import { savedPlayOf } from './play-controller.ts';
import { resumeSavedPlay, type ResumeReason } from './resume.ts';

const scenario = everyKindScenario;
const KEY = scenario.id;
const edited: Scenario = {
  ...structuredClone(scenario),
  title: `${scenario.title} (revised)`,
};
const setup = {
  scenario,
  timing: { mode: 'standard' as const, source: 'default' as const },
  moodMeter: true,
};
const SAVED_AT = new Date(Date.UTC(2026, 0, 5, 10, 30));

/** Whole plays, each done in one go: what a resumed play must come to. */
const wholePlays = [
  [0, 0, 0, 0, 0, 0, 0, 0],
  [1, 2, 1, 0, 1, 1, 2, 0],
  [2, 1, 0, 1, 2, 0, 1, 1],
  [3, 0, 2, 2, 0, 1, 0, 2],
].map((picks, index) =>
  driveByPicks({ scenario, seed: 11 + index, timing: 'standard', picks, bound: 200 }).transcript(),
);

// Scoring is a pure function of scenario and transcript: each distinct transcript is scored once.
const debriefs = new Map<string, Debrief>();
const debriefOf = (transcript: Transcript): Debrief => {
  const key = JSON.stringify(transcript);
  let debrief = debriefs.get(key);
  if (debrief === undefined) {
    debrief = scoreTranscript(scenario, transcript);
    debriefs.set(key, debrief);
  }
  return debrief;
};

/** The record the game saves after `cut` steps of a whole play, as IndexedDB holds it. */
const clean = new Map<string, SavedPlay>();
function savedAt(
  play: number,
  cut: number,
): { scenarioId: string; savedAt: string; snapshot: SavedPlay } {
  const key = `${play}/${cut}`;
  let saved = clean.get(key);
  if (saved === undefined) {
    const session = sessionAtStep({ scenario, transcript: wholePlays[play]!, step: cut });
    saved = savedPlayOf(setup, session, SAVED_AT);
    clean.set(key, saved);
  }
  // A copy, as storage would hand back: damage must not reach the play it was made from.
  const snapshot = structuredClone(saved);
  return { scenarioId: KEY, savedAt: snapshot.savedAt, snapshot };
}

const contexts = new Map<string, unknown>();
/** The engine's state after `step` events of a whole play, replayed in one go. */
function contextAt(play: number, step: number): unknown {
  const key = `${play}/${step}`;
  if (!contexts.has(key)) {
    contexts.set(key, sessionAtStep({ scenario, transcript: wholePlays[play]!, step }).context());
  }
  return contexts.get(key);
}

const HOSTILE_IDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'] as const;
const ODD_STRINGS = ['a\u0000b', '\u0000', '\u001b[2J\u001b]0;pwned\u0007', 'tab\there', '\u007f'];

type Expected =
  | { kind: 'exact' }
  /** Resumes the very play the record holds (a consistent record of another play). */
  | { kind: 'record' }
  | { kind: 'refused'; reasons: ResumeReason[] };

interface Damaged {
  records: Record<string, unknown>[];
  /** The key of the record to resume. */
  key: string;
  library: Scenario | undefined;
  expected: Expected;
}

type Snapshot = Record<string, unknown> & {
  transcript: Omit<Transcript, 'events'> & { events: Record<string, unknown>[] };
};

const refused = (...reasons: ResumeReason[]): Expected => ({ kind: 'refused', reasons });

/** Sets a value at a dotted path, making the objects on the way if they are missing. */
function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let at: Record<string, unknown> = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof at[part] !== 'object' || at[part] === null) at[part] = {};
    at = at[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1]!;
  if (value === undefined) delete at[last];
  else
    Object.defineProperty(at, last, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/** The id fields an event carries, or a CHOOSE in its place when it carries none. */
function withId(event: Record<string, unknown>, id: string): Record<string, unknown> {
  const fields = ['choiceId', 'recordId', 'fieldId', 'optionId'].filter((field) => field in event);
  if (fields.length === 0) return { type: 'CHOOSE', choiceId: id };
  const copy = { ...event };
  Object.defineProperty(copy, fields[0]!, { value: id, enumerable: true, writable: true });
  return copy;
}

const resign = (snapshot: Snapshot): Snapshot =>
  signSavedPlay(snapshot as unknown as UnsignedSavedPlay) as unknown as Snapshot; // eslint-disable-line @typescript-eslint/no-unnecessary-type-assertion

const KINDS = [
  'none',
  'missing-field',
  'wrong-type',
  'hostile-id',
  'unknown-node',
  'unknown-choice',
  'truncated-events',
  'reordered-events',
  'seed-changed',
  'content-hash-changed',
  'scenario-unknown',
  'scenario-edited',
  'huge-events',
  'non-object',
  'newer-version',
  'odd-strings',
  'duplicate-ids',
] as const;
type Kind = (typeof KINDS)[number];

const MISSING_PATHS = [
  'format',
  'version',
  'scenarioId',
  'scenarioTitle',
  'timing',
  'timing.mode',
  'step',
  'savedAt',
  'transcript',
  'transcript.seed',
  'transcript.events',
  'transcript.scenario',
  'transcript.scenario.contentHash',
  'check',
];
const WRONG_TYPES: [string, unknown][] = [
  ['format', 2],
  ['version', '2'],
  ['scenarioId', 7],
  ['scenarioTitle', ['title']],
  ['timing', 'standard'],
  ['step', '3'],
  ['step', 2.5],
  ['savedAt', 0],
  ['transcript', 'events'],
  ['transcript.seed', '11'],
  ['transcript.events', {}],
  ['transcript.timing', true],
  ['check', null],
];

interface Draw {
  play: number;
  cut: number;
  kind: Kind;
  resigned: boolean;
  pick: number;
  other: number;
}

/** Apply one kind of damage to a saved record, and say what resume must then do. */
function damage(draw: Draw): Damaged {
  const play = wholePlays[draw.play]!;
  const cut = 1 + (draw.cut % (play.events.length - 1));
  const record = savedAt(draw.play, cut) as unknown as Record<string, unknown> & {
    snapshot: Snapshot;
  };
  const snapshot = record.snapshot;
  const events = snapshot.transcript.events;
  const at = draw.pick % events.length;
  const pickOf = <T>(list: readonly T[]): T => list[draw.pick % list.length]!;
  const finish = (
    expectedIfSigned: Expected,
    key = KEY,
    library: Scenario | undefined = scenario,
  ): Damaged => {
    if (draw.resigned) record.snapshot = resign(snapshot);
    return {
      records: [record],
      key,
      library,
      expected: draw.resigned ? expectedIfSigned : refused('damaged'),
    };
  };
  switch (draw.kind) {
    case 'none':
      return { records: [record], key: KEY, library: scenario, expected: { kind: 'exact' } };
    case 'missing-field': {
      const path = pickOf(MISSING_PATHS);
      setAt(snapshot, path, undefined);
      // Signing again puts a fingerprint back: the record is whole again.
      return finish(path === 'check' ? { kind: 'exact' } : refused('damaged'));
    }
    case 'wrong-type': {
      const [path, value] = pickOf(WRONG_TYPES);
      setAt(snapshot, path, value);
      return finish(path === 'check' ? { kind: 'exact' } : refused('damaged'));
    }
    case 'hostile-id': {
      const id = HOSTILE_IDS[draw.other % HOSTILE_IDS.length]!;
      if (draw.pick % 2 === 0) {
        events[at] = withId(events[at]!, id);
        return finish(refused('does-not-replay'));
      }
      // As the play's scenario: no scenario of that name, whatever Object.prototype holds.
      record.scenarioId = id;
      snapshot.scenarioId = id;
      snapshot.transcript.scenario.id = id;
      return finish(refused('scenario-unknown'), id, undefined);
    }
    case 'unknown-node': {
      // Version 1 saves held the engine's machine state: its node is never trusted, only replayed.
      const nodeId = pickOf([...HOSTILE_IDS, 'no-such-node', 'ending-good']);
      const { check: _check, transcript, ...rest } = snapshot;
      void _check;
      const v1 = {
        ...rest,
        version: 1,
        session: {
          format: 'resolve-session',
          version: 1,
          scenario: transcript.scenario,
          machine: { status: 'active', value: nodeId, context: { nodeId, step: 0 } },
          transcript,
        },
      };
      const upgraded = savedPlayFromV1(v1);
      record.snapshot = upgraded as unknown as Snapshot;
      return { records: [record], key: KEY, library: scenario, expected: { kind: 'exact' } };
    }
    case 'unknown-choice':
      events[at] = { type: 'CHOOSE', choiceId: `no-such-choice-${draw.other}` };
      return finish(refused('does-not-replay'));
    case 'truncated-events':
      snapshot.transcript.events = events.slice(0, draw.other % events.length);
      return finish(refused('damaged'));
    case 'reordered-events': {
      const other = draw.other % events.length;
      if (JSON.stringify(events[at]) === JSON.stringify(events[other])) {
        events.reverse();
        if (
          JSON.stringify(events) ===
          JSON.stringify(savedAt(draw.play, cut).snapshot.transcript.events)
        ) {
          return { records: [record], key: KEY, library: scenario, expected: { kind: 'exact' } };
        }
      } else {
        [events[at], events[other]] = [events[other]!, events[at]!];
      }
      return finish({ kind: 'record' });
    }
    case 'seed-changed':
      snapshot.transcript.seed = snapshot.transcript.seed + 1 + draw.other;
      return finish({ kind: 'record' });
    case 'content-hash-changed':
      snapshot.transcript.scenario.contentHash = (draw.other % 16).toString(16).repeat(64);
      if (
        snapshot.transcript.scenario.contentHash ===
        savedAt(draw.play, cut).snapshot.transcript.scenario.contentHash
      ) {
        snapshot.transcript.scenario.contentHash = 'f'.repeat(63) + 'e';
      }
      return finish(refused('scenario-changed'));
    case 'scenario-unknown': {
      const id = `retired-${draw.other % 5}`;
      record.scenarioId = id;
      snapshot.scenarioId = id;
      snapshot.transcript.scenario.id = id;
      return finish(refused('scenario-unknown'), id, undefined);
    }
    case 'scenario-edited':
      return {
        records: [record],
        key: KEY,
        library: edited,
        expected: refused('scenario-changed'),
      };
    case 'huge-events': {
      // One event many times over (the same object: cheap to make, as costly to store and read).
      const huge = Array.from({ length: 10_001 + (draw.other % 2000) }, () => events[at]!);
      snapshot.transcript.events = huge;
      snapshot.step = huge.length;
      return { records: [record], key: KEY, library: scenario, expected: refused('damaged') };
    }
    case 'non-object':
      record.snapshot = pickOf([
        null,
        42,
        'a saved play',
        [],
        true,
        undefined,
      ]) as unknown as Snapshot;
      return { records: [record], key: KEY, library: scenario, expected: refused('damaged') };
    case 'newer-version':
      snapshot.version = 3 + (draw.other % 100);
      if (draw.resigned) record.snapshot = resign(snapshot);
      return { records: [record], key: KEY, library: scenario, expected: refused('newer-version') };
    case 'odd-strings': {
      const odd = ODD_STRINGS[draw.other % ODD_STRINGS.length]!;
      const where = pickOf(['scenarioTitle', 'nodeTitle', 'savedAt', 'event']);
      if (where === 'event') {
        events[at] = withId(events[at]!, odd);
        return finish(refused('does-not-replay'));
      }
      snapshot[where] = odd;
      return finish(refused('damaged'));
    }
    case 'duplicate-ids': {
      // A second record claiming the same play: the original resumes, the copy is damaged.
      const copyKey = `${KEY}-copy`;
      const copy = { ...structuredClone(record), scenarioId: copyKey };
      const original = draw.other % 2 === 0;
      return {
        records: [record, copy],
        key: original ? KEY : copyKey,
        library: scenario,
        expected: original ? { kind: 'exact' } : refused('damaged'),
      };
    }
  }
}

const draws = fc.record({
  play: fc.nat({ max: wholePlays.length - 1 }),
  cut: fc.nat({ max: 1000 }),
  kind: fc.constantFrom(...KINDS),
  resigned: fc.boolean(),
  pick: fc.nat({ max: 1000 }),
  other: fc.nat({ max: 1000 }),
});

let db: IDBPDatabase;
let store: LearnerStore;

beforeAll(async () => {
  store = await openResolveStore({ name: 'resolve-fuzz' });
  db = await openDB('resolve-fuzz');
});

const counted = async (): Promise<number> => db.count('inProgress');
/** Files a record as the store does: under the profile in use, by its scenario. */
const file = (record: Record<string, unknown>) =>
  db.put('inProgress', { ...record, profileId: store.profile.id });

const tally = new Map<string, number>();

describe('resuming a damaged saved play', () => {
  it('the whole plays are long enough to cut, and end', () => {
    for (const play of wholePlays) expect(play.events.length).toBeGreaterThan(4);
    expect(new Set(wholePlays.map((play) => JSON.stringify(play.events))).size).toBe(4);
  });

  it('reproduces the uninterrupted debrief or says why, never throws, deletes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(draws, async (draw) => {
        const damaged = damage(draw);
        await db.clear('inProgress');
        for (const record of damaged.records) await file(record);
        const before = await counted();
        const entry = (await store.listProgress()).find((each) => each.key === damaged.key);
        expect(entry).toBeDefined();
        const resumed = resumeSavedPlay(entry!, damaged.library);
        expect(await counted()).toBe(before);
        expect(before).toBe(damaged.records.length);
        const outcome = resumed.ok ? 'resumed' : resumed.reason;
        const name = `${draw.kind}${draw.resigned ? ' (re-signed)' : ''} -> ${outcome}`;
        tally.set(name, (tally.get(name) ?? 0) + 1);
        const { expected } = damaged;
        if (expected.kind === 'refused') {
          expect(resumed.ok ? 'resumed' : resumed.reason).toBeOneOf(expected.reasons);
          if (resumed.ok) return;
          expect(resumed.words.length).toBeGreaterThan(20);
          // What was played so far (one run in ten: it replays) is a start of what was saved.
          if (draw.pick % 10 === 0) {
            const soFar = resumed.playedSoFar();
            const held = damaged.records[0]!.snapshot as Snapshot | undefined;
            if (soFar !== null) {
              expect(soFar.events.length).toBeGreaterThan(0);
              expect(soFar.events).toEqual(held?.transcript.events.slice(0, soFar.events.length));
              expect(() => scoreTranscript(scenario, soFar)).not.toThrow();
            }
          }
          return;
        }
        if (expected.kind === 'record') {
          if (!resumed.ok) {
            expect(resumed.reason).toBe('does-not-replay');
            return;
          }
          const held = entry!.read.ok ? entry!.read.play.transcript : undefined;
          expect(resumed.session.transcript()).toEqual(held);
          return;
        }
        expect(resumed.ok ? 'resumed' : `${resumed.reason}: ${resumed.detail}`).toBe('resumed');
        if (!resumed.ok) return;
        // The engine is deterministic: the same state at the cut as the play done in one go means
        // the same play from there on (the property below plays it out to the debrief).
        const whole = wholePlays[draw.play]!;
        const at = resumed.session.transcript().events.length;
        expect(resumed.session.transcript()).toEqual({
          ...whole,
          events: whole.events.slice(0, at),
        });
        expect(resumed.session.context()).toEqual(contextAt(draw.play, at));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 10_000) },
    );
    // Every kind of damage was tried, each way it can come out.
    for (const kind of KINDS) {
      expect([...tally.keys()].some((name) => name.startsWith(`${kind} `))).toBe(true);
    }
    console.info(
      `${[...tally.values()].reduce((a, b) => a + b, 0)} damaged records resumed:\n` +
        [...tally.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, count]) => `${String(count).padStart(5)}  ${name}`)
          .join('\n'),
    );
  }, 900_000);

  it('a resumed play, played on, ends in the very debrief of the play done in one go', async () => {
    await fc.assert(
      fc.asyncProperty(
        draws.filter((draw) => ['none', 'unknown-node', 'duplicate-ids'].includes(draw.kind)),
        async (draw) => {
          const damaged = damage(draw);
          if (damaged.expected.kind !== 'exact') return;
          await db.clear('inProgress');
          for (const record of damaged.records) await file(record);
          const entry = (await store.listProgress()).find((each) => each.key === damaged.key);
          const resumed = resumeSavedPlay(entry!, damaged.library);
          if (!resumed.ok) throw new Error(`${resumed.reason}: ${resumed.detail}`);
          const whole = wholePlays[draw.play]!;
          const { session } = resumed;
          for (const event of whole.events.slice(session.transcript().events.length)) {
            session.send(event);
          }
          expect(session.transcript()).toEqual(whole);
          expect(debriefOf(session.transcript())).toEqual(debriefOf(whole));
          expect(await counted()).toBe(damaged.records.length);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
