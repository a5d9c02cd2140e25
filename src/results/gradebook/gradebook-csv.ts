import { csvCell } from '../criteria-csv.ts';
import { cellOf, criterionColumns } from './learner-table.ts';
import type { GradebookRow } from './row.ts';

/*
 * The gradebook as a spreadsheet: one line per result file, the consistency in words and each
 * criterion's status from that file's replay, in full words. Cells are quoted and formulas
 * neutralised by criteria-csv.ts, since a learner's name or a file name is whatever they typed.
 */

export function gradebookCsv(rows: readonly GradebookRow[]): string {
  const columns = criterionColumns(rows);
  const header = [
    'Learner',
    'File',
    'Pack',
    'Group',
    'Scenarios and checks',
    'Consistency',
    'Details',
    ...columns.map((column) => column.id),
  ];
  const lines = [
    header,
    ...rows.map((row) => [
      row.learnerName ?? '',
      row.fileName,
      row.pack?.title ?? '',
      row.group ?? '',
      row.scenarios.join('; '),
      row.consistency,
      row.details.join('; '),
      ...columns.map((column) => cellOf(row.criteria, column.id).fullWords),
    ]),
  ];
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
