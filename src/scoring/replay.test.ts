import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driveByPicks } from '../engine/fixtures/drive.ts';
import { BOUND, picks, seed, timing } from '../engine/fixtures/arbitraries.ts';
import { allScenarios } from '../engine/fixtures/load.ts';
import { replayTranscript } from './replay.ts';
import { scoreTranscript } from './score.ts';

const scenarios = allScenarios();

describe.each(scenarios)('$file', ({ scenario }) => {
  it('reaches an ending by any sequence of legal moves, and replays to the same debrief', () => {
    fc.assert(
      fc.property(seed, timing, picks, (seedValue, timingMode, pickList) => {
        const session = driveByPicks({
          scenario,
          seed: seedValue,
          timing: timingMode,
          picks: pickList,
          bound: BOUND,
        });
        expect(session.isOver()).toBe(true);
        const transcript = session.transcript();
        const replayed = replayTranscript({ scenario, transcript });
        if (!replayed.ok) throw new Error(replayed.message);
        expect(replayed.session.context()).toEqual(session.context());
        expect(replayed.debrief).toEqual(
          scoreTranscript(scenario, JSON.parse(JSON.stringify(transcript)) as typeof transcript),
        );
      }),
      { numRuns: 25 },
    );
  });
});
