import { describe, expect, it } from 'vitest';
import { dateInWords, historyRows, recordOfTranscript } from './history.ts';
import { scorePlay } from './scored-play.ts';
import { headphones, meterLetter, playRecord } from './test-plays.ts';

const best = playRecord({
  scenario: headphones,
  policy: 'best',
  playId: 'a1',
  savedAt: '2026-12-01T10:00:00.000Z',
});
const worst = playRecord({
  scenario: headphones,
  policy: 'worst',
  playId: 'b2',
  savedAt: '2026-12-02T09:00:00.000Z',
});
const letter = playRecord({
  scenario: meterLetter,
  policy: 'best',
  playId: 'c3',
  savedAt: '2026-11-20T12:00:00.000Z',
});

describe('history rows', () => {
  it('lists finished plays newest first, scored again from their transcripts', () => {
    const rows = historyRows(
      [best, worst, letter].map((record) =>
        scorePlay(record, headphones.id === record.result.scenarioId ? headphones : meterLetter),
      ),
    );
    expect(rows.map((row) => row.playId)).toEqual(['b2', 'a1', 'c3']);
    const [first, second] = rows;
    expect(first!.title).toBe(headphones.title);
    if (!first!.result.ok || !second!.result.ok) throw new Error('expected scored rows');
    expect(second!.result.overall).toBeGreaterThan(first!.result.overall ?? 0);
    expect(second!.result.overallWords).toMatch(/shown/);
    expect(second!.result.outcome).not.toBeNull();
  });

  it('keeps a play whose scenario is gone, with the reason instead of a score', () => {
    const [row] = historyRows([scorePlay(best, undefined)]);
    expect(row!.result).toEqual({
      ok: false,
      problem: 'this scenario is no longer in the library',
    });
  });

  it('never reads a score kept beside the transcript', () => {
    const tampered = { ...best, result: { ...best.result, overall: 100 } } as typeof best;
    const [row] = historyRows([scorePlay(tampered, headphones)]);
    const [honest] = historyRows([scorePlay(best, headphones)]);
    expect(row!.result).toEqual(honest!.result);
  });

  it('says whether a reflection was written', () => {
    const reflected = {
      ...best,
      reflection: { wentWell: 'x', doDifferently: 'y', savedAt: best.savedAt },
    };
    expect(historyRows([scorePlay(reflected, headphones)])[0]!.hasReflection).toBe(true);
    expect(historyRows([scorePlay(best, headphones)])[0]!.hasReflection).toBe(false);
  });
});

describe('dates in words', () => {
  const now = new Date('2026-12-02T17:30:00.000Z');
  it.each([
    ['2026-12-02T14:05:00.000Z', 'today at 14:05'],
    ['2026-12-01T09:30:00.000Z', 'yesterday at 09:30'],
    ['2026-11-28T09:30:00.000Z', '4 days ago'],
    ['2026-11-02T09:30:00.000Z', '2 November 2026'],
    ['not a date', 'on an unknown date'],
  ])('%s reads “%s”', (iso, words) => {
    expect(dateInWords(iso, now, 'UTC')).toBe(words);
  });

  it('counts days in the learner’s time zone, not in UTC', () => {
    // 23:30 UTC on 1 December is already 2 December in Tokyo.
    expect(
      dateInWords('2026-12-01T23:30:00.000Z', new Date('2026-12-02T10:00:00.000Z'), 'Asia/Tokyo'),
    ).toBe('today at 08:30');
  });
});

describe('the record of a play just finished', () => {
  it('is found by its transcript, the newest first', () => {
    const again = { ...best, playId: 'z9', savedAt: '2026-12-03T00:00:00.000Z' };
    expect(recordOfTranscript([best, worst, again], best.result.transcript)?.playId).toBe('z9');
    expect(recordOfTranscript([worst, letter], best.result.transcript)).toBeUndefined();
  });
});
