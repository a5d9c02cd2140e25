import type { JsonPath } from '../diagnostics.ts';
import { ANALYSIS_CRITERION_IDS } from '../analysis-evidence.ts';
import type { AnalysisItem } from '../schema.ts';
import type { CheckContext } from './context.ts';

/** A list gives its answer away when the right item is this much longer than every other. */
const GIVEAWAY_RATIO = 1.25;
/** Items are comparable when the longest is at most this many times the shortest. */
const SPREAD_RATIO = 2;

const LIST_WORDS = { benefits: 'benefit', risks: 'risk' } as const;

function checkList(
  context: CheckContext,
  path: JsonPath,
  where: string,
  list: keyof typeof LIST_WORDS,
  items: readonly AnalysisItem[],
): void {
  const word = LIST_WORDS[list];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      context.report({
        path: [...path, index, 'id'],
        severity: 'error',
        code: 'duplicate-id',
        message: `${word} id '${item.id}' is used twice in ${where}`,
        fix: `give each ${word} its own id`,
      });
    }
    seen.add(item.id);
  });
  const right = items.filter((item) => item.right === true);
  if (right.length !== 1) {
    context.report({
      path,
      severity: 'error',
      code: right.length === 0 ? 'no-right-item' : 'several-right-items',
      message: `${where} has ${right.length === 0 ? 'no' : right.length} ${list} marked \`right: true\`; the learner picks the one main ${word}`,
      fix:
        right.length === 0
          ? `mark the main ${word} \`right: true\``
          : `keep \`right: true\` on the main ${word} only`,
    });
    return;
  }
  const lengths = items.map((item) => item.text.length);
  const [answer] = right as [AnalysisItem];
  const others = items.filter((item) => item !== answer).map((item) => item.text.length);
  if (answer.text.length > GIVEAWAY_RATIO * Math.max(...others)) {
    context.report({
      path: [...path, items.indexOf(answer), 'text'],
      severity: 'warning',
      code: 'answer-by-length',
      message: `the right ${word} in ${where} is much the longest (${answer.text.length} characters against at most ${Math.max(...others)}), so length gives it away`,
      fix: 'shorten it, or make the other items as specific',
    });
  } else if (Math.max(...lengths) > SPREAD_RATIO * Math.min(...lengths)) {
    context.report({
      path,
      severity: 'warning',
      code: 'uneven-items',
      message: `the ${list} in ${where} run from ${Math.min(...lengths)} to ${Math.max(...lengths)} characters; items a learner compares should be alike in length`,
      fix: 'rewrite the shortest and longest so they are comparable',
    });
  }
}

/**
 * Options nodes: each option's benefits and risks are short lists with exactly one right item and
 * nothing given away by length; the analysis, not the choices, evidences 312.2.3, 312.2.4 and
 * MRC 2.4/2.5 there.
 */
export function checkOptions(context: CheckContext): void {
  for (const [nodeId, node] of Object.entries(context.scenario.nodes)) {
    if (node.kind !== 'options') continue;
    node.options.forEach((option, index) => {
      const base: JsonPath = ['nodes', nodeId, 'options', index];
      const where = `option '${option.id}'`;
      checkList(context, [...base, 'benefits'], where, 'benefits', option.benefits);
      checkList(context, [...base, 'risks'], where, 'risks', option.risks);
    });
    node.choices.forEach((choice, index) => {
      const claimed = ANALYSIS_CRITERION_IDS.filter((id) => choice.criteria?.[id] !== undefined);
      if (claimed.length === 0) return;
      context.report({
        path: ['nodes', nodeId, 'choices', index, 'criteria', claimed[0] as string],
        key: true,
        severity: 'warning',
        code: 'analysis-criterion-on-choice',
        message: `choice '${choice.id}' claims ${claimed.map((id) => `'${id}'`).join(', ')}, which the learner's analysis at options node '${nodeId}' already evidences`,
        fix: 'remove it from the choice: the analysis scores it',
      });
    });
  }
}
