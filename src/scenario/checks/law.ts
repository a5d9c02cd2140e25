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

// Read defensively: `law` on records and log entries is newer than the rest of the language.
const lawOf = (item: object): readonly LawRuleId[] =>
  'law' in item && Array.isArray(item.law) ? (item.law as LawRuleId[]) : [];

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
  const citing: { law: readonly LawRuleId[]; path: JsonPath }[] = graph.decisions.map(
    (decision) => ({
      law: decision.outcome.law ?? [],
      path: decision.path,
    }),
  );
  // Records and log entries may cite rules too (what a record shows, what a log entry records).
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.kind === 'investigate') {
      node.records.forEach((record, index) =>
        citing.push({ law: lawOf(record), path: ['nodes', nodeId, 'records', index] }),
      );
    }
    if (node.kind === 'record') {
      node.fields.forEach((field, fieldIndex) =>
        field.entries.forEach((entry, index) =>
          citing.push({
            law: lawOf(entry),
            path: ['nodes', nodeId, 'fields', fieldIndex, 'entries', index],
          }),
        ),
      );
    }
  }
  for (const { law, path: base } of citing) {
    law.forEach((id, index) => {
      const path = [...base, 'law', index];
      cited.push({ id, path });
      if (scenario.law.includes(id)) return;
      context.report({
        path,
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
