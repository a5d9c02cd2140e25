import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../curriculum/ids.ts';
import { learnerTable, NO_RESULT_WORDS } from './learner-table.ts';
import { rowsOf, smallClass } from './test-rows.ts';

describe('the learners × criteria table', () => {
  it('has a column per criterion any file gives, in curriculum order, and words in every cell', () => {
    const rows = rowsOf(smallClass());
    const table = learnerTable(rows);
    expect(table.rows).toHaveLength(12);
    const ids = table.columns.map((column) => column.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(CRITERION_IDS.filter((id) => ids.includes(id)));
    for (const { row, cells } of table.rows) {
      expect(cells).toHaveLength(ids.length);
      for (const cell of cells) {
        expect(cell.words).toMatch(
          /^(shown|partly shown|not shown|no chance to come up|no result)$/,
        );
        expect(cell.status === null).toBe(cell.words === NO_RESULT_WORDS);
        expect(cell.status).toBe(row.criteria[cell.id] ?? null);
      }
    }
    const performance = table.columns.find((column) => column.performance);
    expect(performance?.heading).toBe(`${performance?.id} (practised in simulation)`);
    const cell = table.rows
      .flatMap((each) => each.cells)
      .find(
        (each) => each.status !== null && table.columns.find((c) => c.id === each.id)?.performance,
      );
    expect(cell?.fullWords).toMatch(/\(practised in simulation\)$/);
  });

  it('gives a damaged file a row of no results', () => {
    const rows = rowsOf(smallClass());
    const table = learnerTable(rows);
    const damaged = table.rows.find(({ row }) => row.learnerName === null);
    expect(damaged?.cells.every((cell) => cell.words === NO_RESULT_WORDS)).toBe(true);
  });
});
