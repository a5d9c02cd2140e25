import { criteria as catalogue } from '../../curriculum/criteria.ts';
import {
  PRACTISED_IN_SIMULATION,
  STATUS_WORDS,
  statusInWords,
  type EvidenceStatus,
} from '../../curriculum/evidence.ts';
import { CRITERION_IDS, type CriterionId } from '../../curriculum/ids.ts';
import type { GradebookRow } from './row.ts';

/*
 * The gradebook's table: learners down, criteria across, each cell a status in words (the page
 * may add colour, never colour alone). Performance criteria say once, in their column heading,
 * that they were practised in simulation, so each cell can stay short.
 */

export const NO_RESULT_WORDS = 'no result';

export interface CriterionColumn {
  id: CriterionId;
  text: string;
  performance: boolean;
  /** "312.2.1 (practised in simulation)" or the id alone for a knowledge criterion. */
  heading: string;
}

export interface LearnerCell {
  id: CriterionId;
  status: EvidenceStatus | null;
  /** Short, for the table: "partly shown", "no result". */
  words: string;
  /** Whole, for a file read on its own (CSV): performance criteria say "practised in simulation". */
  fullWords: string;
}

export interface LearnerTable {
  columns: CriterionColumn[];
  rows: { row: GradebookRow; cells: LearnerCell[] }[];
}

/** The criteria any of the rows has a status for, in the curriculum's order. */
export function criterionColumns(rows: readonly GradebookRow[]): CriterionColumn[] {
  const present = new Set(rows.flatMap((row) => Object.keys(row.criteria)));
  return CRITERION_IDS.filter((id) => present.has(id)).map((id) => {
    const performance = catalogue[id].kind === 'performance';
    return {
      id,
      text: catalogue[id].text,
      performance,
      heading: performance ? `${id} (${PRACTISED_IN_SIMULATION})` : id,
    };
  });
}

export function cellOf(row: GradebookRow, id: CriterionId): LearnerCell {
  const status = row.criteria[id] ?? null;
  return status === null
    ? { id, status, words: NO_RESULT_WORDS, fullWords: NO_RESULT_WORDS }
    : { id, status, words: STATUS_WORDS[status], fullWords: statusInWords(status, id) };
}

export function learnerTable(rows: readonly GradebookRow[]): LearnerTable {
  const columns = criterionColumns(rows);
  return {
    columns,
    rows: rows.map((row) => ({ row, cells: columns.map((column) => cellOf(row, column.id)) })),
  };
}
