import { describe, expect, it } from 'vitest';
import { startSession } from '../../engine/session.ts';
import { createMemoryStore } from '../../storage/resolve-store.ts';
import { PlayController } from './play-controller.ts';
import { everyKindScenario } from '../../../tests/browser/fixtures/every-kind.ts';

function controllerFor() {
  const store = createMemoryStore();
  const steps: string[] = [];
  const session = startSession({ scenario: everyKindScenario, seed: 1, timing: 'standard' });
  const controller = new PlayController({
    setup: {
      scenario: everyKindScenario,
      timing: { mode: 'standard', source: 'default' },
      moodMeter: true,
    },
    session,
    store,
    onStep: (view, event) => steps.push(`${event.type}:${view.nodeId}`),
  });
  return { store, steps, controller };
}

describe('the play controller', () => {
  it('saves a resumable play after every step', async () => {
    const { store, steps, controller } = controllerFor();
    controller.saveStart();
    controller.choose('let-him-finish');
    controller.checkRecord('sale-record');
    controller.checkRecord('sale-record');
    await controller.settled();
    expect(steps).toEqual(['CHOOSE:check-records', 'CHECK_RECORD:check-records']);
    const saved = await store.loadProgress(everyKindScenario.id);
    expect(saved?.read.ok).toBe(true);
    const play = saved?.read.ok ? saved.read.play : undefined;
    expect(play?.step).toBe(2);
    expect(play?.nodeTitle).toBe('Checking the records');
    expect(play?.transcript).toEqual(controller.session.transcript());
  });

  it('keeps the result and clears the saved play at the end, then ignores late actions', async () => {
    const { store, controller } = controllerFor();
    for (let i = 0; i < 50 && !controller.session.isOver(); i += 1) {
      // At the options node, an analysis first: the engine refuses a choice without one.
      for (const option of controller.view().analysis?.options ?? []) {
        controller.analyse({
          type: 'PICK_BENEFIT',
          optionId: option.id,
          itemId: option.benefits[0]!.id,
        });
        controller.analyse({ type: 'PICK_RISK', optionId: option.id, itemId: option.risks[0]!.id });
        controller.analyse({ type: 'RATE_RISK', optionId: option.id, level: 'medium' });
      }
      if (controller.view().analysis) controller.analyse({ type: 'PUT_TO', audience: 'customer' });
      controller.choose(controller.view().choices[0]!.id);
    }
    controller.timeOut();
    controller.choose('let-him-finish');
    await controller.settled();
    expect(controller.session.isOver()).toBe(true);
    expect(await store.loadProgress(everyKindScenario.id)).toBeUndefined();
    const results = await store.listResults();
    expect(results.map((record) => record.result.scenarioId)).toEqual([everyKindScenario.id]);
  });

  it('sends the countdown running out as an event the transcript keeps', () => {
    const { controller } = controllerFor();
    controller.timeOut();
    expect(controller.session.transcript().events).toEqual([{ type: 'TIMEOUT' }]);
    expect(controller.view().nodeId).toBe('shouts');
  });
});
