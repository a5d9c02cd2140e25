import { describe, expect, it } from 'vitest';
import { createActor, getInitialSnapshot, getNextSnapshot, transition } from 'xstate';
import { buildScenario, choice, ending } from './fixtures/build.ts';
import { loadFixture } from './fixtures/load.ts';
import { authorsAnalysisAt } from './fixtures/drive.ts';
import { compileScenario } from './machine.ts';

// XState's own testing patterns: pure transitions on snapshots, no actors or timers needed.
const scenario = buildScenario({
  mood: { anger: 70, confusion: 10, trust: 30 },
  nodes: {
    start: {
      kind: 'dialogue',
      customer: 'Well?',
      expression: 'annoyed',
      timeout: {
        seconds: 10,
        stance: 'dismissive',
        mood: { anger: 10 },
        why: 'Silence.',
        next: [{ if: { anger: { atLeast: 90 } }, to: 'lost' }, { to: 'start' }],
      },
      choices: [
        choice('listen', { stance: 'skilled', mood: { anger: -30 }, next: 'check' }),
        choice('argue', {
          stance: 'argumentative',
          mood: { anger: 25 },
          next: [{ if: { anger: { atLeast: 90 } }, to: 'lost' }, { to: 'check' }],
        }),
        choice('guess', { next: [{ if: { checked: 'order' }, to: 'end' }] }),
      ],
    },
    check: {
      kind: 'investigate',
      prompt: 'Check.',
      records: [{ id: 'order', title: 'Order', body: ['Bought.'], relevant: true, why: 'Needed.' }],
      choices: [
        choice('done', { next: [{ if: { checked: 'order' }, to: 'end' }, { to: 'lost' }] }),
      ],
    },
    end: ending('resolved'),
    lost: ending('lost'),
  },
});
const machine = compileScenario(scenario);
const input = { seed: 7, timing: 'standard' as const };

describe('compileScenario', () => {
  it('starts at the start node with the customer mood and the start visited', () => {
    const snapshot = getInitialSnapshot(machine, input);
    expect(snapshot.value).toBe('start');
    expect(snapshot.context.mood).toEqual({ anger: 70, confusion: 10, trust: 30 });
    expect(snapshot.context.visited).toEqual(['start']);
    expect(snapshot.context.step).toBe(0);
  });

  it('has a state per node, with endings final', () => {
    expect(Object.keys(machine.states).sort()).toEqual(['check', 'end', 'lost', 'start']);
    expect(machine.states.end?.type).toBe('final');
    expect(machine.states.start?.type).toBe('atomic');
  });

  it('follows a choice and applies its consequences', () => {
    const start = getInitialSnapshot(machine, input);
    const next = getNextSnapshot(machine, start, { type: 'CHOOSE', choiceId: 'listen' });
    expect(next.value).toBe('check');
    expect(next.context.mood.anger).toBe(40);
    expect(next.context.chosen).toEqual(['listen']);
    expect(next.context.decisions).toHaveLength(1);
  });

  it('judges routes after the choice changes the mood', () => {
    const start = getInitialSnapshot(machine, input);
    const [next] = transition(machine, start, { type: 'CHOOSE', choiceId: 'argue' });
    expect(next.value).toBe('lost');
    expect(next.status).toBe('done');
  });

  it('ignores a choice whose routes all fail (the session turns that into an error)', () => {
    const start = getInitialSnapshot(machine, input);
    expect(start.can({ type: 'CHOOSE', choiceId: 'guess' })).toBe(false);
    expect(start.can({ type: 'CHOOSE', choiceId: 'nonsense' })).toBe(false);
  });

  it('times out along the timeout routes, re-entering the same node', () => {
    const start = getInitialSnapshot(machine, input);
    const once = getNextSnapshot(machine, start, { type: 'TIMEOUT' });
    expect(once.value).toBe('start');
    expect(once.context.mood.anger).toBe(80);
    expect(once.context.enteredAtStep).toBe(1);
    const twice = getNextSnapshot(machine, once, { type: 'TIMEOUT' });
    expect(twice.value).toBe('lost');
  });

  it('has no countdown when timing is off', () => {
    const start = getInitialSnapshot(machine, { seed: 7, timing: 'off' });
    expect(start.can({ type: 'TIMEOUT' })).toBe(false);
  });

  it('opens records as a self-transition that a later route can see', () => {
    const atCheck = getNextSnapshot(machine, getInitialSnapshot(machine, input), {
      type: 'CHOOSE',
      choiceId: 'listen',
    });
    expect(atCheck.can({ type: 'CHECK_RECORD', recordId: 'missing' })).toBe(false);
    const opened = getNextSnapshot(machine, atCheck, { type: 'CHECK_RECORD', recordId: 'order' });
    expect(opened.value).toBe('check');
    expect(opened.context.checked).toEqual(['order']);
    expect(opened.context.enteredAtStep).toBe(1);
    expect(getNextSnapshot(machine, opened, { type: 'CHOOSE', choiceId: 'done' }).value).toBe(
      'end',
    );
    expect(getNextSnapshot(machine, atCheck, { type: 'CHOOSE', choiceId: 'done' }).value).toBe(
      'lost',
    );
  });

  it('fills fields only on record nodes, with entries the field has', () => {
    const fixture = loadFixture('fixture-headphones');
    const actor = createActor(compileScenario(fixture), { input }).start();
    expect(
      actor
        .getSnapshot()
        .can({ type: 'FILL_FIELD', fieldId: 'nature', entryId: 'accurate-nature' }),
    ).toBe(false);
    for (const choiceId of ['let-her-finish', 'ask-details'])
      actor.send({ type: 'CHOOSE', choiceId });
    actor.send({ type: 'CHECK_RECORD', recordId: 'order' });
    actor.send({ type: 'CHOOSE', choiceId: 'justified' });
    for (const event of authorsAnalysisAt(fixture, 'weigh')) actor.send(event);
    actor.send({ type: 'CHOOSE', choiceId: 'offer-refund' });
    expect(actor.getSnapshot().value).toBe('log');
    expect(
      actor.getSnapshot().can({ type: 'FILL_FIELD', fieldId: 'nature', entryId: 'nope' }),
    ).toBe(false);
    actor.send({ type: 'FILL_FIELD', fieldId: 'nature', entryId: 'accurate-nature' });
    expect(actor.getSnapshot().context.filled).toEqual({ log: { nature: 'accurate-nature' } });
    actor.stop();
  });

  it('persists and restores through XState snapshots', () => {
    const actor = createActor(machine, { input }).start();
    actor.send({ type: 'CHOOSE', choiceId: 'listen' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as ReturnType<
      typeof actor.getPersistedSnapshot
    >;
    actor.stop();
    const restored = createActor(machine, { snapshot: saved, input }).start();
    expect(restored.getSnapshot().value).toBe('check');
    expect(restored.getSnapshot().context.mood.anger).toBe(40);
    restored.stop();
  });
});
