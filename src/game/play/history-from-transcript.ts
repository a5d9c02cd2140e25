import { replayOptions, startSession } from '../../engine/session.ts';
import type { Transcript } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { HistoryEntry } from '../ui/encounter/history.ts';
import { voiceAt } from './voice.ts';

/** What the customer says when the countdown at a node runs out, if the author wrote it. */
export function timeoutSays(scenario: Scenario, nodeId: string): string | undefined {
  const node = scenario.nodes[nodeId];
  return node && node.kind === 'dialogue' ? node.timeout?.says : undefined;
}

/**
 * Rebuilds "the conversation so far" for a resumed play by replaying its events in a fresh
 * session: the same seed picks the same line variants.
 */
export function historyFromTranscript(scenario: Scenario, transcript: Transcript): HistoryEntry[] {
  const history: HistoryEntry[] = [];
  const session = startSession({ scenario, ...replayOptions(transcript) });
  const name = scenario.customer.name;
  let view = session.view();
  const said = (): void => {
    if (view.customerLine)
      history.push({
        who: 'customer',
        name: voiceAt(scenario, view.node).name,
        text: view.customerLine,
      });
  };
  said();
  for (const event of transcript.events) {
    const before = view;
    if (event.type === 'CHOOSE') {
      const choice = before.choices.find((each) => each.id === event.choiceId);
      if (choice)
        history.push({
          who: 'learner',
          name: 'You',
          text: choice.say,
          toCustomer: before.kind === 'dialogue',
        });
    }
    if (event.type === 'TIMEOUT') {
      const says = timeoutSays(scenario, before.nodeId);
      history.push({ who: 'note', name: '', text: 'You took too long to answer.' });
      if (says) history.push({ who: 'customer', name, text: says });
    }
    try {
      view = session.send(event);
    } catch {
      break;
    }
    if (view.nodeId !== before.nodeId) said();
  }
  return history;
}
