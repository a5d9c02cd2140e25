import { describe, expect, it } from 'vitest';
import { gradebookCsv } from './gradebook-csv.ts';
import { criterionColumns } from './learner-table.ts';
import { rowsOf, smallClass } from './test-rows.ts';

describe('the gradebook as CSV', () => {
  it('has a header, a line per file with its consistency, and statuses in full words', () => {
    const rows = rowsOf(smallClass());
    const lines = gradebookCsv(rows).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      [
        'Learner',
        'File',
        'Pack',
        'Group',
        'Scenarios and checks',
        'Consistency',
        'Details',
        ...criterionColumns(rows).map((c) => c.id),
      ].join(','),
    );
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines.filter((line) => line.includes(',consistent,'))).toHaveLength(6);
    expect(lines.some((line) => line.includes('not consistent: the file is damaged'))).toBe(true);
    expect(lines.join('\n')).toContain('(practised in simulation)');
    expect(lines.join('\n')).not.toMatch(/verified/i);
  });

  it('neutralises a name a spreadsheet would run as a formula', () => {
    const [row] = rowsOf(smallClass());
    const csv = gradebookCsv([{ ...row!, learnerName: '=HYPERLINK("x","y")' }]);
    expect(csv.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""x"",""y""\)",/);
  });
});
