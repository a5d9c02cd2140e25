import { authorsAnalysisEvents } from '../engine/analysis.ts';
import type { Condition, Scenario, ScenarioNode } from '../scenario/schema.ts';
import { choicesOf, isTimed, nodeAt, offeredAfter, timeoutOf } from '../engine/context.ts';
import { sessionAtStep, type Session } from '../engine/session.ts';
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
    const filled = context.filled[context.nodeId] ?? {};
    for (const field of node.fields) {
      const entry = bestOf(field.entries.map((each) => fromEntry(node, each)));
      if (entry?.id != null && filled[field.id] !== entry.id) {
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
    events.push(...authorsAnalysisEvents(node, context.analysis?.[context.nodeId], putForward));
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
  return {
    id: view.nodeId,
    kind: view.ending.outcome,
    title: nodeAt(session.scenario, view.nodeId).title ?? null,
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

const NOTHING_WATCHED: Watched = {
  mood: false,
  visited: new Set(),
  chosen: new Set(),
  checked: new Set(),
  flags: new Set(),
};

const sizeOf = (watched: Watched): number =>
  watched.visited.size + watched.chosen.size + watched.checked.size + watched.flags.size;

const within = (small: ReadonlySet<string>, large: ReadonlySet<string>): boolean => {
  for (const item of small) if (!large.has(item)) return false;
  return true;
};

/** Everything the parts watch, as the largest part itself when it holds the others (shared, not copied). */
function unionOf(parts: readonly Watched[]): Watched {
  const distinct = [...new Set(parts)].filter((part) => part.mood || sizeOf(part) > 0);
  const largest = distinct.reduce<Watched>(
    (most, part) => (sizeOf(part) > sizeOf(most) ? part : most),
    NOTHING_WATCHED,
  );
  const holds = (part: Watched): boolean =>
    part === largest ||
    ((!part.mood || largest.mood) &&
      within(part.visited, largest.visited) &&
      within(part.chosen, largest.chosen) &&
      within(part.checked, largest.checked) &&
      within(part.flags, largest.flags));
  if (distinct.every(holds)) return largest;
  const all = (pick: (part: Watched) => ReadonlySet<string>): Set<string> =>
    new Set(distinct.flatMap((part) => [...pick(part)]));
  return {
    mood: distinct.some((part) => part.mood),
    visited: all((part) => part.visited),
    chosen: all((part) => part.chosen),
    checked: all((part) => part.checked),
    flags: all((part) => part.flags),
  };
}

/** What a node's own route conditions watch. */
function watchedAtNode(node: ScenarioNode): Watched {
  let watched: Watched | null = null;
  const watch = (condition: Condition): void => {
    watched ??= {
      mood: false,
      visited: new Set(),
      chosen: new Set(),
      checked: new Set(),
      flags: new Set(),
    };
    if (condition.anger ?? condition.confusion ?? condition.trust) watched.mood = true;
    if (condition.visited !== undefined) watched.visited.add(condition.visited);
    if (condition.chose !== undefined) watched.chosen.add(condition.chose);
    if (condition.checked !== undefined) watched.checked.add(condition.checked);
    if (condition.flag !== undefined) watched.flags.add(condition.flag);
    condition.any?.forEach(watch);
    if (condition.not !== undefined) watch(condition.not);
  };
  for (const outcome of outcomesOf(node)) {
    if (typeof outcome.next === 'string') continue;
    for (const route of outcome.next) if ('if' in route && route.if !== undefined) watch(route.if);
  }
  return watched ?? NOTHING_WATCHED;
}

const routesOnFrom = (node: ScenarioNode): string[] =>
  outcomesOf(node).flatMap((outcome) =>
    typeof outcome.next === 'string' ? [outcome.next] : outcome.next.map((route) => route.to),
  );

/**
 * For each node, what the route conditions of every node reachable from it watch: the parts of a
 * state that can still change where the best options lead. Worked out once for all nodes, bottom
 * up over the strongly connected parts of the graph (Tarjan's algorithm, which finishes a part
 * only after every part it leads to), each node's answer built from its successors' and shared
 * with them where it adds nothing: a walk from every node would make scoring grow with the square
 * of the scenario's size.
 */
function watchedFrom(scenario: Scenario): (nodeId: string) => Watched {
  const known = new Map<string, Watched>();
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const onwards = (nodeId: string): string[] => {
    const node = scenario.nodes[nodeId];
    return node === undefined
      ? []
      : routesOnFrom(node).filter((to) => scenario.nodes[to] !== undefined);
  };
  const search = (root: string): void => {
    const frames: { nodeId: string; next: string[]; at: number }[] = [];
    const open = (nodeId: string): void => {
      order.set(nodeId, order.size);
      low.set(nodeId, order.size - 1);
      stack.push(nodeId);
      onStack.add(nodeId);
      frames.push({ nodeId, next: onwards(nodeId), at: 0 });
    };
    open(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const to = frame.next[frame.at];
      if (to !== undefined) {
        frame.at += 1;
        if (!order.has(to)) open(to);
        else if (onStack.has(to))
          low.set(frame.nodeId, Math.min(low.get(frame.nodeId)!, order.get(to)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) {
        low.set(parent.nodeId, Math.min(low.get(parent.nodeId)!, low.get(frame.nodeId)!));
      }
      if (low.get(frame.nodeId) !== order.get(frame.nodeId)) continue;
      // frame.nodeId heads a strongly connected part: every part it leads to is finished.
      const members = new Set<string>();
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        members.add(member);
        if (member === frame.nodeId) break;
      }
      const parts: Watched[] = [];
      for (const member of members) {
        parts.push(watchedAtNode(scenario.nodes[member]!));
        for (const next of onwards(member)) {
          if (!members.has(next)) parts.push(known.get(next) ?? NOTHING_WATCHED);
        }
      }
      const watched = unionOf(parts);
      for (const member of members) known.set(member, watched);
    }
  };
  return (start) => {
    if (!order.has(start) && scenario.nodes[start] !== undefined) search(start);
    return known.get(start) ?? NOTHING_WATCHED;
  };
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
  const pick = (items: readonly string[], keep: Set<string>): string[] =>
    keep.size === 0 ? [] : items.filter((item) => keep.has(item)).sort();

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
      pick(context.visited, watched.visited),
      pick(context.chosen, watched.chosen),
      context.checked.filter((id) => watched.checked.has(id) || recordsHere.has(id)).sort(),
      pick(context.flags, watched.flags),
      context.filled[context.nodeId] ?? null,
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
  return followBestPath(sessionAtStep(options), options.step);
}
