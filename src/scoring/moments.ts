import type { Scenario } from '../scenario/schema.ts';
import { nodeAt } from '../engine/context.ts';
import { allTextsOf } from '../engine/node-text.ts';
import type { Decision } from '../engine/types.ts';
import type { BestPath, DebriefMoment, OptionSummary } from './debrief.ts';
import {
  totalEvidence,
  type MomentOptions,
  type ScoredOption,
  type tallyMoment,
} from './options.ts';

const summary = (option: ScoredOption): OptionSummary => ({
  id: option.id,
  say: option.say,
  stance: option.stance,
});

function chosenSummary(options: MomentOptions): OptionSummary {
  if (options.mode === 'one-of') return summary(options.chosen);
  return {
    id: null,
    say:
      options.opened.length === 0
        ? 'Opened none of the records.'
        : `Opened ${options.opened.map((record) => record.say).join('; ')}.`,
    stance: null,
  };
}

/** Whether the learner did as well as the best option at a moment. */
export function tookBestAt(
  options: MomentOptions,
  tallies: ReturnType<typeof tallyMoment>,
): boolean {
  if (options.mode === 'one-of') {
    return (
      options.chosen.id === options.best.id ||
      totalEvidence(options.chosen) >= totalEvidence(options.best)
    );
  }
  return [...Object.values(tallies.techniques), ...Object.values(tallies.criteria)].every(
    (tally) => tally.taken >= tally.available,
  );
}

/** One moment of the debrief: what the learner did, the best option, and why each counts. */
export function momentSummary(input: {
  scenario: Scenario;
  decision: Decision;
  index: number;
  options: MomentOptions;
  tallies: ReturnType<typeof tallyMoment>;
  tookBest: boolean;
  bestLeadsTo: BestPath | null;
}): DebriefMoment {
  const { scenario, decision, index, options, tallies, tookBest, bestLeadsTo } = input;
  const node = nodeAt(scenario, decision.nodeId);
  const chosen = options.mode === 'one-of' ? options.chosen : undefined;
  const field =
    decision.kind === 'field' && node.kind === 'record'
      ? node.fields.find((each) => each.id === decision.fieldId)
      : undefined;
  const oneOf = decision.kind === 'choice' || decision.kind === 'timeout';
  return {
    index,
    kind: decision.kind,
    step: decision.step,
    enteredAtStep: decision.enteredAtStep,
    nodeId: decision.nodeId,
    nodeTitle: node.title ?? null,
    nodeKind: node.kind,
    label:
      field?.label ??
      decision.prompt ??
      // Saved before prompts could vary: the default reading stands in.
      ('prompt' in node ? (allTextsOf(node.prompt).at(-1) ?? null) : null),
    customerLine: oneOf ? decision.line : null,
    chosen: chosenSummary(options),
    best: summary(options.best),
    tookBest,
    why:
      options.mode === 'one-of'
        ? options.chosen.why
        : options.opened.length === 0
          ? 'You opened no records, so you answered without the facts.'
          : options.opened.map((record) => record.why).join(' '),
    bestWhy: tookBest ? null : options.best.why,
    moodBefore: oneOf ? decision.moodBefore : null,
    moodAfter: oneOf ? decision.moodAfter : null,
    techniques: tallies.techniques,
    criteria: tallies.criteria,
    critical:
      chosen?.critical === undefined
        ? null
        : { reason: chosen.critical.reason, breaks: [...chosen.critical.breaks] },
    bestLeadsTo,
    ...(options.mode === 'one-of' && options.analysis !== undefined
      ? { analysis: options.analysis }
      : {}),
  };
}
