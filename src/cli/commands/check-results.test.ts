import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { captureIo } from '../io.ts';

/*
 * `resolve play --result` writes a result file as the game does; `resolve check-results` reads it
 * as the gradebook does. Tested together: an untouched file is consistent, each kind of edit is
 * named, and a damaged file gets one line naming it, never a stack trace.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = join(root, 'src/engine/fixtures/fixture-headphones.yaml');
const SCENARIO = 'scenarios/retail/fixture-headphones.yaml';

type Json = Record<string, unknown>;

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'resolve-check-results-'));
  await mkdir(join(cwd, 'scenarios/retail'), { recursive: true });
  await copyFile(fixture, join(cwd, SCENARIO));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const io = captureIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

/** The shipped list of the temporary folder, with the fixture on it (as a release would have). */
async function ship(): Promise<void> {
  const added = await run('versions');
  expect(added.code, added.err).toBe(0);
}

async function playToFile(name = 'sam.resolve-result.json', ...extra: string[]): Promise<Json> {
  const played = await run(
    'play',
    SCENARIO,
    '--policy',
    'random',
    '--seed',
    '4',
    '--result',
    name,
    '--learner',
    'Sam Jones',
    ...extra,
  );
  expect(played.code, played.err).toBe(0);
  expect(played.err).toContain(`Result file written to ${name}.`);
  return JSON.parse(await readFile(join(cwd, name), 'utf8')) as Json;
}

const save = (name: string, value: unknown) => writeFile(join(cwd, name), JSON.stringify(value));
const firstPlay = (file: Json): Json => (file.plays as Json[])[0] as Json;

interface Report {
  file: string;
  verdict: string;
  reason: string | null;
  words: string;
  learner: string | null;
}
async function checkJson(...files: string[]) {
  const result = await run('check-results', '--json', ...files);
  return { code: result.code, reports: JSON.parse(result.out) as Report[], err: result.err };
}

describe('resolve play --result, then resolve check-results', () => {
  it('is listed among the commands', async () => {
    expect((await run('--help')).out).toContain('  check-results');
    expect((await run('check-results', '--help')).code).toBe(0);
  });

  it('writes a file the game could have written, and finds it consistent', async () => {
    await ship();
    const file = await playToFile();
    expect(file).toMatchObject({
      format: 'resolve-result-file',
      learnerName: 'Sam Jones',
      plays: [{ scenario: { id: 'fixture-headphones' }, transcript: { seed: 4 } }],
      checks: [],
    });
    const checked = await run('check-results', 'sam.resolve-result.json');
    expect(checked.code, checked.err).toBe(0);
    expect(checked.out).toContain('sam.resolve-result.json: consistent');
    expect(checked.out).toContain('learner: Sam Jones');
    expect(checked.out).toContain('pack: none');
    expect(checked.out).toMatch(/scenario fixture-headphones “Headphones[^”]*”: consistent/);
    expect(checked.out).toContain('1 file: 1 consistent, 0 not consistent');
    expect(`${checked.out}${checked.err}`).not.toMatch(/verified/i);
  });

  it("says tutor's own scenario when the build has not shipped it", async () => {
    await playToFile();
    const checked = await run('check-results', 'sam.resolve-result.json');
    expect(checked.code).toBe(0);
    expect(checked.out).toContain("sam.resolve-result.json: tutor's own scenario");
    expect(checked.err).toContain('scenarios/versions.json is missing or empty');
  });

  it('names an edited score, choice, option order and hash, and exits 1', async () => {
    await ship();
    const file = await playToFile();

    const score = structuredClone(file);
    const debrief = firstPlay(score).debrief as Json;
    const was = debrief.overall as number;
    debrief.overall = was === 100 ? 0 : 100;
    await save('score.json', score);

    const choice = structuredClone(file);
    const events = (firstPlay(choice).transcript as Json).events as Json[];
    const chosen = events.find((event) => event.type === 'CHOOSE') as Json;
    chosen.choiceId = 'no-such-choice';
    await save('choice.json', choice);

    const order = structuredClone(file);
    const orders = firstPlay(order).shownOrder as string[][];
    const several = orders.find((each) => each.length > 1);
    if (several === undefined) throw new Error('no step with two choices');
    several.reverse();
    await save('order.json', order);

    const hash = structuredClone(file);
    firstPlay(hash).contentHash = 'b'.repeat(64);
    await save('hash.json', hash);

    const { code, reports } = await checkJson(
      'sam.resolve-result.json',
      'score.json',
      'choice.json',
      'order.json',
      'hash.json',
    );
    expect(code).toBe(1);
    expect(reports.map((report) => [report.file, report.verdict, report.reason])).toEqual([
      ['sam.resolve-result.json', 'consistent', null],
      ['score.json', 'not-consistent', 'edited-score'],
      ['choice.json', 'not-consistent', 'edited-choice'],
      ['order.json', 'not-consistent', 'edited-option-order'],
      ['hash.json', 'not-consistent', 'damaged-file'],
    ]);
    expect(reports[1]?.words).toBe(
      `not consistent: scenario "fixture-headphones": stored overall ${String(debrief.overall)}, replay ${was}`,
    );
    // Each file on its own: one edit is enough for exit 1.
    const text = await run('check-results', 'score.json');
    expect(text.code).toBe(1);
    expect(text.out).toContain('score.json: not consistent: scenario "fixture-headphones": stored');
    expect(text.out).toContain('1 file: 0 consistent, 1 not consistent');
  });

  it('gives a damaged, cut, missing or foreign file one clear line, no stack trace', async () => {
    await ship();
    const file = await playToFile();
    const text = JSON.stringify(file);
    await writeFile(join(cwd, 'cut.json'), text.slice(0, text.length / 2));
    await writeFile(join(cwd, 'foreign.json'), '{"hello": 1}');
    await mkdir(join(cwd, 'folder'));
    const result = await run(
      'check-results',
      'cut.json',
      'foreign.json',
      'missing.json',
      'folder',
      'sam.resolve-result.json',
    );
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(
      /^cut\.json: not consistent: The file is not complete JSON .*cut short/,
    );
    expect(lines[1]).toMatch(
      /^foreign\.json: not consistent: format: this is not a Resolve result/,
    );
    expect(lines[2]).toBe('missing.json: not consistent: there is no such file; check the name');
    expect(lines[3]).toBe('folder: not consistent: this is a folder; give the result files in it');
    expect(lines[4]).toBe('sam.resolve-result.json: consistent');
    expect(result.out).toContain('5 files: 1 consistent, 4 not consistent');
    expect(`${result.out}${result.err}`).not.toMatch(/\n\s+at |Error:/);
  });

  it('refuses a learner name the result file could not hold, and needs a file', async () => {
    const long = await run(
      'play',
      SCENARIO,
      '--policy',
      'best',
      '--result',
      'x.json',
      '--learner',
      'x'.repeat(61),
    );
    expect(long.code).toBe(2);
    expect(long.err).toContain('--learner must be a name of 1 to 60 characters');
    expect((await run('check-results')).code).toBe(2);
    const nowhere = await run(
      'play',
      SCENARIO,
      '--policy',
      'best',
      '--result',
      'no/such/folder/x.json',
    );
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toContain(
      'The result file could not be written to no/such/folder/x.json (ENOENT)',
    );
  });
});
