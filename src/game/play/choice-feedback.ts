import { choicesOf, timeoutOf } from '../../engine/context.ts';
import type { Transcript } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { bestPathFrom } from '../../scoring/index.ts';
import type { ChoiceFeedback } from './encounter-model.ts';
import { own } from '../../scenario/own.ts';

/**
 * Feedback mode: why the learner's choice counts the way it does, and the best option at that
 * moment. `transcript` is the play just before the choice; the best option is scoring's own (the
 * first step of the best path from here), so the feedback and the debrief never disagree. A pack
 * that keeps the best options back (`showBest` false) gets that the learner missed it, not what it was.
 */
export function feedbackFor(
  scenario: Scenario,
  transcript: Transcript,
  nodeId: string,
  choiceId: string,
  showBest = true,
): ChoiceFeedback | null {
  const node = own(scenario.nodes, nodeId);
  if (!node) return null;
  const choices = choicesOf(node);
  const chosen = choices.find((choice) => choice.id === choiceId);
  if (!chosen) return null;
  const [first] = bestPathFrom({ scenario, transcript, step: transcript.events.length }).steps;
  const feedback = { chosen: chosen.say, why: chosen.why };
  if (!first || first.nodeId !== nodeId || first.say === null || first.say === chosen.say)
    return { ...feedback, best: null };
  if (!showBest) return { ...feedback, best: 'kept-back' };
  const bestChoice = choices.find((choice) => choice.say === first.say);
  const why = bestChoice?.why ?? timeoutOf(node)?.why ?? '';
  return { ...feedback, best: { say: first.say, why } };
}
