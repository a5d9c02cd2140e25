import type { CriterionId } from '../../curriculum/ids.ts';
import type { CheckContext } from './context.ts';

/**
 * Criteria about giving feedback to colleagues. The seeds have none about receiving it (312.1.3,
 * changing your own approach, may follow either), so only the giving side is checked.
 */
export const GIVING_FEEDBACK_CRITERIA: readonly CriterionId[] = ['312.2.7'];

/** A colleague-feedback node where the learner receives feedback cannot evidence giving it. */
export function checkFeedbackDirection(context: CheckContext): void {
  for (const [nodeId, node] of Object.entries(context.scenario.nodes)) {
    if (node.kind !== 'colleague-feedback' || node.direction !== 'received') continue;
    node.choices.forEach((choice, index) => {
      for (const id of GIVING_FEEDBACK_CRITERIA) {
        if (choice.criteria?.[id] === undefined) continue;
        context.report({
          path: ['nodes', nodeId, 'choices', index, 'criteria', id],
          key: true,
          severity: 'error',
          code: 'feedback-direction',
          message: `'${id}' is about giving a colleague feedback, but node '${nodeId}' has \`direction: received\` (the colleague gives it)`,
          fix: `set \`direction: given\` if the learner gives the feedback here, or take '${id}' off choice '${choice.id}'`,
        });
      }
    });
  }
}
