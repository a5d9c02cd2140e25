import { describe, expect, it } from 'vitest';
import { dueWords } from './due-words.ts';
import { progressWords } from './added-packs-section.ts';
import type { PackSummary } from '../../../records/pack-summary.ts';

describe('a pack’s due date in words', () => {
  it('reads a date, and says nothing for none or one that is no date', () => {
    expect(dueWords('2027-03-01')).toBe('Due 1 March 2027');
    expect(dueWords(undefined)).toBe('');
    expect(dueWords('2027-13-45')).toBe('');
  });
});

describe('progress through an added pack in words', () => {
  const summary = (more: Partial<PackSummary>): PackSummary => ({
    packId: 'p',
    title: 'P',
    passMark: 60,
    scenarios: [],
    score: null,
    reached: null,
    scored: 0,
    criteria: [],
    checks: [],
    ...more,
  });

  it('counts what is played until every scenario has a score, then gives the pack score', () => {
    const two = [{}, {}] as PackSummary['scenarios'];
    expect(progressWords(summary({ scenarios: two, scored: 1 }))).toBe(
      '1 of 2 scenarios played. Pass mark 60.',
    );
    expect(progressWords(summary({ scenarios: two, scored: 2, score: 72, reached: true }))).toBe(
      'Pack score 72 out of 100, pass mark 60: reached.',
    );
    expect(progressWords(summary({ scenarios: two, scored: 2, score: 40, reached: false }))).toBe(
      'Pack score 40 out of 100, pass mark 60: not reached yet.',
    );
  });
});
