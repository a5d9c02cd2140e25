import type { Expression, Mood, ScenarioNode } from '../../scenario/schema.ts';

/**
 * The face to show when a node has no authored expression (a records screen, most endings): read
 * from the mood, so an ending with a calm, trusting customer does not keep an earlier frown.
 * Presentation only; the engine's mood is the truth.
 */
export function expressionFromMood(mood: Mood): Expression {
  if (mood.anger >= 70) return 'furious';
  if (mood.anger >= 45) return 'annoyed';
  if (mood.confusion >= 60) return 'confused';
  if (mood.trust >= 70 && mood.anger < 30) return 'pleased';
  if (mood.trust >= 50 && mood.anger < 30) return 'relieved';
  return 'neutral';
}

export function authoredExpression(node: ScenarioNode): Expression | null {
  return 'expression' in node ? (node.expression ?? null) : null;
}

/**
 * The authored expression where there is one, otherwise the mood's. When someone else speaks at a
 * node (a son on the line), the authored expression is theirs: the customer keeps the face they had.
 */
export function shownExpression(options: {
  node: ScenarioNode;
  viewExpression: Expression | null;
  mood: Mood;
  /** The customer's face before this node, if any. */
  previous?: Expression | undefined;
}): Expression {
  if (options.node.kind === 'dialogue' && options.node.speaker)
    return options.previous ?? expressionFromMood(options.mood);
  return (
    options.viewExpression ?? authoredExpression(options.node) ?? expressionFromMood(options.mood)
  );
}
