import { describe, expect, it } from 'vitest';
import { contentHash } from '../../engine/hash.ts';
import { headphones } from '../../records/test-plays.ts';
import { withShipped } from '../../scenario/shipped-versions.ts';
import { makeResultFile } from '../make-result-file.ts';
import { readResultFile } from '../read-result-file.ts';
import { asJson, NOW, playFor, sampleFile, shipped } from '../test-files.ts';
import { gradebookRow } from './row.ts';

const rowOf = (text: string, list = shipped) =>
  gradebookRow(readResultFile(text, { shipped: list }), { key: '1', fileName: 'sam.json' });

type Json = Record<string, unknown>;

describe('a gradebook row', () => {
  it('says consistent for an untouched file, with statuses from the replay', () => {
    const file = sampleFile();
    const row = rowOf(JSON.stringify(file));
    expect(row).toMatchObject({
      learnerName: 'Sam Jones',
      pack: { id: 'starter', title: 'Starter pack' },
      verdict: 'consistent',
      consistency: 'consistent',
      details: [],
    });
    expect(row.scenarios).toEqual([headphones.title, file.checks[0]!.check.title]);
    expect(Object.keys(row.criteria).length).toBeGreaterThan(0);
    expect(JSON.stringify(row)).not.toMatch(/verified/i);
  });

  it('takes a criterion status from the replay, never from the stored score', () => {
    const file = asJson(sampleFile());
    const play = (file.plays as Json[])[0] as Json;
    const criteria = (play.debrief as Json).criteria as Record<string, Json>;
    const [id, stored] = Object.entries(criteria).find(([, each]) => each.status !== 'met') ?? [];
    if (id === undefined || stored === undefined) throw new Error('every criterion met');
    const replayed = rowOf(JSON.stringify(sampleFile())).criteria;
    stored.status = 'met';
    const row = rowOf(JSON.stringify(file));
    expect(row.verdict).toBe('not-consistent');
    expect(row.consistency).toBe('not consistent: a stored score differs from the replay');
    expect(row.details.join(' ')).toContain(`stored criterion ${id} status "met"`);
    expect(row.criteria).toEqual(replayed);
  });

  it('flags a tampered file with its reason, and names a damaged one', () => {
    const file = asJson(sampleFile());
    (file.plays as Json[])[0]!.contentHash = 'b'.repeat(64);
    expect(rowOf(JSON.stringify(file)).consistency).toBe('not consistent: the file is damaged');
    const cut = rowOf(JSON.stringify(sampleFile()).slice(0, 500));
    expect(cut).toMatchObject({ learnerName: null, verdict: 'not-consistent', criteria: {} });
    expect(cut.consistency).toBe('not consistent: the file is damaged');
    expect(cut.details[0]).toMatch(/^sam\.json: The file is not complete JSON/);
    expect(cut.consistencyInFull).toMatch(/^not consistent: sam\.json: /);
    expect(rowOf('hello').details[0]).toMatch(/^sam\.json: /);
  });

  it("is consistent on an older shipped version, and says tutor's own scenario for unknown content", () => {
    const older = { ...headphones, title: `${headphones.title} (first version)` };
    const list = withShipped(
      shipped,
      [{ kind: 'scenario', id: older.id, contentHash: contentHash(older) }],
      '2026-01-01',
    );
    const old = makeResultFile({ learnerName: 'Sam', now: NOW, plays: [playFor(older)] });
    expect(rowOf(JSON.stringify(old), list).consistency).toBe('consistent');
    const own = makeResultFile({
      learnerName: 'Sam',
      now: NOW,
      plays: [playFor({ ...headphones, id: 'my-own' })],
    });
    expect(rowOf(JSON.stringify(own))).toMatchObject({
      verdict: 'own-scenario',
      consistency: "tutor's own scenario",
    });
  });

  it("takes the group from the tutor's packs", () => {
    const row = gradebookRow(readResultFile(JSON.stringify(sampleFile()), { shipped }), {
      key: '1',
      fileName: 'sam.json',
      groupOf: (packId) => (packId === 'starter' ? 'Tuesday group' : undefined),
    });
    expect(row.group).toBe('Tuesday group');
  });
});
