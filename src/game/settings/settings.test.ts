import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
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

  it('follow the system for reduced motion unless the learner chose', () => {
    expect(effectiveReducedMotion(parseSettings({}), true)).toBe(true);
    expect(effectiveReducedMotion(parseSettings({ reducedMotion: 'off' }), true)).toBe(false);
    expect(effectiveReducedMotion(parseSettings({ reducedMotion: 'on' }), false)).toBe(true);
  });
});
