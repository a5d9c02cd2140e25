import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coverageOf, evidencedIn, opportunitiesIn } from './coverage.ts';
import { scenarioSchema } from './schema.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const valid = scenarioSchema.parse(
  parse(readFileSync(join(fixtures, 'valid-minimal.yaml'), 'utf8')),
);

describe('coverage', () => {
  it('counts an opportunity for anything a decision touches, for better or worse', () => {
    expect(opportunitiesIn(valid)).toEqual({
      criteria: ['312.2.1'],
      techniques: ['listen', 'ask-questions-when-confused', 'adapt-communication'],
      range: ['312 range 1a', '312 range 2c', '312 range 3b'],
    });
    // Only positive evidence counts as evidencing (for the menu's list).
    expect(evidencedIn(valid).techniques).toEqual(['listen', 'ask-questions-when-confused']);
  });

  it('reports every catalogue item, with the scenarios that cover it', () => {
    const other = { ...valid, id: 'other', range: [] };
    const report = coverageOf([valid, other]);
    expect(report.scenarios).toBe(2);
    expect(report.criteria).toHaveLength(55);
    expect(report.rangeItems).toHaveLength(12);
    expect(report.techniques).toHaveLength(18);
    expect(report.criteria.find((row) => row.id === '312.2.1')).toEqual({
      id: '312.2.1',
      count: 2,
      scenarios: ['valid-minimal', 'other'],
    });
    expect(report.rangeItems.find((row) => row.id === '312 range 2c')?.count).toBe(1);
    expect(report.techniques.find((row) => row.id === 'remain-calm')?.count).toBe(0);
  });
});
