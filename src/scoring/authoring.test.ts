import { describe, expect, it } from 'vitest';
import { buildScenario, choice, dialogue, ending, explain } from '../engine/fixtures/build.ts';
import { startSession } from '../engine/session.ts';
import type { SessionEvent, Transcript } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { scoreTranscript } from './score.ts';
import { debriefText } from './text.ts';

/** Scoring what authors asked for: right answers, misconceptions on entries, acceptable endings. */

const transcriptOf = (scenario: Scenario, events: SessionEvent[]): Transcript => {
  const session = startSession({ scenario, seed: 1, timing: 'off' });
  events.forEach((event) => session.send(event));
  return session.transcript();
};
const choose = (...ids: string[]): SessionEvent[] =>
  ids.map((choiceId) => ({ type: 'CHOOSE', choiceId }));

describe('explain answers', () => {
  // The wrong answer carries a stance that once passed for skilled and even more evidence.
  const scenario = buildScenario({
    nodes: {
      start: explain([
        choice('wrong', {
          stance: 'skilled',
          correct: false,
          criteria: { '312.3.1': 2 },
          misconceptions: ['sorry-admits-liability'],
        }),
        choice('right', { correct: true, criteria: { '312.3.1': 1 } }),
      ]),
      end: ending(),
    },
  });

  it('takes the right answer as the best, whatever the numbers or the stance', () => {
    const wrong = scoreTranscript(scenario, transcriptOf(scenario, choose('wrong')));
    expect(wrong.moments[0]?.best.id).toBe('right');
    expect(wrong.moments[0]?.tookBest).toBe(false);
    expect(wrong.moments[0]?.chosen).toMatchObject({ correct: false, stance: null });
    expect(wrong.bestPath.steps.map((step) => step.say)).toEqual(['Say right.']);
    const right = scoreTranscript(scenario, transcriptOf(scenario, choose('right')));
    expect(right.moments[0]?.tookBest).toBe(true);
  });

  it('shows the misconceptions of a wrong answer, and marks answers right or wrong', () => {
    const wrong = scoreTranscript(scenario, transcriptOf(scenario, choose('wrong')));
    expect(wrong.misconceptions).toEqual(['sorry-admits-liability']);
    expect(wrong.style.sequence).toEqual([]);
    expect(debriefText(wrong)).toContain('You: Say wrong. [incorrect]');
    expect(debriefText(wrong)).toContain('Best: Say right. [correct]');
  });
});

describe('misconceptions on log entries', () => {
  const scenario = buildScenario({
    nodes: {
      start: {
        kind: 'record',
        prompt: 'Fill in the log.',
        fields: [
          {
            id: 'nature',
            label: 'Nature of the complaint',
            entries: [
              {
                id: 'accurate',
                text: 'Kettle does not switch off, bought six days ago.',
                accurate: true,
                criteria: { '312.2.8': 2 },
                why: 'Clear and factual.',
              },
              {
                id: 'query',
                text: 'Query only, not a complaint.',
                accurate: false,
                criteria: { '312.2.8': -1 },
                misconceptions: ['complaint-needs-the-word'],
                why: 'She said she was unhappy: that is a complaint.',
              },
            ],
          },
        ],
        choices: [choice('save', { stance: 'skilled', criteria: { '312.2.8': 1 } })],
      },
      end: ending(),
    },
  });
  const fill = (entryId: string): SessionEvent[] => [
    { type: 'FILL_FIELD', fieldId: 'nature', entryId },
    ...choose('save'),
  ];

  it('shows them when the learner logs the inaccurate entry, not the accurate one', () => {
    expect(scoreTranscript(scenario, transcriptOf(scenario, fill('query'))).misconceptions).toEqual(
      ['complaint-needs-the-word'],
    );
    expect(
      scoreTranscript(scenario, transcriptOf(scenario, fill('accurate'))).misconceptions,
    ).toEqual([]);
  });
});

describe('acceptable endings', () => {
  const scenario = buildScenario({
    nodes: {
      start: dialogue([
        choice('best', { stance: 'skilled', techniques: { listen: 2 }, next: 'end' }),
        choice('fair', { stance: 'adequate', techniques: { listen: 1 }, next: 'fair-end' }),
      ]),
      end: { ...ending(), title: 'Sorted' },
      'fair-end': { ...ending('escalated'), title: 'Passed on', acceptable: true },
    },
  });

  it('says "an acceptable ending" where the author marked one, and only there', () => {
    const fair = scoreTranscript(scenario, transcriptOf(scenario, choose('fair')));
    expect(fair.ending).toMatchObject({ id: 'fair-end', acceptable: true });
    expect(debriefText(fair)).toContain('Ending: Passed on (escalated, an acceptable ending).');
    const best = scoreTranscript(scenario, transcriptOf(scenario, choose('best')));
    expect(best.ending).toMatchObject({ id: 'end', acceptable: false });
    expect(debriefText(best)).toContain('Ending: Sorted (resolved).');
    expect(debriefText(best)).not.toContain('acceptable');
  });
});
