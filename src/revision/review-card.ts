import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card } from 'ts-fsrs';
import { z } from '../scenario/zod.ts';
import type { AnswerFeedback } from '../engine/check-session.ts';

/*
 * Spaced repetition for knowledge-check questions, scheduled by FSRS (ts-fsrs). A card is kept as
 * plain JSON (times in milliseconds) so the store can validate it like any saved record. Fuzz is
 * off: the same answers at the same times give the same schedule on every device.
 */

const id = z.string().min(1).max(80);
const STATES = ['new', 'learning', 'review', 'relearning'] as const;
const count = z.number().int().min(0).max(1_000_000);
const time = z.number().int().min(0).max(8.64e15);

export const reviewCardSchema = z.strictObject({
  checkId: id,
  questionId: id,
  due: time,
  stability: z.number().min(0).max(1e6),
  difficulty: z.number().min(0).max(11),
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.enum(STATES),
  lastReview: time.exactOptional(),
});
export type ReviewCard = z.infer<typeof reviewCardSchema>;

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const STATE_OF: Record<State, ReviewCard['state']> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const FSRS_STATE: Record<ReviewCard['state'], State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

function toFsrs(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: FSRS_STATE[card.state],
    ...(card.lastReview === undefined ? {} : { last_review: new Date(card.lastReview) }),
  };
}

function fromFsrs(question: { checkId: string; questionId: string }, card: Card): ReviewCard {
  return {
    checkId: question.checkId,
    questionId: question.questionId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_OF[card.state],
    ...(card.last_review === undefined ? {} : { lastReview: card.last_review.getTime() }),
  };
}

/** A question never yet revised: due at once. */
export const newCard = (
  question: { checkId: string; questionId: string },
  now: number,
): ReviewCard => fromFsrs(question, createEmptyCard(new Date(now)));

/**
 * The card after an answer: a right answer counts as "good", a wrong one as "again", so a question
 * answered wrongly comes back soon and one answered rightly waits longer each time.
 */
export function reviewed(card: ReviewCard, correct: boolean, now: number): ReviewCard {
  const next = scheduler.next(toFsrs(card), new Date(now), correct ? Rating.Good : Rating.Again);
  return fromFsrs(card, next.card);
}

/** The key a card is kept under: one card per question of a check. */
export const cardKey = (question: { checkId: string; questionId: string }): string =>
  `${question.checkId}/${question.questionId}`;

/** Cards after a check's answers: each answered question's card moved on (created if new). */
export function afterCheck(
  cards: ReadonlyMap<string, ReviewCard>,
  checkId: string,
  answers: readonly Pick<AnswerFeedback, 'questionId' | 'correct'>[],
  now: number,
): Map<string, ReviewCard> {
  const updated = new Map(cards);
  for (const { questionId, correct } of answers) {
    const key = cardKey({ checkId, questionId });
    const card = updated.get(key) ?? newCard({ checkId, questionId }, now);
    updated.set(key, reviewed(card, correct, now));
  }
  return updated;
}
