import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { criteria } from './criteria.ts';
import type { CriterionId } from './ids.ts';
import { rangeItems } from './range.ts';
import {
  collapseWhitespace,
  parseOutcomeCriteria,
  parseSynopsis,
  parseUnit312Criteria,
  parseUnit312Range,
  type SeedEntry,
} from './seed-parsers.ts';
import { synopsis, synopsisSectionHeadings } from './synopsis.ts';
import type { Guidance, UnitId } from './types.ts';
import { outcomes, units } from './units.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const haveSeeds = existsSync(seedsDir);
if (!haveSeeds) {
  console.warn(
    `seeds.test: ${seedsDir} is absent, so the catalogue is not checked against the seeds`,
  );
}

const seed = (prefix: string): string => {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed file ${prefix}*.txt in ${seedsDir}`);
  return readFileSync(path.join(seedsDir, file), 'utf8');
};

const catalogueTexts = (unit: UnitId, key: (id: CriterionId) => string) =>
  Object.values(criteria)
    .filter((c) => c.unit === unit)
    .map((c) => ({ key: key(c.id), text: collapseWhitespace(c.text) }));

const seedTexts = (entries: SeedEntry[]) =>
  entries.map((e) => ({ key: e.key, text: collapseWhitespace(e.text) }));

const guidanceStrings = (guidance: readonly Guidance[]): string[] =>
  guidance.flatMap((g) => {
    switch (g.kind) {
      case 'list':
        return [g.heading, ...g.items];
      case 'definition':
        return [g.term, g.text];
      case 'legal-list':
        return [g.heading, ...g.items.map((i) => i.text)];
    }
  });

describe('the parsers tolerate the seeds’ mess', () => {
  it('reads wrapped, tabbed criteria and skips stray cells', () => {
    const text =
      '\t1. Understand it\n\n\t1.1 Assess the\nrange of things \n\n\tMonitoring\n· Sales\n\t1. \n\t2.3 Do this\n2.4 Do that\n';
    expect(parseOutcomeCriteria(text)).toEqual([
      { key: '1.1', text: 'Assess the range of things' },
      { key: '2.3', text: 'Do this' },
      { key: '2.4', text: 'Do that' },
    ]);
  });
  it('reads range items under their headings', () => {
    const text =
      'in the boxes of What you must cover and What you must do.\nWhat you must cover\n\n1 Complaints seen as:\n\na justified\n\nb unjustified.\n\nWhat you must do\n\n312.1.1 identify signs\n';
    expect(parseUnit312Range(text)).toEqual([
      { key: '1a', heading: 'Complaints seen as:', text: 'justified' },
      { key: '1b', heading: 'Complaints seen as:', text: 'unjustified.' },
    ]);
    expect(parseUnit312Criteria(text)).toEqual([{ key: '312.1.1', text: 'identify signs' }]);
  });
});

describe.skipIf(!haveSeeds)('the catalogue says what the seeds say', () => {
  it('MRC criteria match seed 000', () => {
    const parsed = seedTexts(parseOutcomeCriteria(seed('000_')));
    expect(catalogueTexts('MRC', (id) => id.replace('MRC ', ''))).toEqual(parsed);
  });

  it('Unit 312 criteria match seed 001', () => {
    const parsed = seedTexts(parseUnit312Criteria(seed('001_')));
    expect(catalogueTexts('312', (id) => id)).toEqual(parsed);
  });

  it('CS17 criteria match seed 004', () => {
    const parsed = seedTexts(parseOutcomeCriteria(seed('004_')));
    expect(catalogueTexts('CS17', (id) => id.replace('CS17 ', ''))).toEqual(parsed);
  });

  it('the 12 range items and their headings match seed 001', () => {
    const parsed = parseUnit312Range(seed('001_')).map((e) => ({
      id: `312 range ${e.key}`,
      heading: collapseWhitespace(e.heading),
      text: e.text,
    }));
    expect(parsed).toHaveLength(12);
    expect(
      Object.values(rangeItems).map((r) => ({
        id: r.id,
        heading: collapseWhitespace(r.heading),
        text: collapseWhitespace(r.text),
      })),
    ).toEqual(parsed);
  });

  it('the synopsis points match seed 003, in order', () => {
    const parsed = parseSynopsis(seed('003_'), synopsisSectionHeadings);
    const ours = synopsis.map((p) => ({
      section: p.section,
      text: collapseWhitespace(p.title === null ? p.text : `${p.title}: ${p.text}`),
    }));
    expect(ours).toEqual(parsed);
  });

  it('every guidance line, heading, note and evidence method is printed in its unit’s seed', () => {
    const missing: string[] = [];
    for (const unit of Object.values(units)) {
      const printed = collapseWhitespace(seed(unit.seedFile.slice(0, 4)));
      const strings = [
        ...unit.notes,
        ...unit.assessmentMethods.map((m) => m.method),
        ...unit.outcomes.flatMap((id) => [
          outcomes[id].heading,
          ...outcomes[id].evidence.map((e) => e.method + (e.heldInWorkplace ? '*' : '')),
          ...guidanceStrings(outcomes[id].guidance),
        ]),
        ...Object.values(criteria)
          .filter((c) => c.unit === unit.id)
          .flatMap((c) => guidanceStrings(c.guidance)),
      ];
      for (const s of strings) {
        if (!printed.includes(collapseWhitespace(s))) missing.push(`${unit.id}: ${s}`);
      }
      if (
        unit.titleSource === 'seed' &&
        !printed.toLowerCase().includes(unit.title.toLowerCase())
      ) {
        missing.push(`${unit.id} title: ${unit.title}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('Unit 312’s seed forbids simulation for performance evidence, as the catalogue records', () => {
    expect(seed('001_')).toContain('Simulation is not allowed for any performance evidence');
    expect(units['312'].simulationAllowedForPerformance).toBe(false);
  });
});
