import type { Line, ScenarioNode, TextVariant } from '../scenario/schema.ts';
import { conditionHolds, type ConditionContext } from './conditions.ts';

/** Text as an author may write it: plain, or entries tried in order with the default last. */
export type Conditional<T> = T | readonly TextVariant<T>[];

/** The node's own words as the learner reads them on this visit (conditional text resolved). */
export interface NodeText {
  prompt: string | null;
  question: string | null;
  /** A colleague's words at a colleague-feedback node. */
  line: string | null;
  epilogue: string | null;
}

export const NO_TEXT: NodeText = { prompt: null, question: null, line: null, epilogue: null };

/**
 * The one place conditional text is resolved: the first entry whose `if` holds, else the last (the
 * default; the validator makes sure there is one). The game, the CLI, the debrief and replay all
 * come through here, at node entry, so they read the same words.
 */
export function resolveConditional<T>(value: Conditional<T>, context: ConditionContext): T {
  if (!Array.isArray(value)) return value as T;
  const entries = value as readonly TextVariant<T>[];
  const found = entries.find(
    (entry) => entry.if === undefined || conditionHolds(entry.if, context),
  );
  const chosen = found ?? entries.at(-1);
  // The schema asks for at least two entries; an empty list is a bug, not content.
  if (chosen === undefined) throw new Error('conditional text with no entries');
  return chosen.text;
}

const resolved = (
  value: Conditional<string> | undefined,
  context: ConditionContext,
): string | null => (value === undefined ? null : resolveConditional(value, context));

/** The node's prompt, question, colleague's line and epilogue as they read on arrival. */
export function nodeTextAt(node: ScenarioNode, context: ConditionContext): NodeText {
  return {
    prompt: resolved('prompt' in node ? node.prompt : undefined, context),
    question: resolved(node.kind === 'explain' ? node.question : undefined, context),
    line: resolved(node.kind === 'colleague-feedback' ? node.line : undefined, context),
    epilogue: resolved(node.kind === 'ending' ? node.epilogue : undefined, context),
  };
}

/** The customer's line on arrival, before any seeded pick among its `variants`. */
export function customerLineAt(node: ScenarioNode, context: ConditionContext): Line | undefined {
  switch (node.kind) {
    case 'dialogue':
    case 'escalate':
    case 'follow-up':
    case 'ending':
      return node.customer === undefined ? undefined : resolveConditional(node.customer, context);
    default:
      return undefined;
  }
}

/**
 * Every text a conditional field can show, whatever the play: for search, indexes, coverage and
 * anything that lists a scenario's words without playing it.
 */
export function allTextsOf<T>(value: Conditional<T> | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value)
    ? (value as readonly TextVariant<T>[]).map((entry) => entry.text)
    : [value as T];
}

/** Every way a customer line can read: each conditional entry, each seeded variant. */
export function allLinesOf(value: Conditional<Line> | undefined): string[] {
  return allTextsOf(value).flatMap((line) => (typeof line === 'string' ? [line] : line.variants));
}
