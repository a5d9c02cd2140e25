import { EVIDENCE_STATUSES, type EvidenceStatus } from '../../curriculum/evidence.ts';
import { criterionColumns, type CriterionColumn } from './learner-table.ts';
import type { GradebookRow } from './row.ts';

/*
 * The class at a glance: for each criterion, how many learners' results reach each status. Only
 * results that replay consistently (or on the tutor's own scenarios) are counted; the rest are
 * counted apart, so an edited file cannot move the class's picture.
 */

export type SummaryStatus = EvidenceStatus | 'none';
export const SUMMARY_STATUSES: readonly SummaryStatus[] = [...EVIDENCE_STATUSES, 'none'];

export interface CriterionSummary extends CriterionColumn {
  counts: Record<SummaryStatus, number>;
}

export interface ClassSummary {
  criteria: CriterionSummary[];
  /** Results counted. */
  counted: number;
  /** Results left out because they are not consistent. */
  leftOut: number;
}

export function classSummary(rows: readonly GradebookRow[]): ClassSummary {
  const counted = rows.filter((row) => row.verdict !== 'not-consistent');
  return {
    criteria: criterionColumns(counted).map((column) => {
      const counts = Object.fromEntries(SUMMARY_STATUSES.map((status) => [status, 0])) as Record<
        SummaryStatus,
        number
      >;
      for (const row of counted) counts[row.criteria[column.id] ?? 'none'] += 1;
      return { ...column, counts };
    }),
    counted: counted.length,
    leftOut: rows.length - counted.length,
  };
}
