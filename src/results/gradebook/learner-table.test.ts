import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../curriculum/ids.ts';
import { learnerTable, NO_RESULT_WORDS } from './learner-table.ts';
import { rowsOf, smallClass } from './test-rows.ts';

describe('the learners × criteria table', () => {
  it('has a line per learner, a column per criterion counted, in curriculum order, and words in every cell', () => {
    const rows = rowsOf(smallClass());
    const table = learnerTable(rows);
    // 6 learners; one file could not be read at all (the truncated one).
    expect(table.learners).toHaveLength(6);
    expect(table.unreadable).toBe(1);
    expect(table.learners.reduce((sum, learner) => sum + learner.files.length, 0)).toBe(11);
    const ids = table.columns.map((column) => column.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(CRITERION_IDS.filter((id) => ids.includes(id)));
    for (const learner of table.learners) {
      expect(learner.cells).toHaveLength(ids.length);
      for (const cell of learner.cells) {
        expect(cell.words).toMatch(
          /^(shown|partly shown|not shown|no chance to come up|no result)$/,
        );
        expect(cell.status === null).toBe(cell.words === NO_RESULT_WORDS);
      }
    }
    const performance = table.columns.find((column) => column.performance);
    expect(performance?.heading).toBe(`${performance?.id} (practised in simulation)`);
  });

  it("takes each criterion's best status over a learner's consistent files only", () => {
    const rows = rowsOf(smallClass());
    const table = learnerTable(rows);
    const rank = { met: 3, 'partly-met': 2, 'not-met': 1, 'no-opportunity': 0 } as const;
    for (const learner of table.learners) {
      const counted = learner.files.filter((row) => row.verdict !== 'not-consistent');
      expect(learner.counted).toBe(counted.length);
      for (const cell of learner.cells) {
        const statuses = counted.flatMap((row) => row.criteria[cell.id] ?? []);
        const best = statuses.sort((a, b) => rank[b] - rank[a])[0] ?? null;
        expect(cell.status, `${learner.name} ${cell.id}`).toBe(best);
      }
    }
    // An edited file claiming everything shown changes nothing.
    const edited = rows.map((row) =>
      row.verdict === 'not-consistent'
        ? { ...row, criteria: Object.fromEntries(table.columns.map((c) => [c.id, 'met' as const])) }
        : row,
    );
    expect(learnerTable(edited).learners.map((each) => each.criteria)).toEqual(
      table.learners.map((each) => each.criteria),
    );
  });

  it('puts together files whose names differ only in case', () => {
    const rows = rowsOf(smallClass()).filter((row) => row.learnerName !== null);
    const [first, second] = rows;
    const table = learnerTable([
      first!,
      { ...second!, learnerName: first!.learnerName!.toUpperCase() },
    ]);
    expect(table.learners).toHaveLength(1);
    expect(table.learners[0]?.name).toBe(first!.learnerName);
  });
});
