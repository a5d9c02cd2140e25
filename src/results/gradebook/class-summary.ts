import { EVIDENCE_STATUSES, type EvidenceStatus } from '../../curriculum/evidence.ts';
import { learnerTable, type CriterionColumn } from './learner-table.ts';
import type { GradebookRow } from './row.ts';

/*
 * The class at a glance: for each criterion, how many learners reach each status (their best
 * over their files). Only files that replay consistently (or on the tutor's own scenarios) are
 * counted; the rest are counted apart, so an edited file cannot move the class's picture.
 */

export type SummaryStatus = EvidenceStatus | 'none';
export const SUMMARY_STATUSES: readonly SummaryStatus[] = [...EVIDENCE_STATUSES, 'none'];

export interface CriterionSummary extends CriterionColumn {
  counts: Record<SummaryStatus, number>;
}

export interface ClassSummary {
  criteria: CriterionSummary[];
  /** Learners with at least one file counted. */
  learners: number;
  /** Files counted, and files left out because they are not consistent. */
  counted: number;
  leftOut: number;
}

export function classSummary(rows: readonly GradebookRow[]): ClassSummary {
  const table = learnerTable(rows);
  const learners = table.learners.filter((learner) => learner.counted > 0);
  const counted = rows.filter((row) => row.verdict !== 'not-consistent').length;
  return {
    criteria: table.columns.map((column) => {
      const tally = Object.fromEntries(SUMMARY_STATUSES.map((status) => [status, 0])) as Record<
        SummaryStatus,
        number
      >;
      for (const learner of learners) tally[learner.criteria[column.id] ?? 'none'] += 1;
      return { ...column, counts: tally };
    }),
    learners: learners.length,
    counted,
    leftOut: rows.length - counted,
  };
}
