import { describe, expect, it } from 'vitest';
import { startSession } from '../../engine/session.ts';
import { loadSampleScenarios } from '../../engine/fixtures/load.ts';
import { playPolicy } from '../../engine/policies.ts';
import { scoreTranscript } from '../../scoring/index.ts';
import { everyKindScenario } from '../../../tests/browser/fixtures/every-kind.ts';
import { feedbackFor } from './choice-feedback.ts';
import { bestOptionWords } from './encounter-model.ts';

/** The fixture at its first line, with its best and a weaker option there. */
function atFirstLine() {
  const scenario = everyKindScenario;
  const session = startSession({ scenario, seed: 1, timing: 'standard' });
  const node = scenario.nodes[scenario.start];
  if (node?.kind !== 'dialogue') throw new Error('the fixture changed');
  return { scenario, session, best: node.choices[0]!, weaker: node.choices[1]! };
}

describe('feedback after each choice', () => {
  it('gives the choice’s why, and the best option when the learner missed it', () => {
    const { scenario, session, best, weaker } = atFirstLine();
    const missed = feedbackFor(scenario, session.transcript(), scenario.start, weaker.id);
    expect(missed).toEqual({
      chosen: weaker.say,
      why: weaker.why,
      best: { say: best.say, why: best.why },
    });
    const took = feedbackFor(scenario, session.transcript(), scenario.start, best.id);
    expect(took).toEqual({ chosen: best.say, why: best.why, best: null });
    expect(feedbackFor(scenario, session.transcript(), scenario.start, 'no-such-choice')).toBe(
      null,
    );
  });

  it('says the learner missed the best option, not what it was, when their pack keeps it back', () => {
    const { scenario, session, best, weaker } = atFirstLine();
    const missed = feedbackFor(scenario, session.transcript(), scenario.start, weaker.id, false);
    expect(missed).toEqual({ chosen: weaker.say, why: weaker.why, best: 'kept-back' });
    expect(bestOptionWords(missed!)).not.toContain(best.say);
    expect(bestOptionWords(missed!)).toMatch(/better option/);
    const took = feedbackFor(scenario, session.transcript(), scenario.start, best.id, false);
    expect(took?.best).toBeNull();
  });

  it('names the same best option as the debrief, wherever the learner went wrong', () => {
    for (const { scenario } of loadSampleScenarios().slice(0, 3)) {
      const transcript = playPolicy({ scenario, policy: 'random', seed: 7, timing: 'off' });
      const debrief = scoreTranscript(scenario, transcript);
      for (const moment of debrief.moments) {
        if (moment.chosen.id === null || moment.kind !== 'choice') continue;
        // The transcript just before this choice was sent.
        const before = { ...transcript, events: transcript.events.slice(0, moment.step - 1) };
        const feedback = feedbackFor(scenario, before, moment.nodeId, moment.chosen.id);
        if (moment.tookBest) continue;
        const best = feedback?.best;
        expect(
          typeof best === 'object' ? best?.say : best,
          `${scenario.id} at ${moment.nodeId}`,
        ).toBe(moment.best.say);
      }
    }
  });
});
