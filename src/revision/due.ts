import type { ReviewCard } from './review-card.ts';

/** The last moment of the local day `now` falls in. */
export function endOfDay(now: number): number {
  const day = new Date(now);
  day.setHours(23, 59, 59, 999);
  return day.getTime();
}

/** Cards due now, the most overdue first: the "Revise now" list. */
export const dueNow = (cards: Iterable<ReviewCard>, now: number): ReviewCard[] =>
  [...cards].filter((card) => card.due <= now).sort((a, b) => a.due - b.due);

export interface RevisionSummary {
  /** Due now. */
  now: number;
  /** Due by the end of today, those due now included. */
  today: number;
  /** The next day after today with questions due, and how many fall due that day. */
  next: { day: number; count: number } | null;
}

/** How many questions are due now and today, and when the next ones fall due. */
export function revisionSummary(cards: Iterable<ReviewCard>, now: number): RevisionSummary {
  const all = [...cards];
  const todayEnds = endOfDay(now);
  const later = all.filter((card) => card.due > todayEnds).sort((a, b) => a.due - b.due);
  const first = later[0];
  const nextDayEnds = first === undefined ? undefined : endOfDay(first.due);
  return {
    now: all.filter((card) => card.due <= now).length,
    today: all.filter((card) => card.due <= todayEnds).length,
    next:
      first === undefined || nextDayEnds === undefined
        ? null
        : { day: first.due, count: later.filter((card) => card.due <= nextDayEnds).length },
  };
}
