import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS } from '../curriculum/ids.ts';
import { closestMatch, editDistance, endSentence, listInWords, toId } from './suggest.ts';

describe('suggestions', () => {
  it('end a message with one full stop, never "?." after a did-you-mean', () => {
    expect(endSentence("unknown key 'setings': did you mean 'settings'?")).toBe(
      "unknown key 'setings': did you mean 'settings'?",
    );
    expect(endSentence('it is not a pack')).toBe('it is not a pack.');
    expect(endSentence('it is not a pack. ')).toBe('it is not a pack.');
    expect(endSentence('Stop!')).toBe('Stop!');
  });

  it('measures edit distance', () => {
    expect(editDistance('listne', 'listen')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const distance = editDistance(a, b);
        expect(editDistance(b, a)).toBe(distance);
        expect(distance === 0).toBe(a === b);
        expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { numRuns: 200 },
    );
  });

  it('suggests the id an author most likely meant, and nothing far off', () => {
    expect(closestMatch('listne', TECHNIQUE_IDS)).toBe('listen');
    expect(closestMatch('Remain Calm', TECHNIQUE_IDS)).toBe('remain-calm');
    expect(closestMatch('patience', TECHNIQUE_IDS)).toBeUndefined();
  });

  it('writes lists and ids as an author would', () => {
    expect(listInWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
    expect(listInWords(['a'])).toBe('a');
    expect(toId('Check Order_2!')).toBe('check-order-2');
  });
});
