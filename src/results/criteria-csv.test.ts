import { describe, expect, it } from 'vitest';
import { checkFor, playFor } from './test-files.ts';
import { criteriaCsv, criterionRows, csvCell } from './criteria-csv.ts';
import { resultsFileName } from './file-name.ts';

describe('criterion results as CSV', () => {
  it('has one row per criterion of each play and check, statuses in words', () => {
    const play = playFor();
    const check = checkFor();
    const rows = criterionRows([play], [check]);
    expect(rows).toHaveLength(
      Object.keys(play.debrief.criteria).length + Object.keys(check.result.criteria).length,
    );
    const csv = criteriaCsv(rows);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Unit,Criterion,Criterion text,Status,Score,Evidence,Moments,Date,Scenario or check',
    );
    expect(lines).toHaveLength(rows.length + 1);
    expect(csv).not.toMatch(/,(met|not-met|partly-met),/);
    expect(csv).toMatch(/practised in simulation/);
    expect(rows[0]?.date).toBe('2026-12-02');
  });

  it('quotes cells and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "sorry"')).toBe('"say ""sorry"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const danger of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])
      expect(csvCell(danger).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x", "y")')).toBe('"\'=HYPERLINK(""x"", ""y"")"');
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('file names from what the learner typed', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  it('keeps letters and digits only, with the date', () => {
    expect(resultsFileName('Sam Jones', 'Faulty headphones', now)).toBe(
      'sam-jones-faulty-headphones-2026-12-02.resolve-result.json',
    );
    expect(resultsFileName('../../etc/passwd', 'a\\b:c', now, '.csv')).toBe(
      'etc-passwd-a-b-c-2026-12-02.csv',
    );
    expect(resultsFileName('Zoë Ó Briain', '', now)).toBe(
      'zoe-o-briain-results-2026-12-02.resolve-result.json',
    );
    expect(resultsFileName('???', 'x'.repeat(200), now)).toMatch(/^learner-x{60}-2026/);
  });
});
