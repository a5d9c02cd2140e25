import { describe, expect, it } from 'vitest';
import { playPolicy } from '../engine/policies.ts';
import { loadFixture } from '../engine/fixtures/load.ts';
import { compareStoredScores, consistencyWords, judgeStoredScores } from './consistency.ts';
import { scoreTranscript } from './score.ts';

const scenario = loadFixture('fixture-headphones');
const transcript = playPolicy({ scenario, policy: 'random', seed: 3, timing: 'standard' });
const debrief = scoreTranscript(scenario, transcript);
/** What a file holds once written and read back: plain JSON. */
const stored = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify({ ...debrief, transcript })) as Record<string, unknown>;

describe('consistency of stored scores with the replay', () => {
  it('finds nothing to say about an untouched result', () => {
    expect(compareStoredScores(stored(), debrief)).toEqual([]);
    expect(consistencyWords(judgeStoredScores(stored(), debrief))).toBe('consistent');
  });

  it('names each edited score, with the stored value and the replayed one', () => {
    const file = stored();
    file.overall = debrief.overall === 100 ? 0 : 100;
    expect(consistencyWords(judgeStoredScores(file, debrief))).toBe(
      `not consistent: stored overall ${String(file.overall)}, replay ${String(debrief.overall)}`,
    );
    const criteria = file.criteria as Record<string, { status: string }>;
    const [id, result] = Object.entries(criteria)[0] ?? [];
    if (id === undefined || result === undefined) throw new Error('fixture has no criteria');
    const was = result.status;
    result.status = was === 'shown' ? 'not-shown' : 'shown';
    expect(compareStoredScores(file, debrief)).toContain(
      `stored criterion ${id} status "${result.status}", replay "${was}"`,
    );
  });

  it('treats damaged shapes as differences and never throws', () => {
    for (const damaged of [
      null,
      7,
      'text',
      [],
      { overall: '100' },
      { criteria: [] },
      { ending: 3 },
    ]) {
      const differences = compareStoredScores(damaged, debrief);
      expect(differences.length).toBeGreaterThan(0);
    }
    // Ids that are not own properties of the replayed results are not found on the prototype.
    expect(
      compareStoredScores({ criteria: { constructor: { status: 'shown' } } }, debrief),
    ).toContain('stored criterion constructor status "shown", replay has no criterion constructor');
  });

  it('has a word for each verdict, never "verified"', () => {
    const words = [
      consistencyWords({ verdict: 'consistent' }),
      consistencyWords({ verdict: 'own-scenario' }),
      consistencyWords({ verdict: 'not-consistent', reason: 'damaged-file', details: [] }),
    ];
    expect(words).toEqual([
      'consistent',
      "tutor's own scenario",
      'not consistent: the file is damaged',
    ]);
    expect(words.join(' ')).not.toMatch(/verif/i);
  });
});
