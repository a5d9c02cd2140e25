import { describe, expect, it } from 'vitest';
import { completedWords, scenarioRecords } from './scenario-records.ts';
import { scorePlay } from './scored-play.ts';
import { headphones, meterLetter, playRecord } from './test-plays.ts';

const plays = [
  playRecord({
    scenario: headphones,
    policy: 'best',
    playId: 'a',
    savedAt: '2026-12-01T10:00:00Z',
  }),
  playRecord({
    scenario: headphones,
    policy: 'worst',
    playId: 'b',
    savedAt: '2026-12-02T10:00:00Z',
  }),
  playRecord({
    scenario: meterLetter,
    policy: 'worst',
    playId: 'c',
    savedAt: '2026-12-02T11:00:00Z',
  }),
];

describe('scenario records', () => {
  const records = scenarioRecords(
    plays.map((record) =>
      scorePlay(record, record.result.scenarioId === headphones.id ? headphones : meterLetter),
    ),
  );

  it('counts the finished plays of each scenario', () => {
    expect(records.get(headphones.id)?.completed).toBe(2);
    expect(records.get(meterLetter.id)?.completed).toBe(1);
    expect(records.has('never-played')).toBe(false);
  });

  it('keeps the best overall score, not the latest', () => {
    const record = records.get(headphones.id)!;
    expect(record.best?.playId).toBe('a');
    expect(record.latest.playId).toBe('b');
    if (!record.latest.ok) throw new Error('expected a score');
    expect(record.best!.overall).toBeGreaterThan(record.latest.overall ?? 0);
  });

  it('never takes an unscored play as the best', () => {
    const gone = scenarioRecords([scorePlay(plays[0]!, undefined)]);
    expect(gone.get(headphones.id)?.best).toBeNull();
    expect(gone.get(headphones.id)?.completed).toBe(1);
  });

  it('says how often in words', () => {
    expect(completedWords(0)).toBe('Not played yet');
    expect(completedWords(1)).toBe('Completed once');
    expect(completedWords(2)).toBe('Completed 2 times');
  });
});
