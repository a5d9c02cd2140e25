import { describe, expect, it } from 'vitest';
import { outcomeWords, overallWords, resultWords } from './result-words.ts';

describe('a past result in words', () => {
  const resolved = {
    ok: true as const,
    overall: 82,
    overallWords: 'shown',
    outcome: 'resolved' as const,
    acceptable: true,
  };

  it('names the outcome and the overall score with its status words', () => {
    expect(outcomeWords(resolved)).toBe('Resolved, an acceptable ending');
    expect(overallWords(resolved)).toBe('82 out of 100 overall (shown)');
    expect(resultWords(resolved)).toBe(
      'Resolved, an acceptable ending. 82 out of 100 overall (shown).',
    );
  });

  it('says a play stopped before an ending has no overall score', () => {
    const stopped = { ...resolved, overall: null, overallWords: null, outcome: null };
    expect(resultWords(stopped)).toBe('Stopped before an ending. Incomplete: no overall score.');
  });

  it('says why a play has no score', () => {
    expect(resultWords({ ok: false, problem: 'this scenario is no longer in the library' })).toBe(
      'No score: this scenario is no longer in the library',
    );
  });
});
