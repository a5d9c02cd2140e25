import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import {
  AUDIENCES,
  RISK_LEVELS,
  STANCES,
  type Choice,
  type NodeOfKind,
  type Scenario,
  type Stance,
} from '../scenario/schema.ts';
import { authorsAnalysis, authorsAnalysisEvents, type AnalysisEvent } from './analysis.ts';
import { isTimed, nodeAt, shownChoices, shownEntries } from './context.ts';
import { SessionError } from './errors.ts';
import { startSession, type Session } from './session.ts';
import type { OptionOrder, SessionEvent, TimingMode, Transcript } from './types.ts';

/**
 * Scripted players that test the scoring: they choose by the author's stance tags, explain answers'
 * `correct`, the records' `relevant` and entries' `accurate` flags, never by the evidence numbers
 * they are judged on.
 * `first`, `longest` and `shortest` are the careless or cunning learner who plays the layout instead
 * of the customer: the first option as shown, or the one with the most or fewest words on screen.
 * They open no records (pressing 1 moves on) and pick log entries the same way.
 */
export const POLICIES = [
  'best',
  'worst',
  'random',
  'argue',
  'first',
  'longest',
  'shortest',
] as const;
export type PolicyName = (typeof POLICIES)[number];

export const DEFAULT_STEP_LIMIT = 500;

const BEST_FIRST: readonly Stance[] = STANCES;
// Most harmful first: what `worst` reaches for.
const WORST_FIRST: readonly Stance[] = [...STANCES].reverse();

function firstByStance(choices: readonly Choice[], order: readonly Stance[]): Choice | undefined {
  for (const stance of order) {
    const found = choices.find((choice) => choice.stance === stance);
    if (found !== undefined) return found;
  }
  return undefined;
}

const coin = (rng: RandomGenerator): boolean => uniformInt(rng, 0, 1) === 1;

type LayoutPolicy = 'first' | 'longest' | 'shortest';
const isLayoutPolicy = (policy: PolicyName): policy is LayoutPolicy =>
  policy === 'first' || policy === 'longest' || policy === 'shortest';

/** What a layout policy picks from options in shown order; ties go to the one shown first. */
function byLayout<T>(
  policy: LayoutPolicy,
  shown: readonly T[],
  text: (item: T) => string,
): T | undefined {
  if (policy === 'first') return shown[0];
  let picked: T | undefined;
  let pickedLength = 0;
  for (const item of shown) {
    const length = text(item).length;
    const better = policy === 'longest' ? length > pickedLength : length < pickedLength;
    if (picked === undefined || better) {
      picked = item;
      pickedLength = length;
    }
  }
  return picked;
}

/** The words a choice puts on screen: what is said, plus the option or person it names. */
function visibleText(node: ReturnType<typeof nodeAt>, choice: Choice): string {
  const option =
    node.kind === 'options' && 'option' in choice && typeof choice.option === 'string'
      ? (node.options.find((each) => each.id === choice.option)?.title ?? '')
      : '';
  const to = 'to' in choice && typeof choice.to === 'string' ? choice.to : '';
  return [choice.say, option, to].join(' ').trim();
}

const pickFrom = <T>(rng: RandomGenerator, items: readonly T[]): T =>
  items[uniformInt(rng, 0, items.length - 1)] as T;

/**
 * The analysis events at an options node, made before the option is put forward. `best` gives the
 * author's answers; `random` picks at random; the layout policies pick by place or length as
 * shown (the rating and audience radios too); `worst` and `argue` pick a wrong item, the rating
 * furthest from the author's and the wrong party.
 */
function analysisEvents(
  policy: PolicyName,
  session: Session,
  node: NodeOfKind<'options'>,
  choice: Choice | undefined,
  rng: RandomGenerator,
): AnalysisEvent[] {
  const putForward =
    choice === undefined ? undefined : node.choices.find((each) => each.id === choice.id)?.option;
  if (policy === 'best') return authorsAnalysisEvents(node, undefined, putForward);
  const shown = session.view().analysis;
  const events: AnalysisEvent[] = [];
  for (const option of node.options) {
    const author = authorsAnalysis(option);
    const lists = shown?.options.find((each) => each.id === option.id);
    const pick = (items: readonly { id: string; text: string }[], right: string): string =>
      (isLayoutPolicy(policy)
        ? byLayout(policy, items, (item) => item.text)?.id
        : policy === 'random'
          ? pickFrom(rng, items).id
          : items.find((item) => item.id !== right)?.id) ?? right;
    events.push(
      {
        type: 'PICK_BENEFIT',
        optionId: option.id,
        itemId: pick(lists?.benefits ?? option.benefits, author.benefit),
      },
      {
        type: 'PICK_RISK',
        optionId: option.id,
        itemId: pick(lists?.risks ?? option.risks, author.risk),
      },
      {
        type: 'RATE_RISK',
        optionId: option.id,
        level: isLayoutPolicy(policy)
          ? (byLayout(policy, RISK_LEVELS, (level) => level) ?? 'low')
          : policy === 'random'
            ? pickFrom(rng, RISK_LEVELS)
            : author.rating === 'high'
              ? 'low'
              : 'high',
      },
    );
  }
  const rightAudience = node.options.find((option) => option.id === putForward)?.putTo;
  events.push({
    type: 'PUT_TO',
    audience: isLayoutPolicy(policy)
      ? (byLayout(policy, AUDIENCES, (audience) => audience) ?? 'customer')
      : policy === 'random'
        ? pickFrom(rng, AUDIENCES)
        : rightAudience === 'customer'
          ? 'organisation'
          : 'customer',
  });
  return events;
}

/** What a policy does at the current node: open records or fill fields, then one decision. */
export function policyEvents(
  policy: PolicyName,
  session: Session,
  rng: RandomGenerator,
): SessionEvent[] {
  const scenario = session.scenario;
  const context = session.context();
  const node = nodeAt(scenario, context.nodeId);
  const events: SessionEvent[] = [];

  if (node.kind === 'investigate' && !isLayoutPolicy(policy)) {
    for (const record of node.records) {
      if (context.checked.includes(record.id)) continue;
      const open =
        policy === 'best' ? record.relevant : policy === 'random' ? coin(rng) : !record.relevant;
      if (open) events.push({ type: 'CHECK_RECORD', recordId: record.id });
    }
  }
  if (node.kind === 'record') {
    for (const field of node.fields) {
      const entry = isLayoutPolicy(policy)
        ? byLayout(policy, shownEntries(context, field.id, field.entries), (each) => each.text)
        : policy === 'best'
          ? field.entries.find((each) => each.accurate)
          : policy === 'random'
            ? field.entries[uniformInt(rng, 0, field.entries.length - 1)]
            : field.entries.find((each) => !each.accurate);
      if (entry !== undefined)
        events.push({ type: 'FILL_FIELD', fieldId: field.id, entryId: entry.id });
    }
  }

  // Records opened above can change which routes hold, so judge the offer after them.
  const opened = events.flatMap((event) => (event.type === 'CHECK_RECORD' ? [event.recordId] : []));
  const offered = shownChoices(scenario, { ...context, checked: [...context.checked, ...opened] });
  const timed = isTimed(node, context.timing);
  // An options node's analysis comes first, and its audience depends on the option put forward.
  const analyse = (choice: Choice | undefined): void => {
    if (node.kind === 'options' && choice !== undefined)
      events.push(...analysisEvents(policy, session, node, choice, rng));
  };

  if (isLayoutPolicy(policy)) {
    const choice = byLayout(policy, offered, (each) => visibleText(node, each));
    analyse(choice);
    if (choice !== undefined) events.push({ type: 'CHOOSE', choiceId: choice.id });
    else if (timed) events.push({ type: 'TIMEOUT' });
    return events;
  }

  if (policy === 'random') {
    const count = offered.length + (timed ? 1 : 0);
    if (count === 0) return events;
    const pick = uniformInt(rng, 0, count - 1);
    const choice = offered[pick];
    analyse(choice);
    events.push(
      choice === undefined ? { type: 'TIMEOUT' } : { type: 'CHOOSE', choiceId: choice.id },
    );
    return events;
  }
  const choice =
    node.kind === 'explain'
      ? // An answer is right or wrong: `best` gives a right one, the others a wrong one.
        (offered.find((each) => 'correct' in each && each.correct === (policy === 'best')) ??
        offered[0])
      : policy === 'best'
        ? firstByStance(offered, BEST_FIRST)
        : policy === 'argue'
          ? (offered.find((each) => each.stance === 'argumentative') ??
            firstByStance(offered, WORST_FIRST))
          : firstByStance(offered, WORST_FIRST);
  analyse(choice);
  if (choice !== undefined) events.push({ type: 'CHOOSE', choiceId: choice.id });
  else if (timed) events.push({ type: 'TIMEOUT' });
  return events;
}

/** The policy's own seeded source, kept apart from the session's source for customer lines. */
const policyRandom = (seed: number): RandomGenerator => xoroshiro128plus((seed ^ 0x2545f491) | 0);

export interface PolicyPlayOptions {
  scenario: Scenario;
  policy: PolicyName;
  seed: number;
  timing: TimingMode;
  /** `seeded` unless given; `authored` plays with shuffling off. */
  optionOrder?: OptionOrder;
  /** Give up (throw) after this many events: a scenario that loops forever is a content bug. */
  maxSteps?: number;
}

/** Play a scenario to an ending with a policy and return the transcript. */
export function playPolicy(options: PolicyPlayOptions): Transcript {
  const { scenario, policy, seed, timing } = options;
  const maxSteps = options.maxSteps ?? DEFAULT_STEP_LIMIT;
  const session = startSession({
    scenario,
    seed,
    timing,
    ...(options.optionOrder === undefined ? {} : { optionOrder: options.optionOrder }),
  });
  const rng = policyRandom(seed);
  while (!session.isOver()) {
    const events = policyEvents(policy, session, rng);
    const last = events.at(-1)?.type;
    if (last !== 'CHOOSE' && last !== 'TIMEOUT') {
      throw new SessionError(
        'choice-not-available',
        `The ${policy} policy found nothing it could do at "${session.context().nodeId}" of "${scenario.id}".`,
      );
    }
    for (const event of events) {
      if (session.context().step >= maxSteps) {
        throw new SessionError(
          'too-many-steps',
          `The ${policy} policy (seed ${seed}) did not reach an ending of "${scenario.id}" within ${maxSteps} steps; it was going round at "${session.context().nodeId}".`,
        );
      }
      session.send(event);
    }
  }
  return session.transcript();
}
