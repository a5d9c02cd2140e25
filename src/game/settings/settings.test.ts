import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  effectiveFeedback,
  effectiveMoodMeter,
  effectiveReducedMotion,
  effectiveTiming,
  parseSettings,
} from './settings.ts';
import type { Pack } from '../../scenario/pack-schema.ts';

const pack: Pack = {
  id: 'p',
  title: 'A pack',
  description: 'A pack',
  scenarios: ['a'],
  passMark: 50,
  settings: { timing: 'off', moodMeter: false },
};

describe('settings', () => {
  it('fall back field by field on bad stored values', () => {
    const parsed = parseSettings({ textSize: 'huge', volume: 0.2, captions: 'yes', extra: 1 });
    expect(parsed.textSize).toBe(DEFAULT_SETTINGS.textSize);
    expect(parsed.volume).toBe(0.2);
    expect(parsed.captions).toBe(DEFAULT_SETTINGS.captions);
  });

  it('never throw, whatever storage returns', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const parsed = parseSettings(stored);
        expect(parsed.volume).toBeGreaterThanOrEqual(0);
        expect(parsed.volume).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("let the learner's timing and mood meter win over a pack's", () => {
    const mine = parseSettings({ timing: 'extended', moodMeter: 'on' });
    expect(effectiveTiming(mine, pack)).toEqual({ mode: 'extended', source: 'learner' });
    expect(effectiveMoodMeter(mine, pack)).toBe(true);
    const untouched = parseSettings({});
    expect(effectiveTiming(untouched, pack)).toEqual({ mode: 'off', source: 'pack' });
    expect(effectiveTiming(untouched)).toEqual({ mode: 'standard', source: 'default' });
    expect(effectiveMoodMeter(untouched, pack)).toBe(false);
  });

  it('keep feedback for the debrief unless the learner or the pack asks for it after each choice', () => {
    const untouched = parseSettings({});
    expect(effectiveFeedback(untouched)).toBe('at-end');
    const selfStudy: Pack = { ...pack, settings: { feedback: 'after-each-choice' } };
    expect(effectiveFeedback(untouched, selfStudy)).toBe('after-each-choice');
    expect(effectiveFeedback(parseSettings({ feedback: 'at-end' }), selfStudy)).toBe('at-end');
    expect(effectiveFeedback(parseSettings({ feedback: 'after-each-choice' }), pack)).toBe(
      'after-each-choice',
    );
    expect(parseSettings({ feedback: 'always' }).feedback).toBe('default');
  });

  it('follow the system for reduced motion unless the learner chose', () => {
    expect(effectiveReducedMotion(parseSettings({}), true)).toBe(true);
    expect(effectiveReducedMotion(parseSettings({ reducedMotion: 'off' }), true)).toBe(false);
    expect(effectiveReducedMotion(parseSettings({ reducedMotion: 'on' }), false)).toBe(true);
  });
});
