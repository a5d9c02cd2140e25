import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moodInWords } from '../../engine/mood.ts';
import { moodSentence } from './words.ts';

const level = fc.integer({ min: 0, max: 100 });

describe('the mood in a sentence', () => {
  it('reads naturally', () => {
    expect(moodSentence(moodInWords({ anger: 70, confusion: 10, trust: 20 }))).toBe(
      'Angry, not confused and wary of you.',
    );
    expect(moodSentence(moodInWords({ anger: 0, confusion: 90, trust: 0 }))).toBe(
      'Calm, very confused and with no trust in you.',
    );
  });

  it('names every measure, starts with a capital and ends with a full stop', () => {
    fc.assert(
      fc.property(level, level, level, (anger, confusion, trust) => {
        const words = moodInWords({ anger, confusion, trust });
        const sentence = moodSentence(words);
        expect(sentence).toMatch(/^[A-Z].*\.$/);
        expect(sentence.toLowerCase()).toContain(words.anger);
        expect(sentence).not.toMatch(/\bclear\b/);
      }),
    );
  });
});
