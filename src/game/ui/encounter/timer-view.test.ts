import { describe, expect, it } from 'vitest';
import { timeLeftWords } from './timer-view.ts';

describe('time left in words', () => {
  it('counts seconds under a minute and minutes beyond', () => {
    expect(timeLeftWords(1)).toBe('1 second');
    expect(timeLeftWords(12)).toBe('12 seconds');
    expect(timeLeftWords(60)).toBe('1 minute');
    expect(timeLeftWords(120)).toBe('2 minutes');
    expect(timeLeftWords(91)).toBe('1 minute 31 seconds');
  });
});
