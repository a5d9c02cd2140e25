import { describe, expect, it } from 'vitest';
import { startSession, type Session } from '../engine/session.ts';
import type { SessionEvent } from '../engine/types.ts';
import { createMemoryStore } from '../storage/resolve-store.ts';
import type { FinishedPlay } from '../storage/saved-play.ts';
import { everyKindScenario } from '../../tests/browser/fixtures/every-kind.ts';
import { scorePlay } from './scored-play.ts';

/** Plays a scenario to its end by always taking the `pick`-th choice (and analysing when asked). */
function playToTheEnd(seed: number, pick: number): FinishedPlay {
  const session: Session = startSession({ scenario: everyKindScenario, seed, timing: 'standard' });
  const send = (event: SessionEvent): void => {
    if (!session.isOver() && session.can(event)) session.send(event);
  };
  for (let i = 0; i < 100 && !session.isOver(); i += 1) {
    const view = session.view();
    for (const option of view.analysis?.options ?? []) {
      send({ type: 'PICK_BENEFIT', optionId: option.id, itemId: option.benefits[0]!.id });
      send({ type: 'PICK_RISK', optionId: option.id, itemId: option.risks[0]!.id });
      send({ type: 'RATE_RISK', optionId: option.id, level: 'medium' });
    }
    if (view.analysis) send({ type: 'PUT_TO', audience: 'customer' });
    const choices = session.view().choices;
    if (choices.length === 0) send({ type: 'TIMEOUT' });
    else send({ type: 'CHOOSE', choiceId: choices[pick % choices.length]!.id });
  }
  return {
    format: 'resolve-result',
    version: 1,
    scenarioId: everyKindScenario.id,
    scenarioTitle: everyKindScenario.title,
    timingSource: 'default',
    finishedAt: '2025-01-01T10:00:00.000Z',
    transcript: session.transcript(),
  };
}

describe('plays exported and imported on another device', () => {
  it('replay to the very debriefs they had', async () => {
    const here = createMemoryStore();
    for (const [seed, pick] of [
      [1, 0],
      [2, 1],
      [3, 2],
    ] as const) {
      await here.saveResult(playToTheEnd(seed, pick));
    }
    const elsewhere = createMemoryStore();
    const outcome = await elsewhere.importAll(JSON.stringify(await here.exportAll()));
    expect(outcome.ok && outcome.report.added.plays).toBe(3);

    const debriefs = async (store: typeof here) =>
      (await store.listResults()).map((record) => {
        const scored = scorePlay(record, everyKindScenario);
        if (!scored.ok) throw new Error(scored.problem);
        return [record.playId, scored.debrief] as const;
      });
    const before = await debriefs(here);
    expect(before).toHaveLength(3);
    expect(await debriefs(elsewhere)).toEqual(before);
  });
});
