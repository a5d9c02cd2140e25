import type { CriterionId, LawRuleId, MisconceptionId } from '../curriculum/ids.ts';
import { inShownOrder, type OptionOrder } from './order.ts';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import { contentHash } from './hash.ts';
import type { CheckTranscript } from './check-transcript.ts';

/*
 * Playing a knowledge check: one question at a time, answers in the order the seed gives, feedback
 * on each answer with its reason and its sources. Pure (no DOM): the game, the CLI and the tutors'
 * gradebook drive the same session, and a transcript replays to the same result.
 */

export type Question = KnowledgeCheck['questions'][number];
export type Answer = Question['options'][number];

/** What the learner reads after answering: right or not, why, and where that comes from. */
export interface AnswerFeedback {
  questionId: string;
  answerId: string;
  correct: boolean;
  /** Why the chosen answer is right or wrong. */
  why: string;
  /** The right answers, for when the chosen one was not. */
  rightAnswers: { id: string; text: string; why: string }[];
  criteria: CriterionId[];
  law: LawRuleId[];
  misconceptions: MisconceptionId[];
}

export interface QuestionView {
  question: Question;
  /** 1-based, for "question 2 of 8". */
  number: number;
  of: number;
  answers: Answer[];
}

export class CheckError extends Error {
  constructor(
    readonly code: 'unknown-answer' | 'check-over' | 'check-changed' | 'unknown-question',
    message: string,
  ) {
    super(message);
    this.name = 'CheckError';
  }
}

export interface CheckSession {
  readonly check: KnowledgeCheck;
  /** The question being asked, or null once every question has been answered. */
  current(): QuestionView | null;
  answer(answerId: string): AnswerFeedback;
  isOver(): boolean;
  /** Feedback on every answer so far, in order. */
  answered(): readonly AnswerFeedback[];
  transcript(): CheckTranscript;
}

/** Answers of a question in the order the learner sees them: drawn from the seed, pins kept. */
export const shownAnswers = (
  check: KnowledgeCheck,
  question: Question,
  options: { seed: number; optionOrder: OptionOrder },
): Answer[] =>
  inShownOrder(question.options, {
    seed: options.seed,
    place: `${check.id}/${question.id}`,
    order: options.optionOrder,
  });

function feedbackOn(question: Question, answer: Answer): AnswerFeedback {
  return {
    questionId: question.id,
    answerId: answer.id,
    correct: answer.correct,
    why: answer.why,
    rightAnswers: question.options
      .filter((each) => each.correct)
      .map(({ id, text, why }) => ({ id, text, why })),
    criteria: [...question.criteria],
    law: [...(question.law ?? [])],
    misconceptions: [...(question.misconceptions ?? [])],
  };
}

export function startCheck(options: {
  check: KnowledgeCheck;
  seed: number;
  optionOrder?: OptionOrder;
}): CheckSession {
  const { check, seed } = options;
  const optionOrder = options.optionOrder ?? 'seeded';
  const feedback: AnswerFeedback[] = [];
  const questionAt = (index: number): Question | undefined => check.questions[index];
  const session: CheckSession = {
    check,
    current() {
      const question = questionAt(feedback.length);
      if (question === undefined) return null;
      return {
        question,
        number: feedback.length + 1,
        of: check.questions.length,
        answers: shownAnswers(check, question, { seed, optionOrder }),
      };
    },
    answer(answerId) {
      const question = questionAt(feedback.length);
      if (question === undefined)
        throw new CheckError('check-over', 'every question has been answered already');
      const answer = question.options.find((each) => each.id === answerId);
      if (answer === undefined)
        throw new CheckError(
          'unknown-answer',
          `question '${question.id}' has no answer '${answerId}'`,
        );
      const given = feedbackOn(question, answer);
      feedback.push(given);
      return given;
    },
    isOver: () => feedback.length >= check.questions.length,
    answered: () => [...feedback],
    transcript: () => ({
      format: 'resolve-check-transcript',
      version: 1,
      check: { id: check.id, contentHash: contentHash(check) },
      seed,
      optionOrder,
      answers: feedback.map(({ questionId, answerId }) => ({ questionId, answerId })),
    }),
  };
  return session;
}

/**
 * A transcript taken up again: against the check it was made with (same content hash), each
 * answer given to the question it names, in order. Throws CheckError when it cannot be.
 */
export function replayCheck(check: KnowledgeCheck, transcript: CheckTranscript): CheckSession {
  if (transcript.check.id !== check.id || transcript.check.contentHash !== contentHash(check))
    throw new CheckError(
      'check-changed',
      `this was answered on a different version of knowledge check "${transcript.check.id}"`,
    );
  const session = startCheck({ check, seed: transcript.seed, optionOrder: transcript.optionOrder });
  transcript.answers.forEach(({ questionId, answerId }, index) => {
    const asked = session.current()?.question.id;
    if (asked !== questionId)
      throw new CheckError(
        'unknown-question',
        `answer ${index + 1} is to question '${questionId}', but the check asks '${asked ?? 'nothing more'}' there`,
      );
    session.answer(answerId);
  });
  return session;
}
