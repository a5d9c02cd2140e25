import { authorsAnalysisEvents } from '../engine/analysis.ts';
import type { Condition, Scenario, ScenarioNode } from '../scenario/schema.ts';
import { choicesOf, isTimed, nodeAt, offeredAfter, timeoutOf } from '../engine/context.ts';
import { sessionAtStep, type Session } from '../engine/session.ts';
import { wasChosen, wasVisited } from '../engine/conditions.ts';
import type { SessionEvent, Transcript } from '../engine/types.ts';
import type { BestPath, EndingReached } from './debrief.ts';
import {
  bestOf,
  fromChoice,
  fromEntry,
  fromRecord,
  timeoutOption,
  totalEvidence,
} from './options.ts';
import { own } from '../scenario/own.ts';

// A path that neither ends nor repeats a state by now is cut short and says so (complete: false).
const PATH_LIMIT = 10_000;

/**
 * The events that take the best option (by total evidence) at the current node: the one
 * best-move finder, for the best path from the start and from every moment the learner left.
 */
function bestEventsHere(session: Session): SessionEvent[] {
  const context = session.context();
  const node = nodeAt(session.scenario, context.nodeId);
  const events: SessionEvent[] = [];
  if (node.kind === 'investigate') {
    for (const record of node.records) {
      if (!context.checked.includes(record.id) && totalEvidence(fromRecord(node, record)) > 0) {
        events.push({ type: 'CHECK_RECORD', recordId: record.id });
      }
    }
  }
  if (node.kind === 'record') {
    const filled = own(context.filled, context.nodeId) ?? {};
    for (const field of node.fields) {
      const entry = bestOf(field.entries.map((each) => fromEntry(node, each)));
      if (entry?.id != null && own(filled, field.id) !== entry.id) {
        events.push({ type: 'FILL_FIELD', fieldId: field.id, entryId: entry.id });
      }
    }
  }
  // Records opened above can change which routes hold, so judge the offer after them.
  const offered = offeredAfter(session.scenario, context, events).map((choice) =>
    fromChoice(node, choice),
  );
  const timeout = isTimed(node, context.timing) ? timeoutOption(node) : undefined;
  const best = bestOf(timeout === undefined ? offered : [...offered, timeout]);
  if (node.kind === 'options' && best !== undefined && best !== timeout) {
    // The author's analysis, wherever the learner's differs, before the option is put forward.
    const putForward = node.choices.find((each) => each.id === best.id)?.option;
    events.push(...authorsAnalysisEvents(node, own(context.analysis, context.nodeId), putForward));
  }
  if (best === timeout && timeout !== undefined) events.push({ type: 'TIMEOUT' });
  else if (best !== undefined && best.id !== null)
    events.push({ type: 'CHOOSE', choiceId: best.id });
  return events;
}

type Step = BestPath['steps'][number];

function describeStep(session: Session, event: SessionEvent): Step {
  const nodeId = session.context().nodeId;
  const node = nodeAt(session.scenario, nodeId);
  const choice =
    event.type === 'CHOOSE'
      ? choicesOf(node).find((each) => each.id === event.choiceId)
      : undefined;
  return {
    nodeId,
    nodeTitle: node.title ?? null,
    nodeKind: node.kind,
    say: event.type === 'TIMEOUT' ? 'You let the time run out.' : (choice?.say ?? null),
  };
}

/** The ending the session has come to, or null while it is still under way. */
export function endingReached(session: Session): EndingReached | null {
  const view = session.view();
  if (view.ending === null) return null;
  const node = nodeAt(session.scenario, view.nodeId);
  return {
    id: view.nodeId,
    kind: view.ending.outcome,
    acceptable: node.kind === 'ending' && node.acceptable === true,
    title: node.title ?? null,
    epilogue: view.ending.epilogue,
  };
}

/** What route conditions can see: only these parts of a state steer a path onwards. */
interface Watched {
  mood: boolean;
  visited: Set<string>;
  chosen: Set<string>;
  checked: Set<string>;
  flags: Set<string>;
}

const outcomesOf = (node: ScenarioNode) => {
  const timeout = timeoutOf(node);
  return timeout === undefined ? choicesOf(node) : [...choicesOf(node), timeout];
};

const noneWatched = (): Watched => ({
  mood: false,
  visited: new Set(),
  chosen: new Set(),
  checked: new Set(),
  flags: new Set(),
});

/** What one node's own route conditions watch, added to `into`. */
function watchRoutes(node: ScenarioNode, into: Watched): void {
  const watch = (condition: Condition): void => {
    if (condition.anger ?? condition.confusion ?? condition.trust) into.mood = true;
    if (condition.visited !== undefined) into.visited.add(condition.visited);
    if (condition.chose !== undefined) into.chosen.add(condition.chose);
    if (condition.checked !== undefined) into.checked.add(condition.checked);
    if (condition.flag !== undefined) into.flags.add(condition.flag);
    condition.any?.forEach(watch);
    if (condition.not !== undefined) watch(condition.not);
  };
  for (const route of routesOf(node)) if (route.if !== undefined) watch(route.if);
}

const routesOf = (node: ScenarioNode): { if?: Condition | undefined; to: string }[] =>
  outcomesOf(node).flatMap((outcome) =>
    typeof outcome.next === 'string' ? [{ to: outcome.next }] : outcome.next,
  );

const isEmpty = (watched: Watched): boolean =>
  !watched.mood &&
  watched.visited.size + watched.chosen.size + watched.checked.size + watched.flags.size === 0;

function addAll(into: Watched, from: Watched): void {
  into.mood ||= from.mood;
  from.visited.forEach((id) => into.visited.add(id));
  from.chosen.forEach((id) => into.chosen.add(id));
  from.checked.forEach((id) => into.checked.add(id));
  from.flags.forEach((id) => into.flags.add(id));
}

/**
 * For each node, what the route conditions of every node reachable from it watch: the parts of a
 * state that can still change where the best options lead. Worked out for every node at once, over
 * the graph's strongly connected components (nodes on a loop see the same conditions ahead), so the
 * cost is one pass over the graph rather than a search from each node of a long path.
 */
function watchedFrom(scenario: Scenario): (nodeId: string) => Watched {
  const ids = Object.keys(scenario.nodes);
  const nodeOf = (id: string): ScenarioNode | undefined =>
    Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
  const successors = new Map<string, string[]>();
  for (const id of ids) {
    const node = nodeOf(id);
    successors.set(id, node === undefined ? [] : [...new Set(routesOf(node).map((r) => r.to))]);
  }
  // Tarjan's algorithm, iteratively (a long chain must not overflow the stack). Components come out
  // successors first, so each one's successors are finished before it.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const componentOf = new Map<string, Watched>();
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; next: number };
      const outs = successors.get(frame.id) ?? [];
      if (frame.next < outs.length) {
        const to = outs[frame.next] as string;
        frame.next += 1;
        if (!successors.has(to)) continue;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter);
          counter += 1;
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined)
        low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const members: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        members.push(member);
        if (member === frame.id) break;
      }
      const ownWatches = noneWatched();
      const ahead = new Set<Watched>();
      for (const member of members) {
        const node = nodeOf(member);
        if (node !== undefined) watchRoutes(node, ownWatches);
        for (const to of successors.get(member) ?? []) {
          const later = componentOf.get(to);
          if (later !== undefined) ahead.add(later);
        }
      }
      // A stretch with no conditions of its own and one way on shares what lies ahead: a long
      // chain keeps one set, not a copy per node.
      let watched: Watched;
      if (isEmpty(ownWatches) && ahead.size === 1) watched = [...ahead][0] as Watched;
      else {
        watched = ownWatches;
        ahead.forEach((later) => addAll(watched, later));
      }
      members.forEach((member) => componentOf.set(member, watched));
    }
  }
  return (nodeId) => componentOf.get(nodeId) ?? noneWatched();
}

/** A path from a state: this state's own steps, then the path from the state they lead to. */
type Tail =
  { steps: Step[]; rest: Tail } | { steps: null; ending: EndingReached | null; complete: boolean };

/**
 * Best paths for one scenario, each state's path computed once and reused: two moments that leave
 * the learner in the same state (as far as any route condition ahead can tell) share the rest of
 * the path, so scoring a long play follows each stretch of best options once, not once a moment.
 */
export function bestPaths(scenario: Scenario) {
  const watchedAt = watchedFrom(scenario);
  const tails = new Map<string, Tail>();
  // Only the watched ids are tested, each in constant time: the key costs the same late in a long
  // play as early.
  const pick = (keep: Set<string>, holds: (id: string) => boolean): string[] =>
    [...keep].filter(holds).sort();

  // Everything the best options from here depend on: the node, what is open and filled there,
  // and what route conditions ahead watch.
  const stateKey = (session: Session): string => {
    const context = session.context();
    const watched = watchedAt(context.nodeId);
    const node = nodeAt(scenario, context.nodeId);
    const recordsHere = new Set(node.kind === 'investigate' ? node.records.map((r) => r.id) : []);
    return JSON.stringify([
      context.nodeId,
      context.timing,
      watched.mood ? context.mood : null,
      pick(watched.visited, (id) => wasVisited(context, id)),
      pick(watched.chosen, (id) => wasChosen(context, id)),
      context.checked.filter((id) => watched.checked.has(id) || recordsHere.has(id)).sort(),
      pick(watched.flags, (id) => context.flags.includes(id)),
      own(context.filled, context.nodeId) ?? null,
    ]);
  };

  /** Follow the best options from a session's current state (the session moves) to an ending. */
  return (session: Session, fromStep: number): BestPath => {
    const walked: { key: string; steps: Step[] }[] = [];
    const seen = new Set<string>();
    let tail: Tail | undefined;
    let sent = 0;
    while (tail === undefined) {
      if (session.isOver()) {
        tail = { steps: null, ending: endingReached(session), complete: true };
        break;
      }
      const key = stateKey(session);
      tail = tails.get(key);
      if (tail !== undefined) break;
      const events = sent < PATH_LIMIT && !seen.has(key) ? bestEventsHere(session) : [];
      if (events.length === 0) {
        // A loop of best options, or a node with nothing to take: the path never ends.
        tail = { steps: null, ending: null, complete: false };
        break;
      }
      seen.add(key);
      const steps: Step[] = [];
      for (const event of events) {
        if (event.type === 'CHOOSE' || event.type === 'TIMEOUT')
          steps.push(describeStep(session, event));
        session.send(event);
      }
      sent += events.length;
      walked.push({ key, steps });
    }
    for (let index = walked.length - 1; index >= 0; index -= 1) {
      const here = walked[index];
      if (here === undefined) continue;
      tail = { steps: here.steps, rest: tail };
      tails.set(here.key, tail);
    }
    const steps: Step[] = [];
    for (; tail.steps !== null; tail = tail.rest) steps.push(...tail.steps);
    return { fromStep, steps, ending: tail.ending, complete: tail.complete };
  };
}

/** Follow the best options from a session's current state to an ending. */
export const followBestPath = (session: Session, fromStep: number): BestPath =>
  bestPaths(session.scenario)(session, fromStep);

/** Where the best options lead after the first `step` events of a transcript. */
export function bestPathFrom(options: {
  scenario: Scenario;
  transcript: Transcript;
  step: number;
}): BestPath {
  // Looking ahead: chance goes the likelier way, as it does for the debrief's best paths.
  return followBestPath(sessionAtStep(options).savePoint({ lookAhead: true })(), options.step);
}
