import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_STATUSES,
  statusInWords,
  CONFLICT_MANAGEMENT_TECHNIQUES,
  CRITERION_IDS,
  LAW_RULE_IDS,
  MISCONCEPTION_IDS,
  NATIONS,
  RANGE_IDS,
  TECHNIQUE_IDS,
  criteria,
  criteriaForUnit,
  guidanceFor,
  isCriterionId,
  lawRules,
  lawRulesForNation,
  listsOfTechnique,
  misconceptions,
  outcomes,
  rangeItems,
  synopsis,
  synopsisPoint,
  techniques,
  techniquesForCriterion,
  units,
  type Guidance,
} from './index.ts';

const sameIds = (record: object, ids: readonly string[]) => {
  expect(Object.keys(record)).toEqual([...ids]);
  for (const [key, entry] of Object.entries(record)) expect((entry as { id: string }).id).toBe(key);
};

describe('every id has exactly one catalogue entry, and every entry an id', () => {
  it('criteria', () => sameIds(criteria, CRITERION_IDS));
  it('range items', () => sameIds(rangeItems, RANGE_IDS));
  it('techniques', () => sameIds(techniques, TECHNIQUE_IDS));
  it('law rules', () => sameIds(lawRules, LAW_RULE_IDS));
  it('misconceptions', () => sameIds(misconceptions, MISCONCEPTION_IDS));
  it('synopsis points are unique', () => {
    const ids = synopsis.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('counts', () => {
  it('17 + 23 + 15 = 55 criteria', () => {
    expect(criteriaForUnit('MRC')).toHaveLength(17);
    expect(criteriaForUnit('312')).toHaveLength(23);
    expect(criteriaForUnit('CS17')).toHaveLength(15);
    expect(Object.keys(criteria)).toHaveLength(55);
  });
  it('12 range items, 18 techniques', () => {
    expect(Object.keys(rangeItems)).toHaveLength(12);
    expect(Object.keys(techniques)).toHaveLength(18);
  });
});

describe('criteria', () => {
  it('sit under an outcome of their own unit, with its heading', () => {
    for (const c of Object.values(criteria)) {
      const outcome = outcomes[c.outcome];
      expect(outcome.unit).toBe(c.unit);
      expect(units[c.unit].outcomes).toContain(c.outcome);
      expect(c.outcomeHeading).toBe(outcome.heading);
    }
  });

  it('are knowledge exactly where the units say "understand" or "what you must know"', () => {
    const knowledge = Object.values(criteria)
      .filter((c) => c.kind === 'knowledge')
      .map((c) => c.id);
    const expected = CRITERION_IDS.filter((id) => /^(MRC 1\.|CS17 1\.|312\.3\.)/.test(id));
    expect(knowledge).toEqual(expected);
    for (const c of Object.values(criteria)) expect(c.kind).toBe(outcomes[c.outcome].kind);
  });

  it('explain why a kind was chosen where the verb suggests the other', () => {
    for (const id of ['MRC 2.4', 'MRC 2.5', 'CS17 3.1', '312.3.8'] as const) {
      expect(criteria[id].kindNote).toBeTruthy();
    }
  });

  it('report performance as practice, never as performance evidence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CRITERION_IDS), (id) => {
        const words = statusInWords('met', id);
        expect(words).toBe(
          criteria[id].kind === 'performance' ? 'shown (practised in simulation)' : 'shown',
        );
        for (const status of EVIDENCE_STATUSES) {
          expect(statusInWords(status, id)).not.toMatch(/\bmet\b|achieved/i);
        }
      }),
    );
    expect(units['312'].simulationAllowedForPerformance).toBe(false);
  });

  it('guidance reaches the criteria: outcome lists are included', () => {
    const headings = (g: Guidance[]) =>
      g.map((x) => (x.kind === 'definition' ? x.term : x.heading));
    expect(headings(guidanceFor('CS17 2.4'))).toContain('Legal requirements');
    expect(headings(guidanceFor('MRC 2.9'))).toContain('Legal requirements');
    expect(guidanceFor('MRC 1.5')).toEqual([]);
  });

  it('tie every Act a legal list names to law rules that exist', () => {
    const all = [
      ...Object.values(criteria).flatMap((c) => c.guidance),
      ...Object.values(outcomes).flatMap((o) => o.guidance),
    ];
    const legal = all.filter((g) => g.kind === 'legal-list');
    expect(legal.length).toBe(2);
    for (const list of legal) {
      for (const item of list.items) {
        expect(item.currentRules.length).toBeGreaterThan(0);
        for (const rule of item.currentRules) expect(lawRules[rule]).toBeDefined();
      }
    }
  });

  it('narrow unknown strings to ids', () => {
    expect(isCriterionId('312.2.6')).toBe(true);
    expect(isCriterionId('2.6')).toBe(false);
  });
});

describe('techniques', () => {
  it('each has a source, a description and what it sounds like', () => {
    for (const t of Object.values(techniques)) {
      expect(t.sources.length).toBeGreaterThan(0);
      expect(t.description.length).toBeGreaterThan(10);
      expect(t.soundsLike.length).toBeGreaterThan(10);
    }
  });

  it('cite list items and synopsis words that really exist', () => {
    for (const t of Object.values(techniques)) {
      for (const source of t.sources) {
        if ('criterion' in source) {
          const items = criteria[source.criterion].guidance.flatMap((g) =>
            g.kind === 'list' ? g.items : [],
          );
          expect(items, `${t.id}: ${source.item}`).toContain(source.item);
        } else {
          expect(synopsisPoint(source.synopsis).text).toContain(source.part);
        }
      }
    }
  });

  it('use every item of the three technique lists exactly once, plus the answer structure', () => {
    for (const id of ['MRC 1.3', 'MRC 1.4', 'CS17 1.1'] as const) {
      const items = criteria[id].guidance.flatMap((g) => (g.kind === 'list' ? g.items : []));
      const cited = Object.values(techniques).flatMap((t) =>
        t.sources.flatMap((s) => ('criterion' in s && s.criterion === id ? [s.item] : [])),
      );
      expect([...cited].sort()).toEqual([...items].sort());
    }
    const structure = Object.values(techniques).filter((t) =>
      listsOfTechnique(t.id).includes('answer-structure'),
    );
    expect(structure.map((t) => t.id).sort()).toEqual([
      'acknowledge-feelings',
      'close-with-confirmation',
      'outline-steps',
    ]);
  });

  it('flag conflict management exactly for the MRC 1.4 techniques', () => {
    const flagged = Object.values(techniques)
      .filter((t) => t.conflictManagement)
      .map((t) => t.id);
    expect(flagged.sort()).toEqual([...CONFLICT_MANAGEMENT_TECHNIQUES].sort());
    for (const id of flagged) expect(listsOfTechnique(id)).toContain('conflict-management');
  });

  it('are found for the criteria that ask for them', () => {
    const ids = (c: Parameters<typeof techniquesForCriterion>[0]) =>
      techniquesForCriterion(c).map((t) => t.id);
    expect(ids('MRC 1.4')).toHaveLength(6);
    expect(ids('312.3.9')).toEqual(ids('MRC 1.4'));
    expect(ids('CS17 1.3')).toContain('move-angry-customer-safely');
    expect(ids('312.3.4')).toContain('close-with-confirmation');
    expect(ids('MRC 2.8')).toEqual([]);
  });
});

describe('law rules', () => {
  it('each has a nation, a statement, a source and the check date', () => {
    for (const rule of Object.values(lawRules)) {
      expect(rule.nations.length, rule.id).toBeGreaterThan(0);
      for (const n of rule.nations) expect(NATIONS).toContain(n);
      expect(new Set(rule.nations).size).toBe(rule.nations.length);
      expect(rule.lastChecked).toBe('2026-11-23');
      expect(rule.statement.length).toBeGreaterThan(20);
      expect(rule.source.instrument.length).toBeGreaterThan(0);
      expect(rule.kind).toBe(rule.id.startsWith('std.') ? 'standard' : rule.kind);
    }
  });

  it('keep the territorial limits the reference gives', () => {
    expect(lawRules['law.apology.not-admission'].nations).toEqual(['england', 'wales']);
    expect(lawRules['law.nhs.complaints'].nations).toEqual(['england']);
    expect(lawRules['law.public.ombudsmen'].nations).toEqual(['england']);
    expect(lawRules['law.water.stages'].nations).toEqual(['england', 'wales']);
    expect(lawRules['law.energy.ombudsman'].nations).toEqual(['england', 'wales', 'scotland']);
    expect(lawRules['law.equality.adjustments'].nations).not.toContain('northern-ireland');
    expect(lawRules['law.cra.time-limit'].nations).toEqual([...NATIONS]);
    expect(lawRules['law.cra.time-limit'].note).toMatch(/Scotland/);
    const welsh = lawRulesForNation('wales').map((r) => r.id);
    expect(welsh).toContain('law.water.stages');
    expect(welsh).not.toContain('law.nhs.complaints');
  });

  it('never teach the subscription rules as current', () => {
    const rule = lawRules['law.dmcca.subscriptions'];
    expect(rule.inForce).toBe(false);
    expect(rule.teach).toBe('not-as-current');
    expect(lawRulesForNation('england').map((r) => r.id)).not.toContain(rule.id);
    const inForceButNotTaught = Object.values(lawRules).filter(
      (r) => r.inForce !== (r.teach === 'as-current'),
    );
    expect(inForceButNotTaught).toEqual([]);
  });

  it('carry the reference’s cautions and name the old Acts', () => {
    expect(lawRules['law.energy.ombudsman'].caution).toMatch(/recheck/i);
    expect(lawRules['law.fos.free'].caution).toContain('up to the ombudsman’s award limit');
    expect(lawRules['law.fos.free'].statement).not.toMatch(/£\s?\d/);
    expect(lawRules['law.cra.replaces-soga'].oldActNamed).toBe('Sale of Goods Act 1979');
    expect(lawRules['law.dmcca.unfair-practices'].oldActNamed).toBe('Trade Descriptions Act 1968');
    expect(lawRules['law.data.replaces-1998'].oldActNamed).toBe('Data Protection Act 1998');
  });
});

describe('misconceptions', () => {
  it('cite law rules that exist, and their sources', () => {
    for (const m of Object.values(misconceptions)) {
      for (const id of m.lawRules) expect(LAW_RULE_IDS).toContain(id);
      if (m.source.synopsisId !== undefined) {
        expect(synopsisPoint(m.source.synopsisId).section).toBe('misconception');
      }
    }
  });

  it('follow the reference’s numbering 1–18, then the synopsis’ other two', () => {
    const sources = Object.values(misconceptions).map((m) => m.source);
    expect(sources.slice(0, 18).map((s) => (s.kind === 'reference' ? s.number : null))).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    expect(sources.slice(18).map((s) => s.kind)).toEqual(['synopsis', 'synopsis']);
    // Every common mistake of the synopsis is in the catalogue, whichever list numbers it.
    const fromSynopsis = sources.flatMap((s) => (s.synopsisId === undefined ? [] : [s.synopsisId]));
    expect(new Set(fromSynopsis).size).toBe(3);
  });
});
