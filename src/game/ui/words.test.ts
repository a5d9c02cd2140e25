import { describe, expect, it } from 'vitest';
import { EXPRESSIONS } from '../../scenario/schema.ts';
import type { ScenarioNode } from '../../scenario/schema.ts';
import { expressionCue, headingOf, possessiveOf } from './words.ts';

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

describe('node headings', () => {
  const feedback = (direction?: 'given' | 'received', title?: string) =>
    ({
      kind: 'colleague-feedback',
      colleague: { name: 'Owen', role: 'Duty manager' },
      line: 'A word?',
      choices: [],
      ...(direction === undefined ? {} : { direction }),
      ...(title === undefined ? {} : { title }),
    }) as unknown as ScenarioNode;

  it('says which way colleague feedback goes, beside the title', () => {
    expect(headingOf(feedback('given', 'A word with Ryan'), 'Feedback')).toBe(
      'Feedback to a colleague: A word with Ryan',
    );
    expect(headingOf(feedback('received'), 'Feedback')).toBe('Feedback from a colleague');
    expect(headingOf(feedback(undefined, 'Owen has a word'), 'Feedback')).toBe('Owen has a word');
  });
});
