import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driveByPicks } from './fixtures/drive.ts';
import { BOUND, picks, seed, timing } from './fixtures/arbitraries.ts';
import { allScenarios } from './fixtures/load.ts';
import { replayAsFarAsItGoes, startSession } from './session.ts';
import type { Transcript } from './types.ts';

const scenarios = allScenarios();

describe.each(scenarios)('$file', ({ scenario }) => {
  it('gives the same result after a save and resume by replay at any step', () => {
    fc.assert(
      fc.property(seed, timing, picks, fc.nat(), (seedValue, timingMode, pickList, cut) => {
        const whole = driveByPicks({
          scenario,
          seed: seedValue,
          timing: timingMode,
          picks: pickList,
          bound: BOUND,
        });
        const events = whole.transcript().events;
        const at = cut % (events.length + 1);
        const first = startSession({ scenario, seed: seedValue, timing: timingMode });
        events.slice(0, at).forEach((event) => first.send(event));
        const saved = JSON.parse(JSON.stringify(first.transcript())) as Transcript;
        const { session: resumed, refusal } = replayAsFarAsItGoes({ scenario, transcript: saved });
        expect(refusal).toBeNull();
        events.slice(at).forEach((event) => resumed.send(event));
        expect(resumed.context()).toEqual(whole.context());
        expect(resumed.transcript()).toEqual(whole.transcript());
        expect(resumed.view()).toEqual(whole.view());
      }),
      { numRuns: 25 },
    );
  });
});
