import { describe, expect, it } from 'vitest';
import { classSummary, SUMMARY_STATUSES } from './class-summary.ts';
import { learnerTable } from './learner-table.ts';
import { rowsOf, smallClass } from './test-rows.ts';

describe('the class summary', () => {
  it('counts each learner once per criterion and leaves the files not consistent out', () => {
    const rows = rowsOf(smallClass());
    const summary = classSummary(rows);
    expect(summary.leftOut).toBe(6);
    expect(summary.counted).toBe(6);
    const learners = learnerTable(rows).learners.filter((learner) => learner.counted > 0);
    expect(summary.learners).toBe(learners.length);
    for (const criterion of summary.criteria) {
      const total = SUMMARY_STATUSES.reduce((sum, status) => sum + criterion.counts[status], 0);
      expect(total, criterion.id).toBe(learners.length);
    }
    const first = summary.criteria[0]!;
    expect(first.counts.met).toBe(
      learners.filter((learner) => learner.criteria[first.id] === 'met').length,
    );
  });

  it('an edited file cannot move the picture', () => {
    const rows = rowsOf(smallClass());
    const edited = rows.map((row) =>
      row.verdict === 'not-consistent' ? { ...row, criteria: { '312.2.1': 'met' as const } } : row,
    );
    expect(classSummary(edited)).toEqual(classSummary(rows));
  });
});
