import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildScenario, choice, dialogue, oneMoment } from '../../engine/fixtures/build.ts';
import { loadFixture } from '../../engine/fixtures/load.ts';
import { startSession } from '../../engine/session.ts';
import { captureIo } from '../io.ts';
import { playInteractively, run as play } from './play.ts';
import { run as replay } from './replay.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = join(root, 'src/engine/fixtures/fixture-headphones.yaml');

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'resolve-play-'));
  await mkdir(join(cwd, 'scenarios/retail'), { recursive: true });
  await copyFile(fixture, join(cwd, 'scenarios/retail/fixture-headphones.yaml'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function call(command: typeof play, ...argv: string[]) {
  const io = captureIo(cwd);
  const code = await command(argv, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

const SCENARIO = 'scenarios/retail/fixture-headphones.yaml';

describe('resolve play', () => {
  it('prints one JSON object with the debrief and the transcript', async () => {
    const result = await call(play, SCENARIO, '--policy', 'best', '--seed', '7', '--json');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.out) as Record<string, unknown> & {
      overall: number;
      techniques: Record<string, { score: number | null }>;
      criteria: Record<string, { status: string }>;
      transcript: { seed: number; events: unknown[] };
    };
    expect(printed).toMatchObject({
      scenario: { id: 'fixture-headphones' },
      seed: 7,
      ending: { id: 'resolved', kind: 'resolved' },
      criticalErrors: [],
    });
    expect(printed.overall).toBeGreaterThanOrEqual(85);
    expect(printed.techniques.listen?.score).toBe(100);
    expect(printed.techniques['involve-others']?.score).toBeNull();
    for (const criterion of Object.values(printed.criteria)) {
      expect(['met', 'partly-met', 'not-met', 'no-opportunity']).toContain(criterion.status);
    }
    expect(printed.transcript.seed).toBe(7);
    expect(printed.transcript.events.length).toBeGreaterThan(5);
  });

  it('prints a readable debrief', async () => {
    const result = await call(play, SCENARIO, '--policy', 'worst', '--timing', 'off');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Debrief: Headphones that will not charge');
    expect(result.out).toMatch(/Overall: \d+ out of 100/);
    expect(result.out).toContain('Moments');
    expect(result.out).toContain('You argued back twice');
  });

  it('plays the layout policies, shuffled or with --no-shuffle', async () => {
    const transcriptOf = async (...extra: string[]) => {
      const result = await call(play, SCENARIO, '--timing', 'off', '--json', ...extra);
      expect(result.code, result.err).toBe(0);
      return (JSON.parse(result.out) as { transcript: { optionOrder: string; events: unknown[] } })
        .transcript;
    };
    for (const policy of ['first', 'longest', 'shortest']) {
      expect((await transcriptOf('--policy', policy)).optionOrder).toBe('seeded');
    }
    const unshuffled = await transcriptOf('--policy', 'first', '--no-shuffle');
    expect(unshuffled.optionOrder).toBe('authored');
    // Unshuffled, the first option is the author's first: the headphones opening starts with it.
    expect(unshuffled.events[0]).toEqual({ type: 'CHOOSE', choiceId: 'let-her-finish' });
  });

  it('refuses wrong options and unplayable files', async () => {
    expect((await call(play, SCENARIO, '--policy', 'clever')).code).toBe(2);
    expect((await call(play, SCENARIO)).code).toBe(2);
    expect((await call(play, SCENARIO, '--policy', 'best', '--seed', 'abc')).code).toBe(2);
    expect((await call(play, SCENARIO, '--policy', 'best', '--timing', 'slow')).code).toBe(2);
    await writeFile(join(cwd, 'broken.yaml'), 'id: broken\ntitle: Broken\n');
    const broken = await call(play, 'broken.yaml', '--policy', 'best');
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('broken.yaml');
    expect(broken.err).toContain('cannot be played');
  });

  it('plays interactively from piped answers', async () => {
    const session = startSession({
      scenario: loadFixture('fixture-headphones'),
      seed: 1,
      timing: 'standard',
      optionOrder: 'authored',
    });
    const io = captureIo(cwd);
    // Choice 1 throughout; at the records, open a and b first; at the options, the first benefit,
    // risk and rating of each of three options and the first party; at the log, entry 1 for both.
    const answers = ['wait', '1', 'a', 'b', '9', '1', ...Array<string>(10).fill('1'), '1', '1'];
    answers.push(...Array<string>(8).fill('1'));
    const finished = await playInteractively({
      session,
      input: Readable.from(answers.map((answer) => `${answer}\n`)),
      io,
      realTime: false,
    });
    expect(finished).toBe(true);
    expect(session.transcript().events.slice(0, 4)).toEqual([
      { type: 'TIMEOUT' },
      { type: 'CHOOSE', choiceId: 'ask-details' },
      { type: 'CHECK_RECORD', recordId: 'order' },
      { type: 'CHECK_RECORD', recordId: 'returns-policy' },
    ]);
    expect(io.out.join('\n')).toContain('Type a number from 1 to');
    expect(io.out.join('\n')).toContain('Main benefit (1–3):');
    expect(session.transcript().events).toContainEqual({ type: 'PUT_TO', audience: 'customer' });
    expect(io.out.join('\n')).toContain('Bought 21 days ago.');
    expect(session.isOver()).toBe(true);
  });

  it('lists the choices again when opening a record changes them', async () => {
    const scenario = oneMoment({
      kind: 'investigate',
      prompt: 'Check first.',
      records: [
        {
          id: 'order',
          title: 'The order',
          body: ['Paid by card.'],
          relevant: true,
          why: 'It shows the purchase.',
        },
      ],
      choices: [
        choice('guess'),
        choice('informed', { next: [{ if: { checked: 'order' }, to: 'end' }] }),
      ],
    });
    const session = startSession({ scenario, seed: 1, timing: 'off' });
    const io = captureIo(cwd);
    const finished = await playInteractively({
      session,
      input: Readable.from(['a\n', '2\n']),
      io,
      realTime: false,
    });
    expect(finished).toBe(true);
    expect(io.out).toContain('What you found changes what you can do:');
    expect(session.transcript().events).toEqual([
      { type: 'CHECK_RECORD', recordId: 'order' },
      { type: 'CHOOSE', choiceId: 'informed' },
    ]);
  });

  it('prints the text as it reads on this play, never the list of variants', async () => {
    const scenario = buildScenario({
      nodes: {
        start: dialogue([
          choice('pay-cash', { sets: ['refund-cash'], next: 'office' }),
          choice('card', { next: 'office' }),
        ]),
        office: {
          kind: 'follow-up',
          prompt: [
            { if: { flag: 'refund-cash' }, text: 'Note the cash taken from the float.' },
            { text: 'Ask the duty manager to sign the refund slip.' },
          ],
          choices: [choice('done', { next: 'end' })],
        },
        end: {
          kind: 'ending',
          outcome: 'resolved',
          epilogue: [
            { if: { flag: 'refund-cash' }, text: 'Grace left with £89.99 in cash.' },
            { text: 'The refund went back on her card.' },
          ],
        },
      },
    });
    const io = captureIo(cwd);
    const session = startSession({ scenario, seed: 1, timing: 'off', optionOrder: 'authored' });
    const finished = await playInteractively({
      session,
      input: Readable.from(['1\n', '1\n']),
      io,
      realTime: false,
    });
    expect(finished).toBe(true);
    const printed = io.out.join('\n');
    expect(printed).toContain('Note the cash taken from the float.');
    expect(printed).not.toContain('duty manager');
    expect(printed).not.toContain('[object Object]');
  });

  it('says so when the answers run out before the ending', async () => {
    const session = startSession({
      scenario: loadFixture('fixture-headphones'),
      seed: 1,
      timing: 'off',
    });
    const finished = await playInteractively({
      session,
      input: Readable.from(['1\n']),
      io: captureIo(cwd),
      realTime: false,
    });
    expect(finished).toBe(false);
    expect(session.transcript().events).toHaveLength(1);
  });

  // A real process: Node starts, tsx compiles the CLI, the scenario loads and is played. That takes
  // seconds on a busy two-core machine, so the child gets a minute and the test a little more.
  const SPAWN_LIMIT_MS = 60_000;
  it(
    'works end to end with stdin piped into the resolve command',
    { timeout: SPAWN_LIMIT_MS + 30_000 },
    () => {
      const result = spawnSync(
        process.execPath,
        [
          join(root, 'bin/resolve.mjs'),
          'play',
          SCENARIO,
          '--interactive',
          '--timing',
          'off',
          '--no-shuffle',
          '--json',
        ],
        {
          cwd,
          input: `${Array.from({ length: 60 }, () => '1').join('\n')}\n`,
          encoding: 'utf8',
          timeout: SPAWN_LIMIT_MS,
        },
      );
      expect(result.error, 'the resolve process did not finish in time').toBeUndefined();
      // bin/resolve.mjs compiles first when src/ changed since the last build, and says so.
      expect(result.stderr.replace(/^.*compiling the resolve CLI.*\n/gim, '')).toBe('');
      expect(result.status).toBe(0);
      const printed = JSON.parse(result.stdout.slice(result.stdout.indexOf('\n{') + 1)) as {
        ending: { kind: string };
        transcript: { timing: string; optionOrder: string };
      };
      expect(printed.transcript.timing).toBe('off');
      expect(printed.transcript.optionOrder).toBe('authored');
      expect(printed.ending.kind).toBe('resolved');
    },
  );
});

describe('resolve replay', () => {
  async function recorded(): Promise<string> {
    const played = await call(play, SCENARIO, '--policy', 'random', '--seed', '3', '--json');
    await writeFile(join(cwd, 'played.json'), played.out);
    const { transcript } = JSON.parse(played.out) as { transcript: unknown };
    await writeFile(join(cwd, 'transcript.json'), JSON.stringify(transcript));
    return played.out;
  }

  it('prints the same object as play, finding the scenario by id', async () => {
    const original = await recorded();
    const replayed = await call(replay, 'transcript.json', '--json');
    expect(replayed.code).toBe(0);
    expect(JSON.parse(replayed.out)).toEqual(JSON.parse(original));
    const fromPlayOutput = await call(replay, 'played.json', '--json', '--scenario', SCENARIO);
    expect(JSON.parse(fromPlayOutput.out)).toEqual(JSON.parse(original));
  });

  it('refuses a transcript recorded against another version of the scenario', async () => {
    await recorded();
    const file = join(cwd, SCENARIO);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        'Headphones that will not charge',
        'Headphones that stopped charging',
      ),
    );
    const result = await call(replay, 'transcript.json');
    expect(result.code).toBe(1);
    expect(result.err).toContain('different version of scenario "fixture-headphones"');
  });

  it('names the file and the problem for a malformed transcript', async () => {
    await writeFile(join(cwd, 'bad.json'), '{ "format": ');
    const notJson = await call(replay, 'bad.json');
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain('bad.json is not valid JSON');
    await writeFile(
      join(cwd, 'wrong.json'),
      JSON.stringify({
        format: 'resolve-transcript',
        version: 1,
        scenario: { id: 'fixture-headphones', contentHash: 'x' },
        seed: 1,
        timing: 'standard',
        events: [{ type: 'CHOOSE' }],
      }),
    );
    const wrong = await call(replay, 'wrong.json');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('wrong.json is not a valid Resolve transcript');
    expect(wrong.err).toContain('scenario.contentHash');
    expect(wrong.err).toContain('events[0].choiceId');
  });

  it('compares the scores a file carries with the replay, and exits 1 when they were edited', async () => {
    const original = await recorded();
    const untouched = await call(replay, 'played.json', '--scenario', SCENARIO);
    expect(untouched.code).toBe(0);
    expect(untouched.err).toContain('played.json: consistent');
    const edited = JSON.parse(original) as { overall: number; transcript: unknown };
    const stored = edited.overall === 100 ? 0 : 100;
    await writeFile(join(cwd, 'edited.json'), JSON.stringify({ ...edited, overall: stored }));
    const result = await call(replay, 'edited.json', '--scenario', SCENARIO);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `edited.json: not consistent: stored overall ${stored}, replay ${edited.overall}`,
    );
    // A bare transcript claims no scores: nothing to compare, as before.
    expect((await call(replay, 'transcript.json')).code).toBe(0);
  });

  it('says when it cannot find the scenario', async () => {
    await recorded();
    await rm(join(cwd, 'scenarios'), { recursive: true });
    const result = await call(replay, 'transcript.json');
    expect(result.code).toBe(1);
    expect(result.err).toContain('--scenario');
  });
});
