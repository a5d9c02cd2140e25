import { lawRules } from '../../curriculum/law.ts';
import type { LawRuleId, Nation } from '../../curriculum/ids.ts';
import type { JsonPath } from '../diagnostics.ts';
import { listInWords } from '../suggest.ts';
import type { CheckContext } from './context.ts';

const NATION_NAMES: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/**
 * Rules cited must apply where the scenario happens and be in force; a rule a choice cites
 * should also be among the scenario's own `law`.
 */
export function checkLaw(context: CheckContext): void {
  const { scenario, graph } = context;
  const nation = scenario.setting.nation;
  const cited: { id: LawRuleId; path: JsonPath }[] = scenario.law.map((id, index) => ({
    id,
    path: ['law', index],
  }));
  for (const decision of graph.decisions) {
    (decision.outcome.law ?? []).forEach((id, index) => {
      cited.push({ id, path: [...decision.path, 'law', index] });
      if (scenario.law.includes(id)) return;
      context.report({
        path: [...decision.path, 'law', index],
        severity: 'warning',
        code: 'law-not-listed',
        message: `'${id}' is cited here but is not in the scenario's \`law\``,
        fix: `add '${id}' to the scenario's \`law\` list`,
      });
    });
  }
  for (const { id, path } of cited) {
    const rule = lawRules[id];
    if (!rule.nations.includes(nation)) {
      context.report({
        path,
        severity: 'error',
        code: 'law-wrong-nation',
        message: `'${id}' does not apply in ${NATION_NAMES[nation]} (it applies in ${listInWords(rule.nations.map((each) => NATION_NAMES[each]))})`,
        fix: `cite the rule that applies in ${NATION_NAMES[nation]}, or set setting.nation to where this one applies`,
      });
    }
    if (rule.teach === 'not-as-current') {
      context.report({
        path,
        severity: 'warning',
        code: 'law-not-current',
        message: `'${id}' is not in force yet and must not be taught as current law`,
        fix: 'remove it, or make sure the text presents it as a future change',
      });
    }
  }
}
