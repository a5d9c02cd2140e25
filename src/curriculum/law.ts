import { recordById } from './by-id.ts';
import { LAW_RULE_IDS, type LawRuleId } from './ids.ts';
import { consumerRules } from './law/consumer.ts';
import { dataAndEqualityRules } from './law/data-equality.ts';
import { practiceRules } from './law/practice.ts';
import { sectorRules } from './law/sectors.ts';
import type { LawRule } from './types.ts';

export { LAST_CHECKED } from './law/common.ts';

/**
 * Every rule of /work/shared/reference/uk-complaints-law.md, restated in plain words. Scenarios
 * cite these ids in `source:`; a rule with `teach: 'not-as-current'` must never be taught as law.
 */
export const lawRules: Readonly<Record<LawRuleId, LawRule>> = recordById({
  what: 'law rules',
  ids: LAW_RULE_IDS,
  entries: [...consumerRules, ...dataAndEqualityRules, ...sectorRules, ...practiceRules],
});
