import type { AnswerFeedback } from '../engine/check-session.ts';
import type { KnowledgeCheck, Question } from '../scenario/pack-schema.ts';
import { dueNow } from './due.ts';
import { afterCheck, cardKey, type ReviewCard } from './review-card.ts';

/*
 * "Revise now": the questions due, gathered from every check into one session, so a learner
 * revises them the way they first answered them (the same session, feedback and scoring). Only
 * questions answered before have cards, so a question never answered is never due.
 */

/** At most this many questions in one revision session: a short sitting, the most overdue first. */
export const REVISION_LIMIT = 10;

export const REVISION_CHECK_ID = 'revise-now';

export interface RevisionSet {
  /** The due questions as one check, the most overdue first. */
  check: KnowledgeCheck;
  /** Which check each question comes from, by question id: its card is kept under that check. */
  checkOf: ReadonlyMap<string, string>;
}

/** The due questions as one check, or null when none is due (or none is still in a check). */
export function revisionSet(
  checks: readonly KnowledgeCheck[],
  cards: Iterable<ReviewCard>,
  now: number,
  limit = REVISION_LIMIT,
): RevisionSet | null {
  const byKey = new Map<string, { checkId: string; question: Question }>();
  for (const check of checks)
    for (const question of check.questions)
      byKey.set(cardKey({ checkId: check.id, questionId: question.id }), {
        checkId: check.id,
        question,
      });
  const questions: Question[] = [];
  const checkOf = new Map<string, string>();
  for (const card of dueNow(cards, now)) {
    const found = byKey.get(cardKey(card));
    // A question removed from its check, or one whose id another check's due question has
    // already taken in this session, waits for another time.
    if (found === undefined || checkOf.has(found.question.id)) continue;
    questions.push(found.question);
    checkOf.set(found.question.id, found.checkId);
    if (questions.length >= limit) break;
  }
  const [first, ...rest] = questions;
  if (first === undefined) return null;
  return {
    check: { id: REVISION_CHECK_ID, title: 'Revise now', questions: [first, ...rest] },
    checkOf,
  };
}

/** The cards after a revision session: each answered question's card moved on, under its check. */
export function cardsAfterRevision(
  cards: readonly ReviewCard[],
  set: RevisionSet,
  answered: readonly Pick<AnswerFeedback, 'questionId' | 'correct'>[],
  now: number,
): ReviewCard[] {
  let updated = new Map(cards.map((card) => [cardKey(card), card]));
  const changed = new Set<string>();
  for (const answer of answered) {
    const checkId = set.checkOf.get(answer.questionId);
    if (checkId === undefined) continue;
    updated = afterCheck(updated, checkId, [answer], now);
    changed.add(cardKey({ checkId, questionId: answer.questionId }));
  }
  return [...changed].flatMap((key) => {
    const card = updated.get(key);
    return card === undefined ? [] : [card];
  });
}

/** The cards a finished check changed (or created), ready for the store. */
export function cardsAfterCheck(
  cards: readonly ReviewCard[],
  checkId: string,
  answered: readonly Pick<AnswerFeedback, 'questionId' | 'correct'>[],
  now: number,
): ReviewCard[] {
  const updated = afterCheck(
    new Map(cards.map((card) => [cardKey(card), card])),
    checkId,
    answered,
    now,
  );
  return answered.flatMap(({ questionId }) => {
    const card = updated.get(cardKey({ checkId, questionId }));
    return card === undefined ? [] : [card];
  });
}
