import type { Scenario } from '../scenario/schema.ts';
import { choicesOf, nodeAt, timeoutOf } from '../engine/context.ts';
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
  ...(option.correct === undefined ? {} : { correct: option.correct }),
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
    // A wrong answer is never as good as a right one, whatever it carries.
    if (options.chosen.correct === false && options.best.correct === true) return false;
    return (
      options.chosen.id === options.best.id ||
      totalEvidence(options.chosen) >= totalEvidence(options.best)
    );
  }
  return [...Object.values(tallies.techniques), ...Object.values(tallies.criteria)].every(
    (tally) => tally.taken >= tally.available,
  );
}

/** What chance decided at a decision, in words: the learner's choice did not decide it. */
export function chanceLines(scenario: Scenario, decision: Decision): string[] {
  if (decision.chance === undefined || decision.chance.length === 0) return [];
  const node = nodeAt(scenario, decision.nodeId);
  const outcome =
    decision.kind === 'choice'
      ? choicesOf(node).find((each) => each.id === decision.choiceId)
      : decision.kind === 'timeout'
        ? timeoutOf(node)
        : undefined;
  const next = outcome?.next;
  if (next === undefined || typeof next === 'string') return [];
  return decision.chance.flatMap((draw) => {
    const route = next[draw.route];
    if (route === undefined) return [];
    const place = `“${scenario.nodes[route.to]?.title ?? route.to}”`;
    if (draw.taken) {
      return [
        route.note !== undefined
          ? `By chance: ${route.note} (a ${draw.chance}% chance).`
          : `By chance, the story went to ${place} (a ${draw.chance}% chance).`,
      ];
    }
    const odds = `a ${100 - draw.chance}% chance it would not`;
    return [
      route.note !== undefined
        ? `By chance, this did not happen: ${route.note} (${odds}).`
        : `By chance, the story did not go to ${place} (${odds}).`,
    ];
  });
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
  const byChance = chanceLines(scenario, decision);
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
    ...(byChance.length === 0 ? {} : { byChance }),
    ...(options.mode === 'one-of' && options.analysis !== undefined
      ? { analysis: options.analysis }
      : {}),
  };
}
