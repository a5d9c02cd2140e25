import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../engine/hash.ts';
import { headphones } from '../records/test-plays.ts';
import { withShipped } from '../scenario/shipped-versions.ts';
import { consistencyWords } from '../scoring/consistency.ts';
import { asJson, NOW, playFor, sampleFile, shipped } from './test-files.ts';
import { makeResultFile } from './make-result-file.ts';
import { readResultFile } from './read-result-file.ts';
import { RESULT_FILE_MAX_CHARACTERS, RESULT_FILE_STATEMENT } from './result-file.ts';

type Json = Record<string, unknown>;
const read = (value: unknown) => readResultFile(JSON.stringify(value), { shipped });
const words = (value: unknown): string => consistencyWords(read(value).consistency);
const firstPlay = (file: Json): Json => (file.plays as Json[])[0] as Json;

describe('a result file', () => {
  it('reads back what was saved, and an untouched file is consistent', () => {
    const file = sampleFile();
    const result = readResultFile(JSON.stringify(file, null, 2), { shipped });
    if (!result.ok) throw new Error(result.message);
    expect(result.file).toEqual(file);
    expect(consistencyWords(result.consistency)).toBe('consistent');
    expect(result.plays[0]?.debrief?.overall).toBe(file.plays[0]?.debrief.overall);
    expect(result.checks[0]?.consistency.verdict).toBe('consistent');
    expect(result.file.statement).toBe(RESULT_FILE_STATEMENT);
    expect(result.file.plays[0]?.transcript.seed).toBe(3);
    expect(result.file.plays[0]?.reflection?.wentWell).toBe('I listened.');
  });

  it('is consistent when made with an older shipped version of the scenario', () => {
    const older = { ...headphones, title: `${headphones.title} (first version)` };
    const list = withShipped(
      withShipped(
        shipped,
        [{ kind: 'scenario', id: older.id, contentHash: contentHash(older) }],
        '2026-01-01',
      ),
      [],
      '2026-02-01',
    );
    const file = makeResultFile({ learnerName: 'Sam', now: NOW, plays: [playFor(older)] });
    const result = readResultFile(JSON.stringify(file), { shipped: list });
    expect(consistencyWords(result.consistency)).toBe('consistent');
  });

  it("says tutor's own scenario for content the build never listed", () => {
    const own = { ...headphones, id: 'my-own-scenario' };
    const file = makeResultFile({ learnerName: 'Sam', now: NOW, plays: [playFor(own)] });
    expect(words(file)).toBe("tutor's own scenario");
  });

  it('flags an edited score', () => {
    const file = asJson(sampleFile());
    const debrief = firstPlay(file).debrief as Json;
    const was = debrief.overall as number;
    debrief.overall = was === 100 ? 0 : 100;
    expect(words(file)).toBe(
      `not consistent: scenario "${headphones.id}": stored overall ${String(debrief.overall)}, replay ${was}`,
    );
    const check = (asJson(sampleFile()).checks as Json[])[0] as Json;
    const edited = asJson(sampleFile());
    (edited.checks as Json[])[0] = { ...check, result: { ...(check.result as Json), score: 101 } };
    expect(read(edited).ok).toBe(false); // out of range: the schema refuses it
    (edited.checks as Json[])[0] = {
      ...check,
      result: { ...(check.result as Json), right: 99 },
    };
    expect(words(edited)).toMatch(/^not consistent: knowledge check .*stored right 99/);
  });

  it('flags an edited criterion status', () => {
    const file = asJson(sampleFile());
    const criteria = (firstPlay(file).debrief as Json).criteria as Record<string, Json>;
    const [id, result] = Object.entries(criteria)[0] ?? [];
    if (id === undefined || result === undefined) throw new Error('no criteria in the fixture');
    result.status = result.status === 'met' ? 'not-met' : 'met';
    expect(words(file)).toContain(`stored criterion ${id} status "${String(result.status)}"`);
  });

  it('flags an edited choice, legal or not', () => {
    const file = asJson(sampleFile());
    const events = (firstPlay(file).transcript as Json).events as Json[];
    const index = events.findIndex((event) => event.type === 'CHOOSE');
    (events[index] as Json).choiceId = 'no-such-choice';
    expect(read(file).consistency).toMatchObject({ reason: 'edited-choice' });
    // Another choice that was on screen: the path after it no longer matches what was shown.
    const other = asJson(sampleFile());
    const play = firstPlay(other);
    const otherEvents = (play.transcript as Json).events as Json[];
    const orders = play.shownOrder as string[][];
    const at = otherEvents.findIndex(
      (event, i) => event.type === 'CHOOSE' && (orders[i]?.length ?? 0) > 1,
    );
    const chosen = (otherEvents[at] as Json).choiceId;
    (otherEvents[at] as Json).choiceId = orders[at]?.find((choice) => choice !== chosen);
    expect(read(other).consistency.verdict).toBe('not-consistent');
  });

  it('flags an edited option order, and an edited ordering rule or seed', () => {
    const file = asJson(sampleFile());
    const orders = firstPlay(file).shownOrder as string[][];
    const order = orders.find((each) => each.length > 1);
    if (order === undefined) throw new Error('no step with two choices');
    order.reverse();
    expect(read(file).consistency).toMatchObject({ reason: 'edited-option-order' });
    const rule = asJson(sampleFile());
    (firstPlay(rule).transcript as Json).optionOrder = 'authored';
    expect(read(rule).consistency.verdict).toBe('not-consistent');
  });

  it('flags a changed hash, and content changed together with its hash', () => {
    const file = asJson(sampleFile());
    firstPlay(file).contentHash = 'a'.repeat(64);
    expect(read(file).consistency).toMatchObject({ reason: 'damaged-file' });
    const both = asJson(sampleFile());
    const play = firstPlay(both);
    const edited = { ...headphones, title: 'An easier scenario' };
    play.scenario = edited;
    play.contentHash = contentHash(edited);
    (play.transcript as Json).scenario = { id: edited.id, contentHash: contentHash(edited) };
    expect(words(both)).toBe(
      'not consistent: the scenario content is not a version this build has shipped',
    );
  });

  it('refuses a truncated, oversized, foreign or newer file with a message naming the fix', () => {
    const text = JSON.stringify(sampleFile());
    const truncated = readResultFile(text.slice(0, text.length / 2), { shipped });
    expect(truncated).toMatchObject({ ok: false, consistency: { reason: 'damaged-file' } });
    if (!truncated.ok) expect(truncated.message).toMatch(/cut short.*save the result file again/);
    const huge = readResultFile(' '.repeat(RESULT_FILE_MAX_CHARACTERS + 1), { shipped });
    if (huge.ok) throw new Error('a huge file was read');
    expect(huge.message).toMatch(/at most/);
    const foreign = read({ format: 'resolve-profile-export' });
    if (foreign.ok) throw new Error('a profile export was read');
    expect(foreign.message).toMatch(/^format: this is not a Resolve result file/);
    const newer = read({ ...asJson(sampleFile()), version: 2 });
    if (newer.ok) throw new Error('a newer file was read');
    expect(newer.message).toMatch(/newer version of Resolve.*Update Resolve/);
    const wrong = asJson(sampleFile());
    (firstPlay(wrong).transcript as Json).seed = 'three';
    const named = read(wrong);
    if (named.ok) throw new Error('a bad seed was read');
    expect(named.message).toMatch(/^plays\[0\]\.transcript\.seed: /);
  });

  it('changes no statement: the plain words of what it is are fixed', () => {
    const file = asJson(sampleFile());
    file.statement = 'Verified performance evidence.';
    expect(read(file).ok).toBe(false);
  });

  it('never throws on mutated files, and always says something readable', () => {
    const base = asJson(sampleFile());
    const text = JSON.stringify(base);
    const values = fc.oneof(
      fc.constantFrom(null, 0, -1, 1e308, '', 'x', true, [], {}, '__proto__', 'constructor'),
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.double(),
    );
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (typeof value === 'object' && value !== null)
        for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(base, []);
    const setAt = (root: unknown, path: (string | number)[], value: unknown): unknown => {
      if (path.length === 0) return value;
      const copy = structuredClone(root) as Record<string | number, unknown>;
      let at = copy;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      at[path.at(-1) as string | number] = value;
      return copy;
    };
    const mutation = fc.oneof(
      fc
        .record({ path: fc.constantFrom(...paths), value: values })
        .map(({ path, value }) => JSON.stringify(setAt(base, path, value))),
      fc.nat({ max: text.length }).map((cut) => text.slice(0, cut)),
      fc
        .tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([at, insert]) => text.slice(0, at) + insert + text.slice(at + 1)),
      fc.string(),
    );
    fc.assert(
      fc.property(mutation, (mutated) => {
        const result = readResultFile(mutated, { shipped });
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
        expect(consistencyWords(result.consistency).length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  });
});
