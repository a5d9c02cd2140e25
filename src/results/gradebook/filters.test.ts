import { describe, expect, it } from 'vitest';
import { filterChoices, filterRows } from './filters.ts';
import { rowsOf, smallClass } from './test-rows.ts';

describe('the gradebook filters', () => {
  const rows = rowsOf(smallClass()).map((row, index) => ({
    ...row,
    group: index < 6 ? 'Tuesday' : 'Thursday',
  }));

  it('lets every row through when empty', () => {
    expect(filterRows(rows, {})).toHaveLength(rows.length);
  });

  it('filters by consistency, pack, group and name text', () => {
    expect(filterRows(rows, { verdict: 'not-consistent' })).toHaveLength(6);
    expect(
      filterRows(rows, { verdict: 'consistent' }).every((row) => row.verdict === 'consistent'),
    ).toBe(true);
    const named = rows.find((row) => row.learnerName !== null)!;
    const part = named.learnerName!.split(' ')[0]!.toUpperCase();
    expect(filterRows(rows, { name: part }).length).toBeGreaterThan(0);
    expect(
      filterRows(rows, { name: part }).every((row) =>
        `${row.learnerName} ${row.fileName}`.toUpperCase().includes(part),
      ),
    ).toBe(true);
    expect(filterRows(rows, { group: 'Thursday' })).toHaveLength(6);
    expect(filterRows(rows, { pack: 'class-practice' }).length).toBeGreaterThan(0);
    expect(filterRows(rows, { pack: 'no-such-pack' })).toHaveLength(0);
    expect(filterChoices(rows)).toEqual({
      packs: [{ id: 'class-practice', title: 'Class practice' }],
      groups: ['Thursday', 'Tuesday'],
    });
  });

  it("filters by a criterion's status, 'none' meaning no result", () => {
    const id = Object.keys(
      rows.find((row) => row.verdict === 'consistent')!.criteria,
    )[0] as '312.2.1';
    const status = rows.find((row) => row.criteria[id] !== undefined)!.criteria[id]!;
    const found = filterRows(rows, { criterion: id, status });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((row) => row.criteria[id] === status)).toBe(true);
    const none = filterRows(rows, { criterion: id, status: 'none' });
    expect(none.every((row) => row.criteria[id] === undefined)).toBe(true);
    expect(none.length + rows.filter((row) => row.criteria[id] !== undefined).length).toBe(
      rows.length,
    );
  });
});
