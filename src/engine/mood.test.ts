import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMoodChange, moodInWords } from './mood.ts';

describe('mood', () => {
  it('adds changes and leaves missing ones alone', () => {
    expect(applyMoodChange({ anger: 50, confusion: 20, trust: 40 }, { anger: -20 })).toEqual({
      anger: 30,
      confusion: 20,
      trust: 40,
    });
    expect(applyMoodChange({ anger: 50, confusion: 20, trust: 40 }, undefined)).toEqual({
      anger: 50,
      confusion: 20,
      trust: 40,
    });
  });

  it('clamps at 0 and 100', () => {
    expect(
      applyMoodChange({ anger: 90, confusion: 5, trust: 50 }, { anger: 30, confusion: -20 }),
    ).toEqual({
      anger: 100,
      confusion: 0,
      trust: 50,
    });
  });

  it('stays within 0–100 whatever changes pile up', () => {
    const level = fc.integer({ min: 0, max: 100 });
    const delta = fc.integer({ min: -100, max: 100 });
    fc.assert(
      fc.property(
        fc.record({ anger: level, confusion: level, trust: level }),
        fc.array(fc.record({ anger: delta, confusion: delta, trust: delta }), { maxLength: 20 }),
        (start, changes) => {
          const end = changes.reduce(applyMoodChange, start);
          return Object.values(end).every((value) => value >= 0 && value <= 100);
        },
      ),
    );
  });

  it('puts a mood into words for screen readers', () => {
    const words = moodInWords({ anger: 90, confusion: 20, trust: 10 });
    expect(words.anger).toBe('very angry');
    expect(words.confusion).toBe('a little unsure');
    expect(words.trust).toBe('no trust in you');
    expect(words.summary).toBe('Very angry, a little unsure and with no trust in you.');
  });
});

describe('the mood in a sentence', () => {
  it('reads naturally', () => {
    expect(moodInWords({ anger: 70, confusion: 10, trust: 20 }).summary).toBe(
      'Angry, not confused and wary of you.',
    );
    expect(moodInWords({ anger: 0, confusion: 90, trust: 0 }).summary).toBe(
      'Calm, very confused and with no trust in you.',
    );
  });

  it('names every measure, starts with a capital and ends with a full stop', () => {
    const level = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(level, level, level, (anger, confusion, trust) => {
        const words = moodInWords({ anger, confusion, trust });
        expect(words.summary).toMatch(/^[A-Z].*\.$/);
        expect(words.summary.toLowerCase()).toContain(words.anger);
        expect(words.summary).not.toMatch(/\bclear\b/);
      }),
    );
  });
});
