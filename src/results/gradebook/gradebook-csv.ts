import { csvCell } from '../criteria-csv.ts';
import type { LearnerTable } from './learner-table.ts';

/*
 * The gradebook as a spreadsheet: one line per result file, the consistency in words and each
 * criterion's status in full words. Cells are quoted and formulas neutralised by criteria-csv.ts,
 * since a learner's name or a file name is whatever they typed.
 */

export function gradebookCsv(table: LearnerTable): string {
  const header = [
    'Learner',
    'File',
    'Pack',
    'Group',
    'Scenarios and checks',
    'Consistency',
    'Details',
    ...table.columns.map((column) => column.id),
  ];
  const lines = [
    header,
    ...table.rows.map(({ row, cells }) => [
      row.learnerName ?? '',
      row.fileName,
      row.pack?.title ?? '',
      row.group ?? '',
      row.scenarios.join('; '),
      row.consistency,
      row.details.join('; '),
      ...cells.map((cell) => cell.fullWords),
    ]),
  ];
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
