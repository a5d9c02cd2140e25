import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResult } from './check-result.ts';
import { CheckError, picksOf, replayCheck, startCheck } from '../engine/check-session.ts';
import { checkTranscriptSchema } from '../engine/check-transcript.ts';
import { loadSampleKnowledgeChecks } from '../engine/fixtures/load.ts';
import { playKnowledgeCheck } from '../engine/knowledge-check.ts';

const [sample] = loadSampleKnowledgeChecks();
if (sample === undefined) throw new Error('no knowledge check under scenarios/checks/');
const { check } = sample;
const firstQuestion = check.questions[0];
if (firstQuestion?.kind !== 'choose')
  throw new Error('the sample check does not start with a choose question');

describe('a knowledge check session', () => {
  it('shows answers in the order the seed gives, the same every time, pins kept', () => {
    const placeOfRight = new Set<number>();
    for (let seed = 0; seed < 30; seed += 1) {
      const shown =
        startCheck({ check, seed })
          .current()
          ?.answers.map((each) => each.id) ?? [];
      expect(
        startCheck({ check, seed })
          .current()
          ?.answers.map((each) => each.id),
      ).toEqual(shown);
      expect([...shown].sort()).toEqual(firstQuestion.options.map((each) => each.id).sort());
      placeOfRight.add(
        shown.findIndex((id) => firstQuestion.options.find((o) => o.id === id)?.correct),
      );
    }
    // Place gives nothing away: the right answer is found in more than one place across seeds.
    expect(placeOfRight.size).toBeGreaterThan(1);
    const authored = startCheck({ check, seed: 5, optionOrder: 'authored' }).current();
    expect(authored?.answers.map((each) => each.id)).toEqual(
      firstQuestion.options.map((o) => o.id),
    );
  });

  it('gives feedback on each answer with its reason, the right answer and the sources', () => {
    const session = startCheck({ check, seed: 1 });
    const wrong = firstQuestion.options.find((each) => !each.correct);
    if (wrong === undefined) throw new Error('the first question has no wrong answer');
    const feedback = session.answer(wrong.id);
    expect(feedback).toMatchObject({
      correct: false,
      why: wrong.why,
      criteria: firstQuestion.criteria,
    });
    expect(feedback.rightAnswers.length).toBeGreaterThan(0);
    expect(feedback.rightAnswers.every((answer) => answer.id !== wrong.id)).toBe(true);
    expect(feedback.law).toEqual(firstQuestion.law ?? []);
    expect(session.current()?.number).toBe(2);
  });

  it('refuses an answer the question does not have, and answers after the last question', () => {
    const session = startCheck({ check, seed: 1 });
    expect(() => session.answer('constructor')).toThrow(CheckError);
    const done = playKnowledgeCheck({ check, policy: 'best', seed: 1 });
    expect(done.isOver()).toBe(true);
    expect(() => done.answer(firstQuestion.options[0]?.id ?? '')).toThrow(/answered already/);
  });

  it('scores knowledge criteria as knowledge evidence, by the thresholds scenarios use', () => {
    const best = checkResult(playKnowledgeCheck({ check, policy: 'best', seed: 2 }));
    expect(best.score).toBe(100);
    expect(Object.values(best.criteria).every((each) => each.status === 'met')).toBe(true);
    expect(Object.values(best.criteria).every((each) => each.evidence === 'knowledge')).toBe(true);
    const worst = checkResult(playKnowledgeCheck({ check, policy: 'worst', seed: 2 }));
    expect(worst.score).toBe(0);
    expect(Object.values(worst.criteria).every((each) => each.status === 'not-met')).toBe(true);
    const part = startCheck({ check, seed: 2 });
    part.answer(firstQuestion.options.find((each) => each.correct)?.id ?? '');
    expect(checkResult(part)).toMatchObject({ complete: false, score: null, answered: 1 });
  });

  it('replays its transcript, written to JSON and read back, to the same result', () => {
    for (const policy of ['random', 'first', 'longest'] as const) {
      for (let seed = 0; seed < 5; seed += 1) {
        const played = playKnowledgeCheck({ check, policy, seed });
        const stored = checkTranscriptSchema.parse(JSON.parse(JSON.stringify(played.transcript())));
        expect(checkResult(replayCheck(check, stored))).toEqual(checkResult(played));
      }
    }
  });

  it('refuses a transcript of another version of the check, or with answers out of place', () => {
    const transcript = playKnowledgeCheck({ check, policy: 'best', seed: 1 }).transcript();
    const edited = { ...check, title: `${check.title} (revised)` };
    expect(() => replayCheck(edited, transcript)).toThrow(/different version/);
    const swapped = { ...transcript, answers: [...transcript.answers].reverse() };
    if (check.questions.length > 1) expect(() => replayCheck(check, swapped)).toThrow(CheckError);
  });

  it('never throws anything but a CheckError on damaged transcripts', () => {
    const good = playKnowledgeCheck({ check, policy: 'random', seed: 3 }).transcript();
    const ids = check.questions.flatMap((q) => [q.id, ...picksOf(q).map((o) => o.id)]);
    const anyId = fc.oneof(
      fc.constantFrom(...ids, 'constructor', '__proto__', 'toString'),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ questionId: anyId, answerId: anyId }), { maxLength: 12 }),
        (answers) => {
          try {
            replayCheck(check, { ...good, answers });
          } catch (error) {
            expect(error).toBeInstanceOf(CheckError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
