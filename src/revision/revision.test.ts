import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueNow, endOfDay, revisionSummary } from './due.ts';
import { afterCheck, cardKey, newCard, reviewCardSchema, reviewed } from './review-card.ts';

const DAY = 86_400_000;
const start = Date.UTC(2026, 11, 2, 9, 0, 0);
const question = { checkId: 'check-basics', questionId: 'q-refund' };

describe('spaced repetition of knowledge-check questions', () => {
  it('brings a wrong answer back sooner than a right one, and a right one later each time', () => {
    const fresh = newCard(question, start);
    expect(fresh.due).toBe(start);
    const wrong = reviewed(fresh, false, start);
    const right = reviewed(fresh, true, start);
    expect(wrong.due).toBeLessThan(right.due);
    let card = right;
    let gap = card.due - start;
    for (let review = 0; review < 4; review += 1) {
      const now = card.due;
      card = reviewed(card, true, now);
      expect(card.due - now).toBeGreaterThanOrEqual(gap);
      gap = card.due - now;
    }
    expect(gap).toBeGreaterThan(DAY);
    const lapsed = reviewed(card, false, card.due);
    expect(lapsed.lapses).toBe(card.lapses + 1);
    expect(lapsed.due - card.due).toBeLessThan(gap);
  });

  it('schedules the same on every device: no fuzz, plain JSON that the schema accepts', () => {
    const a = reviewed(reviewed(newCard(question, start), true, start), true, start + 3 * DAY);
    const b = reviewed(reviewed(newCard(question, start), true, start), true, start + 3 * DAY);
    expect(a).toEqual(b);
    expect(reviewCardSchema.parse(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it('moves on the cards of the questions a check asked, and no others', () => {
    const other = newCard({ checkId: 'check-basics', questionId: 'q-other' }, start);
    const cards = new Map([[cardKey(other), other]]);
    const after = afterCheck(
      cards,
      'check-basics',
      [
        { questionId: 'q-refund', correct: true },
        { questionId: 'q-apology', correct: false },
      ],
      start,
    );
    expect([...after.keys()].sort()).toEqual([
      'check-basics/q-apology',
      'check-basics/q-other',
      'check-basics/q-refund',
    ]);
    expect(after.get('check-basics/q-other')).toBe(other);
    expect(cards.size).toBe(1);
  });

  it('lists what is due now, most overdue first, and counts today and the next day', () => {
    const at = (questionId: string, due: number) => ({
      ...newCard({ ...question, questionId }, due),
    });
    const cards = [
      at('later-today', start + 3_600_000),
      at('overdue', start - 2 * DAY),
      at('due', start - 1),
      at('in-two-days-a', start + 2 * DAY),
      at('in-two-days-b', start + 2 * DAY + 60_000),
      at('in-a-week', start + 7 * DAY),
    ];
    expect(dueNow(cards, start).map((card) => card.questionId)).toEqual(['overdue', 'due']);
    const summary = revisionSummary(cards, start);
    expect(summary).toMatchObject({ now: 2, today: 3, next: { count: 2 } });
    expect(summary.next?.day).toBe(start + 2 * DAY);
    expect(revisionSummary([], start)).toEqual({ now: 0, today: 0, next: null });
    expect(endOfDay(start)).toBeGreaterThan(start);
  });

  it('keeps every card valid whatever the answers and times', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ correct: fc.boolean(), wait: fc.integer({ min: 0, max: 90 * DAY }) }),
          {
            maxLength: 30,
          },
        ),
        (answers) => {
          let card = newCard(question, start);
          let now = start;
          for (const { correct, wait } of answers) {
            now += wait;
            card = reviewed(card, correct, now);
            expect(reviewCardSchema.safeParse(card).success).toBe(true);
            expect(card.due).toBeGreaterThan(now - 1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
