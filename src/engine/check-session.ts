import type { CriterionId, LawRuleId, MisconceptionId } from '../curriculum/ids.ts';
import { inShownOrder, type OptionOrder } from './order.ts';
import type { KnowledgeCheck, Question, QuestionKind } from '../scenario/pack-schema.ts';
import { contentHash } from './hash.ts';
import type { Pin } from '../scenario/schema.ts';
import type { CheckTranscript, GivenAnswer } from './check-transcript.ts';

/*
 * Playing a knowledge check: one question at a time, answers in the order the seed gives, feedback
 * on each answer with its reason and its sources. Pure (no DOM): the game, the CLI and the tutors'
 * gradebook drive the same session, and a transcript replays to the same result.
 */

export type { Question, QuestionKind } from '../scenario/pack-schema.ts';
export type { GivenAnswer } from './check-transcript.ts';

/** What the learner sees of an answer: a choice or statement to pick, or a step to place. */
export interface ShownAnswer {
  id: string;
  text: string;
}

/** What the learner reads after answering: right or not, why, and where that comes from. */
export interface AnswerFeedback {
  questionId: string;
  kind: QuestionKind;
  given: GivenAnswer;
  correct: boolean;
  /** Why the chosen answer is right or wrong (for an order question, why the order is right). */
  why: string;
  /** What should have been picked (a choose or spot question), for when the chosen one was not. */
  rightAnswers: { id: string; text: string; why: string }[];
  /** The steps in the right order (an order question); empty for the other kinds. */
  rightOrder: ShownAnswer[];
  criteria: CriterionId[];
  law: LawRuleId[];
  misconceptions: MisconceptionId[];
}

export interface QuestionView {
  question: Question;
  /** 1-based, for "question 2 of 8". */
  number: number;
  of: number;
  /** Choices or statements in the order shown; for an order question, the steps as first shown. */
  answers: ShownAnswer[];
}

export class CheckError extends Error {
  constructor(
    readonly code:
      'unknown-answer' | 'wrong-kind' | 'check-over' | 'check-changed' | 'unknown-question',
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
  /** Picks an answer to a choose or spot-the-misconception question. */
  answer(answerId: string): AnswerFeedback;
  /** Gives the order of the steps of an order question, every step once. */
  answerOrder(order: readonly string[]): AnswerFeedback;
  isOver(): boolean;
  /** Feedback on every answer so far, in order. */
  answered(): readonly AnswerFeedback[];
  transcript(): CheckTranscript;
}

/** The things a learner picks from, each with whether picking it is right. */
export function picksOf(
  question: Question,
): (ShownAnswer & { right: boolean; why: string; pin?: Pin })[] {
  switch (question.kind) {
    case 'choose':
      return question.options.map(({ id, text, correct, why, pin }) => ({
        id,
        text,
        why,
        right: correct,
        ...(pin === undefined ? {} : { pin }),
      }));
    case 'spot-misconception':
      // The learner is asked for the statement that is wrong: that one is the right pick.
      return question.statements.map(({ id, text, wrong, why }) => ({
        id,
        text,
        why,
        right: wrong,
      }));
    case 'order':
      return [];
  }
}

/** Whether picking `answerId` is right (choose, spot-misconception). */
export const isRightPick = (question: Question, answerId: string): boolean =>
  picksOf(question).some((each) => each.id === answerId && each.right);

/** Whether `order` is the authored order of an order question's steps. */
export const isRightOrder = (question: Question, order: readonly string[]): boolean =>
  question.kind === 'order' &&
  order.length === question.steps.length &&
  question.steps.every((step, index) => order[index] === step.id);

const placeOf = (check: KnowledgeCheck, question: Question) => `${check.id}/${question.id}`;

/**
 * The steps of an order question as first shown: drawn from the seed, and never already right (a
 * draw that gives the authored order is turned by one place). The authored order is the answer, so
 * steps are shuffled whatever the option order.
 */
export function shownSteps(check: KnowledgeCheck, question: Question, seed: number): ShownAnswer[] {
  if (question.kind !== 'order') return [];
  const drawn = inShownOrder(question.steps, {
    seed,
    place: placeOf(check, question),
    order: 'seeded',
  });
  const alreadyRight = isRightOrder(
    question,
    drawn.map((step) => step.id),
  );
  const shown = alreadyRight ? [...drawn.slice(1), ...drawn.slice(0, 1)] : drawn;
  return shown.map(({ id, text }) => ({ id, text }));
}

/** Answers of a question in the order the learner sees them: drawn from the seed, pins kept. */
export function shownAnswers(
  check: KnowledgeCheck,
  question: Question,
  options: { seed: number; optionOrder: OptionOrder },
): ShownAnswer[] {
  if (question.kind === 'order') return shownSteps(check, question, options.seed);
  return inShownOrder(picksOf(question), {
    seed: options.seed,
    place: placeOf(check, question),
    order: options.optionOrder,
  }).map(({ id, text }) => ({ id, text }));
}

function sourcesOf(question: Question) {
  const misconceptions = [...(question.misconceptions ?? [])];
  if (question.kind === 'spot-misconception' && !misconceptions.includes(question.misconception))
    misconceptions.unshift(question.misconception);
  return { criteria: [...question.criteria], law: [...(question.law ?? [])], misconceptions };
}

function feedbackOnPick(question: Question, answerId: string): AnswerFeedback {
  const picks = picksOf(question);
  const picked = picks.find((each) => each.id === answerId);
  if (picked === undefined)
    throw new CheckError('unknown-answer', `question '${question.id}' has no answer '${answerId}'`);
  return {
    questionId: question.id,
    kind: question.kind,
    given: { answerId },
    correct: picked.right,
    why: picked.why,
    rightAnswers: picks
      .filter((each) => each.right)
      .map(({ id, text, why }) => ({ id, text, why })),
    rightOrder: [],
    ...sourcesOf(question),
  };
}

function feedbackOnOrder(question: Question, order: readonly string[]): AnswerFeedback {
  if (question.kind !== 'order')
    throw new CheckError(
      'wrong-kind',
      `question '${question.id}' asks for one answer, not an order`,
    );
  const ids = question.steps.map((step) => step.id);
  const complete =
    order.length === ids.length &&
    new Set(order).size === ids.length &&
    ids.every((id) => order.includes(id));
  if (!complete)
    throw new CheckError(
      'unknown-answer',
      `the order given for question '${question.id}' must name each of its ${ids.length} steps once`,
    );
  return {
    questionId: question.id,
    kind: question.kind,
    given: { order: [...order] },
    correct: isRightOrder(question, order),
    why: question.why,
    rightAnswers: [],
    rightOrder: question.steps.map(({ id, text }) => ({ id, text })),
    ...sourcesOf(question),
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
  const asking = (): Question => {
    const question = check.questions[feedback.length];
    if (question === undefined)
      throw new CheckError('check-over', 'every question has been answered already');
    return question;
  };
  const record = (given: AnswerFeedback): AnswerFeedback => {
    feedback.push(given);
    return given;
  };
  return {
    check,
    current() {
      const question = check.questions[feedback.length];
      if (question === undefined) return null;
      return {
        question,
        number: feedback.length + 1,
        of: check.questions.length,
        answers: shownAnswers(check, question, { seed, optionOrder }),
      };
    },
    answer(answerId) {
      const question = asking();
      if (question.kind === 'order')
        throw new CheckError(
          'wrong-kind',
          `question '${question.id}' asks for the steps in order, not one answer`,
        );
      return record(feedbackOnPick(question, answerId));
    },
    answerOrder: (order) => record(feedbackOnOrder(asking(), order)),
    isOver: () => feedback.length >= check.questions.length,
    answered: () => [...feedback],
    transcript: () => ({
      format: 'resolve-check-transcript',
      version: 1,
      check: { id: check.id, contentHash: contentHash(check) },
      seed,
      optionOrder,
      answers: feedback.map(({ questionId, given }) => ({ questionId, ...given })),
    }),
  };
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
  transcript.answers.forEach((given, index) => {
    const asked = session.current()?.question.id;
    if (asked !== given.questionId)
      throw new CheckError(
        'unknown-question',
        `answer ${index + 1} is to question '${given.questionId}', but the check asks '${asked ?? 'nothing more'}' there`,
      );
    if ('order' in given) session.answerOrder(given.order);
    else session.answer(given.answerId);
  });
  return session;
}
