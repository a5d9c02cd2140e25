import { describe, expect, it } from 'vitest';
import { EXPRESSIONS } from '../../scenario/schema.ts';
import { expressionCue, possessiveOf } from './words.ts';

describe('body-language cues for a customer who is filming', () => {
  const filming = (pronouns: string) => ({ pronouns, appearance: { extras: ['holding-phone'] } });

  it('says they hold the phone up, in their pronouns, and never folds their arms', () => {
    expect(expressionCue('face-to-face', 'annoyed', filming('he/him'))).toBe(
      'Holding his phone up, filming you; jaw set.',
    );
    expect(expressionCue('face-to-face', 'neutral', filming('she/her'))).toMatch(/^Holding her /);
    expect(expressionCue('face-to-face', 'neutral', filming('they/them'))).toMatch(
      /^Holding their /,
    );
    expect(expressionCue('face-to-face', 'neutral', filming('xe/xem'))).toMatch(/^Holding a /);
    for (const expression of EXPRESSIONS) {
      const cue = expressionCue('face-to-face', expression, filming('he/him'));
      expect(cue).toMatch(/phone/i);
      expect(cue).not.toMatch(/arms folded|tapping|\{their\}/i);
    }
  });

  it('leaves other customers and other channels as they were', () => {
    expect(expressionCue('face-to-face', 'annoyed', { pronouns: 'he/him', appearance: {} })).toBe(
      'Arms folded, tapping the counter.',
    );
    expect(expressionCue('phone', 'annoyed', filming('he/him'))).not.toMatch(/phone up/);
  });

  it('reads the possessive from the pronouns', () => {
    expect(possessiveOf(' He / Him ')).toBe('his');
    expect(possessiveOf('they')).toBe('their');
    expect(possessiveOf('')).toBe('a');
  });
});
