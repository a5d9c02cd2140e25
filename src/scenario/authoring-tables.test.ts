import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lawRules, techniques } from '../curriculum/index.ts';
import {
  CRITERION_IDS,
  LAW_RULE_IDS,
  MISCONCEPTION_IDS,
  RANGE_IDS,
  TECHNIQUE_IDS,
} from '../curriculum/ids.ts';
import { TABLES_END, TABLES_START, authoringTables, withTables } from './authoring-tables.ts';
import { JUSTIFIED_IDS, SECTOR_IDS, SECTOR_LABELS, TRAIT_IDS } from './vocabulary.ts';

const guidePath = fileURLToPath(new URL('../../docs/authoring.md', import.meta.url));
const guide = readFileSync(guidePath, 'utf8');
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

/** The guide's line that starts the table row for an id. */
const rowOf = (id: string): string | undefined =>
  guide.split('\n').find((line) => line.startsWith(`| \`${id}\` `));

describe('docs/authoring.md', () => {
  it('has a row for every criterion, range item, technique, misconception and law rule', () => {
    const missing = [
      ...CRITERION_IDS,
      ...RANGE_IDS,
      ...TECHNIQUE_IDS,
      ...MISCONCEPTION_IDS,
      ...LAW_RULE_IDS,
      ...TRAIT_IDS,
      ...JUSTIFIED_IDS,
      ...SECTOR_IDS,
    ].filter((id) => rowOf(id) === undefined);
    expect(missing, 'run `npx resolve docs`').toEqual([]);
  });

  it('marks the conflict-management techniques, and only those', () => {
    for (const id of TECHNIQUE_IDS) {
      expect(rowOf(id)?.includes('**conflict**'), id).toBe(techniques[id].conflictManagement);
    }
  });

  it('gives each law rule its nations and each sector its label', () => {
    const names = {
      england: 'England',
      wales: 'Wales',
      scotland: 'Scotland',
      'northern-ireland': 'Northern Ireland',
    };
    for (const id of LAW_RULE_IDS) {
      const cell = rowOf(id)?.split('|')[3]?.trim();
      expect(cell, id).toBe(lawRules[id].nations.map((nation) => names[nation]).join(', '));
    }
    for (const id of SECTOR_IDS) expect(rowOf(id), id).toContain(SECTOR_LABELS[id]);
  });

  it('keeps its generated section between the markers, and the README links to it', () => {
    expect(guide.indexOf(TABLES_START)).toBeGreaterThan(0);
    expect(guide.indexOf(TABLES_END)).toBeGreaterThan(guide.indexOf(TABLES_START));
    expect(withTables(guide)).toContain(authoringTables());
    expect(() => withTables('no markers')).toThrow(/markers|must hold/);
    expect(guide).toContain('## Conditional text and chance branches');
    expect(readme).toContain('(docs/authoring.md)');
  });
});
