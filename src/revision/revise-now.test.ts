import { describe, expect, it } from 'vitest';
import { loadSampleKnowledgeChecks } from '../engine/fixtures/load.ts';
import { playKnowledgeCheck } from '../engine/knowledge-check.ts';
import { startCheck } from '../engine/check-session.ts';
import { revisionSummary } from './due.ts';
import { newCard, type ReviewCard } from './review-card.ts';
import { cardsAfterCheck, cardsAfterRevision, REVISION_LIMIT, revisionSet } from './revise-now.ts';

const DAY = 86_400_000;
const start = Date.UTC(2026, 11, 2, 9, 0, 0);
const checks = loadSampleKnowledgeChecks().map((each) => each.check);
const [first, second] = checks;
if (first === undefined || second === undefined) throw new Error('two sample checks are needed');

describe('revise now', () => {
  it('has nothing due before any question is answered', () => {
    expect(revisionSet(checks, [], start)).toBeNull();
    expect(revisionSummary([], start)).toEqual({ now: 0, today: 0, next: null });
  });

  it('gathers the due questions of every check, the most overdue first, at most ten', () => {
    const played = playKnowledgeCheck({ check: first, policy: 'random', seed: 1 });
    const cards = cardsAfterCheck([], first.id, played.answered(), start);
    expect(cards).toHaveLength(first.questions.length);
    // Nothing is due the moment it was answered; a day later, all of it is.
    expect(revisionSet(checks, cards, start)).toBeNull();
    const oldest = newCard(
      { checkId: second.id, questionId: second.questions[1]!.id },
      start - DAY,
    );
    const set = revisionSet(checks, [...cards, oldest], start + DAY);
    expect(set?.check.questions).toHaveLength(REVISION_LIMIT);
    expect(set?.check.questions[0]?.id).toBe(second.questions[1]!.id);
    expect(set?.checkOf.get(second.questions[1]!.id)).toBe(second.id);
  });

  it('leaves out cards of questions no check has any more', () => {
    const gone = newCard({ checkId: first.id, questionId: 'q-removed' }, start);
    const stray = newCard({ checkId: 'no-such-check', questionId: first.questions[0]!.id }, start);
    expect(revisionSet(checks, [gone, stray], start + DAY)).toBeNull();
  });

  it('moves each answered card on under the check it came from, and no other card', () => {
    const cards: ReviewCard[] = [
      newCard({ checkId: first.id, questionId: first.questions[0]!.id }, start - DAY),
      newCard({ checkId: second.id, questionId: second.questions[0]!.id }, start - DAY),
      newCard({ checkId: second.id, questionId: second.questions[1]!.id }, start - DAY / 2),
    ];
    const set = revisionSet(checks, cards, start, 2);
    if (set === null) throw new Error('nothing was due');
    const session = startCheck({ check: set.check, seed: 1 });
    const answered = session.current();
    if (answered === null || answered.question.kind === 'order') throw new Error('unexpected');
    session.answer(answered.answers[0]!.id);
    const moved = cardsAfterRevision(cards, set, session.answered(), start);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({
      checkId: answered === null ? '' : set.checkOf.get(answered.question.id),
    });
    expect(moved[0]!.due).toBeGreaterThan(start);
    expect(moved[0]!.reps).toBe(1);
  });
});
