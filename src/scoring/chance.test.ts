import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeSchema } from '../scenario/schema.ts';
import { scoreTranscript } from './score.ts';
import { replayTranscript } from './replay.ts';
import { bestPathFrom } from './best-path.ts';
import { debriefText } from './text.ts';
import { buildScenario, choice, dialogue } from '../engine/fixtures/build.ts';
import { driveByPicks } from '../engine/fixtures/drive.ts';
import { sessionAtStep, startSession } from '../engine/session.ts';
import { parseTranscript } from '../engine/transcript-schema.ts';
import type { Transcript } from '../engine/types.ts';

/*
 * The engineer may be late (30 in 100), whatever the learner says; the timer may also go either
 * way. Only the skilled choice leads to the visit at all, so the best move is plain to judge.
 */
const scenario = buildScenario({
  nodes: {
    start: dialogue(
      [
        choice('book-visit', {
          stance: 'skilled',
          techniques: { listen: 2 },
          next: [
            { chance: 30, to: 'engineer-late', note: 'the engineer was late' },
            { to: 'visit' },
          ],
        }),
        choice('brush-off', {
          stance: 'dismissive',
          techniques: { listen: -2 },
          next: [{ if: { anger: { atLeast: 90 } }, chance: 50, to: 'visit' }, { to: 'end' }],
        }),
      ],
      {
        timeout: {
          seconds: 10,
          stance: 'dismissive',
          why: 'Silence.',
          next: [{ chance: 60, to: 'visit' }, { to: 'end' }],
        },
      },
    ),
    'engineer-late': dialogue([choice('apologise', { stance: 'skilled', next: 'end' })], {
      title: 'Engineer late',
    }),
    visit: dialogue([choice('confirm', { stance: 'skilled', next: 'end' })]),
    end: { kind: 'ending', outcome: 'resolved', epilogue: 'Done.' },
  },
});

const playOnce = (seed: number, first = 'book-visit') => {
  const session = startSession({ scenario, seed, timing: 'standard' });
  session.choose(first);
  return session;
};

const SEEDS = Array.from({ length: 200 }, (_, seed) => seed);

describe('seeded chance branches', () => {
  it('the schema takes whole percents from 1 to 99 only', () => {
    const withChance = (chance: unknown) =>
      routeSchema.safeParse({ chance, to: 'visit', note: 'the engineer was late' }).success;
    expect(withChance(30)).toBe(true);
    expect([0, 100, 12.5, '30'].map(withChance)).toEqual([false, false, false, false]);
  });

  it('takes a 30% branch on roughly 30 seeds in a hundred, the same way every time per seed', () => {
    const late = SEEDS.filter((seed) => playOnce(seed).context().nodeId === 'engineer-late');
    expect(late.length).toBeGreaterThan(40);
    expect(late.length).toBeLessThan(80);
    expect(SEEDS.filter((seed) => playOnce(seed).context().nodeId === 'engineer-late')).toEqual(
      late,
    );
  });

  it('records each draw in the transcript and on the decision', () => {
    const session = playOnce(3);
    const transcript = session.transcript();
    const taken = session.context().nodeId === 'engineer-late';
    expect(transcript.chances).toEqual([{ step: 1, nodeId: 'start', route: 0, chance: 30, taken }]);
    expect(session.context().decisions[0]?.chance).toEqual(transcript.chances);
    expect(parseTranscript(JSON.parse(JSON.stringify(transcript))).ok).toBe(true);
  });

  it('draws nothing for a chance branch whose condition does not hold', () => {
    // brush-off's chance needs anger at 90; the placeholder customer is far calmer.
    const session = playOnce(3, 'brush-off');
    expect(session.context().nodeId).toBe('end');
    expect(session.transcript().chances).toBeUndefined();
  });

  it('says in the debrief when chance decided, whichever way it went', () => {
    const late = SEEDS.find((seed) => playOnce(seed).context().nodeId === 'engineer-late');
    const onTime = SEEDS.find((seed) => playOnce(seed).context().nodeId === 'visit');
    const finish = (seed: number | undefined, last: string) => {
      const session = playOnce(seed ?? 0);
      session.choose(last);
      return scoreTranscript(scenario, session.transcript());
    };
    const lateDebrief = finish(late, 'apologise');
    expect(lateDebrief.moments[0]?.byChance).toEqual([
      'By chance: the engineer was late (a 30% chance).',
    ]);
    expect(debriefText(lateDebrief)).toContain('By chance: the engineer was late');
    expect(finish(onTime, 'confirm').moments[0]?.byChance).toEqual([
      'By chance, this did not happen: the engineer was late (a 70% chance it would not).',
    ]);
    // The learner took the best move either way: luck is not held against them.
    expect(lateDebrief.moments[0]?.tookBest).toBe(true);
  });

  it('judges the best path on the likelier outcome, whatever the seed drew', () => {
    for (const seed of SEEDS.slice(0, 20)) {
      const transcript = startSession({ scenario, seed, timing: 'standard' }).transcript();
      const path = bestPathFrom({ scenario, transcript, step: 0 });
      expect(path.steps.map((step) => step.nodeId)).toEqual(['start', 'visit']);
    }
  });

  it('refuses a transcript whose recorded draw disagrees with its seed', () => {
    const session = playOnce(5);
    session.choose(session.context().nodeId === 'visit' ? 'confirm' : 'apologise');
    const honest = session.transcript();
    const draws = honest.chances ?? [];
    const forged: Transcript = {
      ...honest,
      chances: draws.map((draw) => ({ ...draw, taken: !draw.taken })),
    };
    expect(replayTranscript({ scenario, transcript: honest }).ok).toBe(true);
    const refused = replayTranscript({ scenario, transcript: forged });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toContain('disagrees with its seed');
    expect(() => sessionAtStep({ scenario, transcript: forged, step: 1 })).toThrow(
      /disagrees with its seed/,
    );
    // A recorded draw the seed never made is refused too.
    const extra: Transcript = {
      ...honest,
      chances: [...draws, { step: 2, nodeId: 'visit', route: 0, chance: 50, taken: true }],
    };
    expect(replayTranscript({ scenario, transcript: extra }).ok).toBe(false);
  });

  it('replays any play with chance branches to the same transcript and debrief', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.nat({ max: 5 }), { maxLength: 6 }),
        (seed, picks) => {
          const played = driveByPicks({ scenario, seed, timing: 'standard', picks, bound: 20 });
          const transcript = JSON.parse(JSON.stringify(played.transcript())) as Transcript;
          const first = scoreTranscript(scenario, transcript);
          const replayed = replayTranscript({ scenario, transcript });
          expect(replayed.ok).toBe(true);
          if (!replayed.ok) return;
          expect(replayed.session.transcript()).toEqual(transcript);
          expect(replayed.debrief).toEqual(first);
        },
      ),
      { numRuns: 40 },
    );
  });
});
