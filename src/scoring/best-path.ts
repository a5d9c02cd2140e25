import type { Scenario } from '../scenario/schema.ts';
import { choicesOf, isTimed, nodeAt, offeredAfter } from '../engine/context.ts';
import { sessionAtStep, type Session } from '../engine/session.ts';
import type { SessionEvent, Transcript } from '../engine/types.ts';
import type { BestPath, EndingReached } from './debrief.ts';
import { bestOf, fromChoice, fromEntry, timeoutOption, totalEvidence } from './options.ts';

// Enough for any sensible scenario; a loop of best options stops here and says so.
const PATH_LIMIT = 200;

/** The events that take the best option (by total evidence) at the current node. */
function bestEventsHere(session: Session): SessionEvent[] {
  const context = session.context();
  const node = nodeAt(session.scenario, context.nodeId);
  const events: SessionEvent[] = [];
  if (node.kind === 'investigate') {
    for (const record of node.records) {
      if (!context.checked.includes(record.id) && totalEvidence(record) > 0) {
        events.push({ type: 'CHECK_RECORD', recordId: record.id });
      }
    }
  }
  if (node.kind === 'record') {
    const filled = context.filled[context.nodeId] ?? {};
    for (const field of node.fields) {
      const entry = bestOf(field.entries.map(fromEntry));
      if (entry?.id != null && filled[field.id] !== entry.id) {
        events.push({ type: 'FILL_FIELD', fieldId: field.id, entryId: entry.id });
      }
    }
  }
  // Records opened above can change which routes hold, so judge the offer after them.
  const offered = offeredAfter(session.scenario, context, events).map(fromChoice);
  const timeout = isTimed(node, context.timing) ? timeoutOption(node) : undefined;
  const best = bestOf(timeout === undefined ? offered : [...offered, timeout]);
  if (best === timeout && timeout !== undefined) events.push({ type: 'TIMEOUT' });
  else if (best !== undefined && best.id !== null)
    events.push({ type: 'CHOOSE', choiceId: best.id });
  return events;
}

function describeStep(session: Session, event: SessionEvent): BestPath['steps'][number] {
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

/**
 * Follow the best options from a session's current state to an ending. `first` is sent before
 * anything else: the best option at the moment being explained.
 */
export function followBestPath(
  session: Session,
  fromStep: number,
  first: SessionEvent[] = [],
): BestPath {
  const steps: BestPath['steps'] = [];
  const send = (event: SessionEvent): void => {
    if (event.type === 'CHOOSE' || event.type === 'TIMEOUT')
      steps.push(describeStep(session, event));
    session.send(event);
  };
  first.filter((event) => session.can(event)).forEach(send);
  let sent = 0;
  while (!session.isOver() && sent < PATH_LIMIT) {
    const events = bestEventsHere(session);
    if (events.length === 0) break;
    for (const event of events) send(event);
    sent += events.length;
  }
  return { fromStep, steps, ending: endingReached(session), complete: session.isOver() };
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

/** Where the best options lead after the first `step` events of a transcript. */
export function bestPathFrom(options: {
  scenario: Scenario;
  transcript: Transcript;
  step: number;
}): BestPath {
  return followBestPath(sessionAtStep(options), options.step);
}
