import { describe, expect, it } from 'vitest';
import { knowledgeCheckSchema, type KnowledgeCheck } from '../scenario/pack-schema.ts';
import { checkTranscriptSchema } from './check-transcript.ts';
import { CheckError, replayCheck, shownSteps, startCheck } from './check-session.ts';
import { playKnowledgeCheck } from './knowledge-check.ts';
import { POLICIES } from './policies.ts';

const check: KnowledgeCheck = knowledgeCheckSchema.parse({
  id: 'kinds',
  title: 'Every kind',
  questions: [
    {
      kind: 'order',
      id: 'steps',
      prompt: 'Put them in order.',
      criteria: ['312.3.3'],
      law: ['law.cra.short-term-reject'],
      steps: [
        { id: 'one', text: 'First, a middling step' },
        { id: 'two', text: 'Second, the longest step of them all' },
        { id: 'three', text: 'Third, short' },
      ],
      why: 'That is the order.',
    },
    {
      kind: 'spot-misconception',
      id: 'spot',
      prompt: 'Which is wrong?',
      criteria: ['312.3.7'],
      misconception: 'sorry-admits-liability',
      statements: [
        { id: 'true-a', text: 'An apology is expected.', wrong: false, why: 'Right.' },
        { id: 'false', text: 'Sorry admits liability.', wrong: true, why: 'It does not.' },
        { id: 'true-b', text: 'Do not promise too much.', wrong: false, why: 'Right.' },
      ],
    },
    {
      kind: 'choose',
      id: 'pick',
      prompt: 'Pick one.',
      criteria: ['312.3.3'],
      options: [
        { id: 'yes', text: 'Yes', correct: true, why: 'Yes.' },
        { id: 'no', text: 'No', correct: false, why: 'No.' },
      ],
    },
  ],
});
const [orderQuestion] = check.questions;
if (orderQuestion?.kind !== 'order') throw new Error('the first question is not an order question');

describe('order questions', () => {
  it('show the steps in a seeded order that is never already right', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1) {
      const shown = shownSteps(check, orderQuestion, seed).map((step) => step.id);
      expect(shownSteps(check, orderQuestion, seed).map((step) => step.id)).toEqual(shown);
      expect(shown).not.toEqual(['one', 'two', 'three']);
      expect([...shown].sort()).toEqual(['one', 'three', 'two']);
      seen.add(shown.join());
    }
    // Every wrong arrangement of three steps turns up: nothing but the seed decides.
    expect(seen.size).toBe(5);
  });

  it('record the sequence given, judge it whole and replay it', () => {
    const session = startCheck({ check, seed: 3 });
    expect(() => session.answer('one')).toThrow(CheckError);
    expect(() => session.answerOrder(['one', 'two'])).toThrow(/each of its 3 steps once/);
    expect(() => session.answerOrder(['one', 'one', 'two'])).toThrow(CheckError);
    const wrong = session.answerOrder(['two', 'one', 'three']);
    expect(wrong).toMatchObject({ correct: false, given: { order: ['two', 'one', 'three'] } });
    expect(wrong.rightOrder.map((step) => step.id)).toEqual(['one', 'two', 'three']);
    expect(wrong.law).toEqual(['law.cra.short-term-reject']);
    const transcript = checkTranscriptSchema.parse(
      JSON.parse(JSON.stringify(session.transcript())),
    );
    expect(transcript.answers[0]).toEqual({ questionId: 'steps', order: ['two', 'one', 'three'] });
    expect(replayCheck(check, transcript).answered()).toEqual(session.answered());
    const right = startCheck({ check, seed: 3 }).answerOrder(['one', 'two', 'three']);
    expect(right.correct).toBe(true);
  });
});

describe('spot-the-misconception questions', () => {
  it('count picking the wrong statement as right, and name its misconception', () => {
    const session = startCheck({ check, seed: 1 });
    session.answerOrder(['one', 'two', 'three']);
    expect(() => session.answerOrder(['true-a'])).toThrow(/one answer/);
    const feedback = session.answer('false');
    expect(feedback).toMatchObject({
      correct: true,
      kind: 'spot-misconception',
      why: 'It does not.',
    });
    expect(feedback.misconceptions).toEqual(['sorry-admits-liability']);
    expect(feedback.rightAnswers.map((each) => each.id)).toEqual(['false']);
    const other = startCheck({ check, seed: 1 });
    other.answerOrder(['one', 'two', 'three']);
    expect(other.answer('true-b').correct).toBe(false);
  });
});

describe('scripted policies on every kind', () => {
  it('best gets everything right, worst and first nothing on order questions', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const best = playKnowledgeCheck({ check, policy: 'best', seed });
      expect(best.answered().every((each) => each.correct)).toBe(true);
      const worst = playKnowledgeCheck({ check, policy: 'worst', seed });
      expect(worst.answered().some((each) => each.correct)).toBe(false);
      const first = playKnowledgeCheck({ check, policy: 'first', seed });
      expect(first.answered()[0]?.correct).toBe(false);
    }
  });

  it('every policy finishes the check, and its transcript replays', () => {
    for (const policy of POLICIES) {
      const played = playKnowledgeCheck({ check, policy, seed: 7 });
      expect(played.isOver(), policy).toBe(true);
      expect(replayCheck(check, played.transcript()).answered()).toEqual(played.answered());
    }
  });
});
