import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { Choice, Line, Mood, Scenario, ScenarioNode, Timeout } from '../scenario/schema.ts';
import {
  analysisListPlace,
  applyAnalysisEvent,
  blankAnalysis,
  isAnalysisDone,
  type AnalysisEvent,
  type NodeAnalysis,
} from './analysis.ts';
import { chanceTaken, type ChanceDraw, type ChanceMode } from './chance.ts';
import {
  conditionHolds,
  firstHoldingRoute,
  type ChanceDecider,
  type ConditionContext,
} from './conditions.ts';
import { appendItem, hasItem, ownedItems } from './append-log.ts';
import { applyMoodChange } from './mood.ts';
import { customerLineAt, nodeTextAt, type NodeText } from './node-text.ts';
import { inShownOrder, type OptionOrder } from './order.ts';
import type { Decision, SessionEvent, TimingMode, VariantPick } from './types.ts';
import { own } from '../scenario/own.ts';

/**
 * Everything a session knows, as plain JSON so XState can persist it. The functions below are pure:
 * the machine's guards and actions call them, and so can anything that wants to look ahead.
 */
export interface SessionContext extends ConditionContext {
  seed: number;
  timing: TimingMode;
  /** Absent in sessions saved before options were shuffled: those keep the authored order. */
  optionOrder?: OptionOrder | undefined;
  nodeId: string;
  step: number;
  enteredAtStep: number;
  mood: Mood;
  flags: string[];
  /** Append-only logs shared with later contexts (read them through `visitedOf` and the rest). */
  visited: string[];
  chosen: string[];
  checked: string[];
  /** Complaint-log entries by node, then field. */
  filled: Record<string, Record<string, string>>;
  /** The learner's analysis at options nodes, by node; absent in sessions saved before it existed. */
  analysis?: Record<string, NodeAnalysis>;
  /** The evidence log: append-only and shared, like `visited`. */
  decisions: Decision[];
  /**
   * How many items of each log are this context's own; later contexts append beyond them. Absent in
   * saves made before the logs were shared: then every item is the context's own.
   */
  logged?: Logged;
  /** The seeded source for variant lines: the generator's state and how many draws it has made. */
  rng: { state: number[]; draws: number };
  picks: VariantPick[];
  /** The customer's words at the current node, variant already picked. */
  line: string | null;
  /** The current node's own words as read on arrival; absent in sessions saved before they varied. */
  text?: NodeText;
  /** How chance branches are decided: drawn from the seed unless looking ahead (absent: drawn). */
  chanceMode?: ChanceMode;
  /** Every chance branch weighed so far, in order: the transcript records them. */
  chances?: ChanceDraw[];
}

/** A choice or a timeout: anything with a stance, evidence and a route onwards. */
export type DecisionOutcome = Pick<
  Choice,
  | 'stance'
  | 'techniques'
  | 'criteria'
  | 'mood'
  | 'critical'
  | 'why'
  | 'law'
  | 'misconceptions'
  | 'sets'
  | 'next'
>;

export const TIMEOUT_OPTION_ID = '@timeout';

interface Logged {
  visited: number;
  chosen: number;
  decisions: number;
}

const loggedOf = (context: SessionContext): Logged =>
  context.logged ?? {
    visited: context.visited.length,
    chosen: context.chosen.length,
    decisions: context.decisions.length,
  };

/** The nodes this context has visited, in order of first visit. */
export const visitedOf = (context: SessionContext): readonly string[] =>
  ownedItems(context.visited, loggedOf(context).visited);

/** The choices this context has taken, in order of first taking. */
export const chosenOf = (context: SessionContext): readonly string[] =>
  ownedItems(context.chosen, loggedOf(context).chosen);

/** This context's evidence log: safe to read from any context, the newest or an older one. */
export const decisionsOf = (context: SessionContext): readonly Decision[] =>
  ownedItems(context.decisions, loggedOf(context).decisions);

/**
 * A context with its own copies of the logs, for a branch (a save point taken up again): a branch
 * appending in place at the tip would write into the arrays the session it came from still uses.
 */
export function detachedContext(
  context: SessionContext,
  options: { withDecisions: boolean },
): SessionContext {
  const visited = [...visitedOf(context)];
  const chosen = [...chosenOf(context)];
  const decisions = options.withDecisions ? [...decisionsOf(context)] : [];
  return {
    ...context,
    visited,
    chosen,
    decisions,
    logged: { visited: visited.length, chosen: chosen.length, decisions: decisions.length },
  };
}

export function nodeAt(scenario: Scenario, nodeId: string): ScenarioNode {
  const node = own(scenario.nodes, nodeId);
  if (node === undefined) {
    throw new Error(`Scenario ${scenario.id} has no node "${nodeId}".`);
  }
  return node;
}

export const choicesOf = (node: ScenarioNode): readonly Choice[] =>
  node.kind === 'ending' ? [] : node.choices;

export const timeoutOf = (node: ScenarioNode): Timeout | undefined =>
  node.kind === 'dialogue' ? node.timeout : undefined;

/** Timed nodes count down only when the learner's timing mode allows a countdown at all. */
export const isTimed = (node: ScenarioNode, timing: TimingMode): boolean =>
  timing !== 'off' && timeoutOf(node) !== undefined;

function initialRng(seed: number): SessionContext['rng'] {
  return { state: [...xoroshiro128plus(seed | 0).getState()], draws: 0 };
}

function pickLine(
  context: SessionContext,
  nodeId: string,
  line: Line | undefined,
): Pick<SessionContext, 'line' | 'rng' | 'picks'> {
  if (line === undefined) return { line: null, rng: context.rng, picks: context.picks };
  if (typeof line === 'string') return { line, rng: context.rng, picks: context.picks };
  const generator = xoroshiro128plusFromState(context.rng.state);
  const variant = uniformInt(generator, 0, line.variants.length - 1);
  return {
    line: line.variants[variant] ?? line.variants[0] ?? null,
    rng: { state: [...generator.getState()], draws: context.rng.draws + 1 },
    picks: [...context.picks, { step: context.step, nodeId, variant }],
  };
}

/**
 * Arriving at a node: its conditional text is read now (flags, visits and choices so far, mood as it
 * stands on arrival, this visit not yet counted), its customer line is chosen, and it counts as
 * visited.
 */
export function enterNode(
  scenario: Scenario,
  context: SessionContext,
  nodeId: string,
): SessionContext {
  const node = nodeAt(scenario, nodeId);
  const logged = loggedOf(context);
  const known = hasItem(context.visited, logged.visited, nodeId);
  return {
    ...context,
    ...pickLine(context, nodeId, customerLineAt(node, context)),
    text: nodeTextAt(node, context),
    nodeId,
    enteredAtStep: context.step,
    visited: known ? context.visited : appendItem(context.visited, logged.visited, nodeId),
    logged: known ? logged : { ...logged, visited: logged.visited + 1 },
  };
}

/** The context before the start node is entered (the machine's entry action enters it). */
export function blankContext(
  scenario: Scenario,
  options: { seed: number; timing: TimingMode; optionOrder?: OptionOrder | undefined },
): SessionContext {
  return {
    seed: options.seed,
    timing: options.timing,
    optionOrder: options.optionOrder ?? 'seeded',
    nodeId: scenario.start,
    step: 0,
    enteredAtStep: 0,
    mood: { ...scenario.customer.mood },
    flags: [],
    visited: [],
    chosen: [],
    checked: [],
    filled: {},
    decisions: [],
    logged: { visited: 0, chosen: 0, decisions: 0 },
    rng: initialRng(options.seed),
    picks: [],
    line: null,
  };
}

const withFlags = (flags: readonly string[], sets: readonly string[] | undefined): string[] =>
  sets === undefined || sets.length === 0 || sets.every((flag) => flags.includes(flag))
    ? (flags as string[])
    : [...new Set([...flags, ...sets])];

/** The context once an outcome's consequences apply: routes are judged on that. */
function afterOutcome(
  context: SessionContext,
  outcome: DecisionOutcome,
  choiceId: string | null,
): SessionContext {
  const logged = loggedOf(context);
  const fresh = choiceId !== null && !hasItem(context.chosen, logged.chosen, choiceId);
  return {
    ...context,
    mood: applyMoodChange(context.mood, outcome.mood),
    flags: withFlags(context.flags, outcome.sets),
    chosen: fresh ? appendItem(context.chosen, logged.chosen, choiceId) : context.chosen,
    logged: fresh ? { ...logged, chosen: logged.chosen + 1 } : logged,
  };
}

/** How this decision's chance branches come out, here at this visit (the same every replay). */
const chanceAt =
  (context: SessionContext, choiceId: string | null): ChanceDecider =>
  (route, chance) =>
    chanceTaken({
      seed: context.seed,
      place: `${context.nodeId}@${context.enteredAtStep}/${choiceId ?? TIMEOUT_OPTION_ID}#${route}`,
      chance,
      mode: context.chanceMode ?? 'drawn',
    });

/** The route index an outcome takes from here, or null when none of its routes holds. */
export function routeOf(
  context: SessionContext,
  outcome: DecisionOutcome,
  choiceId: string | null,
): number | null {
  if (typeof outcome.next === 'string') return 0;
  return firstHoldingRoute(
    outcome.next,
    weighed(context, outcome, choiceId),
    chanceAt(context, choiceId),
  );
}

/** The chance branches weighed on the way to the route taken: each one's draw, for the record. */
function chanceDraws(
  context: SessionContext,
  outcome: DecisionOutcome,
  choiceId: string | null,
  route: number,
  step: number,
): ChanceDraw[] {
  if (typeof outcome.next === 'string') return [];
  const seen = weighed(context, outcome, choiceId);
  return outcome.next
    .slice(0, route + 1)
    .flatMap((branch, at) =>
      branch.chance !== undefined && (branch.if === undefined || conditionHolds(branch.if, seen))
        ? [{ step, nodeId: context.nodeId, route: at, chance: branch.chance, taken: at === route }]
        : [],
    );
}

const withChances = (context: SessionContext, draws: readonly ChanceDraw[]): SessionContext =>
  draws.length === 0 ? context : { ...context, chances: [...(context.chances ?? []), ...draws] };

/** The context as it would be after the outcome, only for weighing routes: the shared log is untouched. */
const weighed = (
  context: ConditionContext,
  outcome: DecisionOutcome,
  choiceId: string | null,
): ConditionContext => ({
  ...context,
  mood: applyMoodChange(context.mood, outcome.mood),
  flags: withFlags(context.flags, outcome.sets),
  weighing: choiceId,
});

/**
 * Whether one route's own condition holds, and its chance comes up where it has one (the machine
 * takes the first route that does).
 */
export function routeHolds(
  context: SessionContext,
  outcome: DecisionOutcome,
  choiceId: string | null,
  route: number,
): boolean {
  if (typeof outcome.next === 'string') return true;
  const branch = outcome.next[route];
  if (branch === undefined) return false;
  const condition = branch.if;
  if (condition !== undefined && !conditionHolds(condition, weighed(context, outcome, choiceId)))
    return false;
  return branch.chance === undefined || chanceAt(context, choiceId)(route, branch.chance);
}

export const targetOf = (outcome: DecisionOutcome, route: number): string =>
  typeof outcome.next === 'string' ? outcome.next : (outcome.next[route]?.to ?? '');

// Contexts are never mutated, so what one offers can be remembered.
const offeredByContext = new WeakMap<SessionContext, Choice[]>();

/** The choices the learner can take now: those with a route that holds. */
export function offeredChoices(scenario: Scenario, context: SessionContext): Choice[] {
  const known = offeredByContext.get(context);
  if (known !== undefined) return known;
  const offered = choicesOf(nodeAt(scenario, context.nodeId)).filter(
    (choice) => routeOf(context, choice, choice.id) !== null,
  );
  offeredByContext.set(context, offered);
  return offered;
}

const orderAt = (context: SessionContext, list?: string) => ({
  seed: context.seed,
  // One order per visit: coming back to a node later may show its options differently.
  place: `${context.nodeId}@${context.enteredAtStep}${list === undefined ? '' : `/${list}`}`,
  order: context.optionOrder ?? 'authored',
});

/** The offered choices in the order the learner sees them (seeded, unless pinned or unshuffled). */
export function shownChoices(scenario: Scenario, context: SessionContext): Choice[] {
  // Shuffle the node's whole list, then keep what is offered, so opening a record that makes
  // another choice available does not reshuffle the ones already on screen.
  const offered = new Set(offeredChoices(scenario, context));
  return inShownOrder(choicesOf(nodeAt(scenario, context.nodeId)), orderAt(context)).filter(
    (choice) => offered.has(choice),
  );
}

/** A complaint-log field's entries in the order the learner sees them. */
export function shownEntries<T extends { id: string; pin?: Choice['pin'] }>(
  context: SessionContext,
  fieldId: string,
  entries: readonly T[],
): T[] {
  return inShownOrder(entries, orderAt(context, fieldId));
}

/** The choices offered once the records these events open are open too (looking ahead). */
export function offeredAfter(
  scenario: Scenario,
  context: SessionContext,
  events: readonly SessionEvent[],
): Choice[] {
  const opened = events.flatMap((event) => (event.type === 'CHECK_RECORD' ? [event.recordId] : []));
  if (opened.length === 0) return offeredChoices(scenario, context);
  return offeredChoices(scenario, { ...context, checked: [...context.checked, ...opened] });
}

/** Leaving an investigate, record or options node logs what the learner did there, as decisions. */
function leavingDecisions(
  scenario: Scenario,
  context: SessionContext,
  step: number,
  choice?: Choice,
): Decision[] {
  const node = nodeAt(scenario, context.nodeId);
  const at = {
    step,
    enteredAtStep: context.enteredAtStep,
    nodeId: context.nodeId,
    prompt: context.text?.prompt ?? null,
  };
  if (node.kind === 'investigate') {
    const opened = node.records.filter((record) => context.checked.includes(record.id));
    return [{ kind: 'records', ...at, opened: opened.map((record) => record.id) }];
  }
  if (node.kind === 'record') {
    const filled = own(context.filled, context.nodeId) ?? {};
    return node.fields.map((field) => ({
      kind: 'field' as const,
      ...at,
      fieldId: field.id,
      entryId: own(filled, field.id) ?? null,
      shown: shownEntries(context, field.id, field.entries).map((entry) => entry.id),
    }));
  }
  if (node.kind === 'options' && choice !== undefined) {
    const analysis = own(context.analysis, context.nodeId) ?? blankAnalysis();
    const putForward = node.choices.find((each) => each.id === choice.id)?.option ?? '';
    const shown = (
      optionId: string,
      list: 'benefits' | 'risks',
      items: readonly { id: string }[],
    ) => shownEntries(context, analysisListPlace(optionId, list), items).map((item) => item.id);
    return [
      {
        kind: 'analysis',
        ...at,
        options: node.options.map((option) => {
          const done = own(analysis.options, option.id) ?? {};
          return {
            optionId: option.id,
            benefit: done.benefit ?? null,
            risk: done.risk ?? null,
            rating: done.rating ?? null,
            shown: {
              benefits: shown(option.id, 'benefits', option.benefits),
              risks: shown(option.id, 'risks', option.risks),
            },
          };
        }),
        putTo: analysis.putTo ?? null,
        putForward,
      },
    ];
  }
  return [];
}

function withDecisions(
  context: SessionContext,
  decisions: readonly Decision[],
  step: number,
): SessionContext {
  const logged = loggedOf(context);
  let log = context.decisions;
  let owned = logged.decisions;
  for (const decision of decisions) {
    log = appendItem(log, owned, decision);
    owned += 1;
  }
  return { ...context, step, decisions: log, logged: { ...logged, decisions: owned } };
}

/** Taking a choice (its route already known to hold). Entering the next node is separate. */
export function applyChoice(
  scenario: Scenario,
  context: SessionContext,
  choice: Choice,
  route: number,
): SessionContext {
  const step = context.step + 1;
  const node = nodeAt(scenario, context.nodeId);
  const offered = shownChoices(scenario, context).map((each) => each.id);
  const after = afterOutcome(context, choice, choice.id);
  const decision: Decision = {
    kind: 'choice',
    step,
    enteredAtStep: context.enteredAtStep,
    nodeId: context.nodeId,
    prompt: context.text?.prompt ?? null,
    choiceId: choice.id,
    offered,
    timed: isTimed(node, context.timing),
    line: context.line,
    moodBefore: context.mood,
    moodAfter: after.mood,
    to: targetOf(choice, route),
  };
  const draws = chanceDraws(context, choice, choice.id, route, step);
  if (draws.length > 0) decision.chance = draws;
  return withDecisions(
    withChances(after, draws),
    [...leavingDecisions(scenario, context, step, choice), decision],
    step,
  );
}

export function applyTimeout(
  scenario: Scenario,
  context: SessionContext,
  timeout: Timeout,
  route: number,
): SessionContext {
  const step = context.step + 1;
  const offered = shownChoices(scenario, context).map((each) => each.id);
  const after = afterOutcome(context, timeout, null);
  const decision: Decision = {
    kind: 'timeout',
    step,
    enteredAtStep: context.enteredAtStep,
    nodeId: context.nodeId,
    prompt: context.text?.prompt ?? null,
    offered,
    timed: true,
    // A customer who reacts to the silence says so: that is the line the learner hears.
    line: context.line,
    moodBefore: context.mood,
    moodAfter: after.mood,
    to: targetOf(timeout, route),
  };
  const draws = chanceDraws(context, timeout, null, route, step);
  if (draws.length > 0) decision.chance = draws;
  return withDecisions(withChances(after, draws), [decision], step);
}

export function applyCheckRecord(context: SessionContext, recordId: string): SessionContext {
  return {
    ...context,
    step: context.step + 1,
    checked: context.checked.includes(recordId) ? context.checked : [...context.checked, recordId],
  };
}

export function applyFillField(
  context: SessionContext,
  fieldId: string,
  entryId: string,
): SessionContext {
  return {
    ...context,
    step: context.step + 1,
    filled: {
      ...context.filled,
      [context.nodeId]: { ...own(context.filled, context.nodeId), [fieldId]: entryId },
    },
  };
}

/** A pick, rating or audience at the current options node (the event already judged legal). */
export function applyAnalysis(context: SessionContext, event: AnalysisEvent): SessionContext {
  const analysis = context.analysis ?? {};
  return {
    ...context,
    step: context.step + 1,
    analysis: {
      ...analysis,
      [context.nodeId]: applyAnalysisEvent(own(analysis, context.nodeId) ?? blankAnalysis(), event),
    },
  };
}

/** Whether the learner has done the whole analysis at an options node (other nodes need none). */
export function analysisDone(scenario: Scenario, context: SessionContext): boolean {
  const node = nodeAt(scenario, context.nodeId);
  return node.kind !== 'options' || isAnalysisDone(node, own(context.analysis, context.nodeId));
}
