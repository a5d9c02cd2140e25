import { criteria } from './criteria.ts';
import {
  CRITERION_IDS,
  LAW_RULE_IDS,
  MISCONCEPTION_IDS,
  RANGE_IDS,
  TECHNIQUE_IDS,
  type CriterionId,
  type LawRuleId,
  type MisconceptionId,
  type Nation,
  type RangeId,
  type TechniqueId,
} from './ids.ts';
import { lawRules } from './law.ts';
import { misconceptions } from './misconceptions.ts';
import { rangeItems } from './range.ts';
import { techniqueLists } from './technique-lists.ts';
import { techniques } from './techniques.ts';
import type {
  Criterion,
  Guidance,
  LawRule,
  Misconception,
  OutcomeId,
  RangeItem,
  Technique,
  TechniqueList,
  TechniqueSource,
  UnitId,
} from './types.ts';
import { outcomes } from './units.ts';

const oneOf =
  <T extends string>(ids: readonly T[]) =>
  (value: string): value is T =>
    (ids as readonly string[]).includes(value);

export const isCriterionId = oneOf(CRITERION_IDS);
export const isRangeId = oneOf(RANGE_IDS);
export const isTechniqueId = oneOf(TECHNIQUE_IDS);
export const isLawRuleId = oneOf(LAW_RULE_IDS);
export const isMisconceptionId = oneOf(MISCONCEPTION_IDS);

export const criterion = (id: CriterionId): Criterion => criteria[id];
export const isKnowledgeCriterion = (id: CriterionId): boolean => criteria[id].kind === 'knowledge';
export const isPerformanceCriterion = (id: CriterionId): boolean =>
  criteria[id].kind === 'performance';
export const rangeItem = (id: RangeId): RangeItem => rangeItems[id];
export const technique = (id: TechniqueId): Technique => techniques[id];
export const lawRule = (id: LawRuleId): LawRule => lawRules[id];
export const misconception = (id: MisconceptionId): Misconception => misconceptions[id];

export const criteriaForUnit = (unit: UnitId): Criterion[] =>
  Object.values(criteria).filter((c) => c.unit === unit);

export const criteriaForOutcome = (outcome: OutcomeId): Criterion[] =>
  Object.values(criteria).filter((c) => c.outcome === outcome);

/** The criterion's own guidance, then what its outcome prints for all its criteria. */
export const guidanceFor = (id: CriterionId): Guidance[] => {
  const c = criteria[id];
  return [...c.guidance, ...outcomes[c.outcome].guidance];
};

const listOfSource = (source: TechniqueSource): TechniqueList | null => {
  for (const list of Object.values(techniqueLists)) {
    const at = list.printedAt;
    if ('criterion' in source && 'criterion' in at && at.criterion === source.criterion) {
      return list.id;
    }
    if ('synopsis' in source && 'synopsis' in at && at.synopsis === source.synopsis) {
      return list.id;
    }
  }
  return null;
};

/** The technique lists (negotiating, conflict management, handling, answer structure) a technique is on. */
export const listsOfTechnique = (id: TechniqueId): TechniqueList[] => [
  ...new Set(
    techniques[id].sources.map(listOfSource).filter((l): l is TechniqueList => l !== null),
  ),
];

/**
 * Techniques relevant to a criterion: those its guidance lists, plus those of any list the
 * criterion asks for without printing (e.g. 312.3.9 "describe techniques for handling conflict").
 */
export const techniquesForCriterion = (id: CriterionId): Technique[] => {
  const servingLists = new Set(
    Object.values(techniqueLists)
      .filter((list) => list.alsoServes.includes(id))
      .map((list) => list.id),
  );
  return Object.values(techniques).filter((t) =>
    t.sources.some((source) => {
      if ('criterion' in source && source.criterion === id) return true;
      const list = listOfSource(source);
      return list !== null && servingLists.has(list);
    }),
  );
};

/** Rules that hold in a nation; `teach: 'not-as-current'` rules are left out unless asked for. */
export const lawRulesForNation = (
  nation: Nation,
  options: { includeNotInForce?: boolean } = {},
): LawRule[] =>
  Object.values(lawRules).filter(
    (rule) =>
      rule.nations.includes(nation) &&
      (options.includeNotInForce === true || rule.teach === 'as-current'),
  );

export const misconceptionsForLawRule = (id: LawRuleId): Misconception[] =>
  Object.values(misconceptions).filter((m) => m.lawRules.includes(id));
