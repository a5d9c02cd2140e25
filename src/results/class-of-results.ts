import { contentHash } from '../engine/hash.ts';
import { playPolicy } from '../engine/policies.ts';
import type { Pack } from '../scenario/pack-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { scoreTranscript } from '../scoring/score.ts';
import { resultsFileName } from './file-name.ts';
import { makeResultFile, type PlayForResult } from './make-result-file.ts';

/*
 * A made-up class for tests and the bench: learners × scenarios result files, each a real play
 * (the random policy, seeded) saved as the game saves it, and some of them tampered with in the
 * ways the gradebook must catch. The same seed gives the same class.
 */

export type Tampering =
  | 'edited-score'
  | 'edited-choice'
  | 'edited-option-order'
  | 'hash-changed'
  | 'content-and-hash'
  | 'truncated';

export const TAMPERINGS: readonly Tampering[] = [
  'edited-score',
  'edited-choice',
  'edited-option-order',
  'hash-changed',
  'content-and-hash',
  'truncated',
];

export interface ClassFile {
  name: string;
  text: string;
  learnerName: string;
  scenarioId: string;
  /** How it was tampered with, if it was: the gradebook must say "not consistent". */
  tampered: Tampering | null;
}

export interface ClassOptions {
  scenarios: readonly Scenario[];
  learners?: number;
  seed?: number;
  /** Every how many files one is tampered with (0: none). */
  tamperEvery?: number;
  now?: Date;
}

const FIRST = ['Amira', 'Ben', 'Chloe', 'Dev', 'Ellie', 'Femi', 'Grace', 'Harry', 'Isla', 'Jack'];
const LAST = ['Ahmed', 'Brown', 'Clarke', 'Davies', 'Evans', 'Fraser', 'Green', 'Hughes'];

/** A small seeded generator (mulberry32): the class must be the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;

function tamper(file: Json, how: Tampering): string {
  const play = (file.plays as Json[])[0] as Json;
  const transcript = play.transcript as Json;
  switch (how) {
    case 'edited-score': {
      const debrief = play.debrief as Json;
      debrief.overall = debrief.overall === 100 ? 0 : 100;
      break;
    }
    case 'edited-choice': {
      const events = transcript.events as Json[];
      const choose = events.find((event) => event.type === 'CHOOSE');
      if (choose) choose.choiceId = 'a-choice-never-offered';
      break;
    }
    case 'edited-option-order': {
      const order = (play.shownOrder as string[][]).find((each) => each.length > 1);
      order?.reverse();
      break;
    }
    case 'hash-changed':
      play.contentHash = 'a'.repeat(64);
      break;
    case 'content-and-hash': {
      const scenario = { ...(play.scenario as Scenario), title: 'An easier scenario' };
      play.scenario = scenario;
      play.contentHash = contentHash(scenario);
      transcript.scenario = { id: scenario.id, contentHash: contentHash(scenario) };
      break;
    }
    case 'truncated': {
      const text = JSON.stringify(file, null, 2);
      return text.slice(0, Math.floor(text.length / 2));
    }
  }
  return JSON.stringify(file, null, 2);
}

/** learners × scenarios result files, one play each; every `tamperEvery`th file tampered with. */
export function classOfResults(options: ClassOptions): ClassFile[] {
  const { scenarios } = options;
  const learners = options.learners ?? 40;
  const seed = options.seed ?? 1;
  const tamperEvery = options.tamperEvery ?? 20;
  const now = options.now ?? new Date('2026-12-03T09:00:00.000Z');
  const draw = random(seed);
  const pack: Pack = {
    id: 'class-practice',
    title: 'Class practice',
    description: 'Five complaints to practise this week.',
    scenarios: scenarios.map((scenario) => scenario.id),
    passMark: 60,
  };
  const files: ClassFile[] = [];
  for (let learner = 0; learner < learners; learner += 1) {
    const first = FIRST[Math.floor(draw() * FIRST.length)] ?? 'Sam';
    const last = LAST[Math.floor(draw() * LAST.length)] ?? 'Jones';
    const learnerName = `${first} ${last} ${learner + 1}`;
    for (const scenario of scenarios) {
      const playSeed = Math.floor(draw() * 2_147_483_647);
      const savedAt = now.toISOString();
      const transcript = playPolicy({ scenario, policy: 'random', seed: playSeed, timing: 'off' });
      const play: PlayForResult = {
        record: {
          playId: `play-${learner}-${scenario.id}`.slice(0, 80),
          savedAt,
          result: {
            format: 'resolve-result',
            version: 1,
            scenarioId: scenario.id,
            scenarioTitle: scenario.title,
            packId: pack.id,
            timingSource: 'default',
            finishedAt: savedAt,
            transcript,
          },
          reflection: {
            wentWell: `${first} kept calm.`,
            doDifferently: 'Check the facts before offering anything.',
            savedAt,
          },
        },
        scenario,
        debrief: scoreTranscript(scenario, transcript),
      };
      const file = makeResultFile({ learnerName, now, pack, plays: [play] });
      const index = files.length;
      const tampered =
        tamperEvery > 0 && index % tamperEvery === tamperEvery - 1
          ? (TAMPERINGS[Math.floor(index / tamperEvery) % TAMPERINGS.length] ?? null)
          : null;
      const json = JSON.parse(JSON.stringify(file)) as Json;
      files.push({
        name: resultsFileName(learnerName, scenario.title, now),
        text: tampered === null ? JSON.stringify(json, null, 2) : tamper(json, tampered),
        learnerName,
        scenarioId: scenario.id,
        tampered,
      });
    }
  }
  return files;
}
