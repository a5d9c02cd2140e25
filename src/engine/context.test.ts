import { describe, expect, it } from 'vitest';
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import { buildScenario, choice, dialogue, ending } from './fixtures/build.ts';
import { chosenOf, decisionsOf, visitedOf } from './context.ts';
import { machineFor } from './machine.ts';

// The logs are shared between successive contexts; a branch from an older one must not see, or
// disturb, what a later one appended.
const scenario = buildScenario({
  nodes: {
    start: dialogue([choice('left', { next: 'hall' }), choice('right', { next: 'hall' })]),
    hall: dialogue([
      choice('on', { next: [{ if: { chose: 'left' }, to: 'went-left' }, { to: 'went-right' }] }),
    ]),
    'went-left': ending('resolved'),
    'went-right': ending('lost'),
  },
});
const machine = machineFor(scenario);
const input = { seed: 1, timing: 'off' as const };

describe('the shared logs', () => {
  it('keep each branch to its own history', () => {
    const start = getInitialSnapshot(machine, input);
    const left = getNextSnapshot(machine, start, { type: 'CHOOSE', choiceId: 'left' });
    const right = getNextSnapshot(machine, start, { type: 'CHOOSE', choiceId: 'right' });
    const leftEnd = getNextSnapshot(machine, left, { type: 'CHOOSE', choiceId: 'on' });
    const rightEnd = getNextSnapshot(machine, right, { type: 'CHOOSE', choiceId: 'on' });

    expect(chosenOf(start.context)).toEqual([]);
    expect(chosenOf(left.context)).toEqual(['left']);
    expect(chosenOf(right.context)).toEqual(['right']);
    expect(visitedOf(left.context)).toEqual(['start', 'hall']);
    expect(leftEnd.context.nodeId).toBe('went-left');
    expect(rightEnd.context.nodeId).toBe('went-right');
    expect(decisionsOf(left.context).map((each) => each.nodeId)).toEqual(['start']);
    expect(
      decisionsOf(rightEnd.context).map((each) => (each.kind === 'choice' ? each.choiceId : '')),
    ).toEqual(['right', 'on']);
  });

  it('survive a JSON round trip of an older context', () => {
    const start = getInitialSnapshot(machine, input);
    const left = getNextSnapshot(machine, start, { type: 'CHOOSE', choiceId: 'left' });
    getNextSnapshot(machine, left, { type: 'CHOOSE', choiceId: 'on' });
    const saved = JSON.parse(JSON.stringify(left.context)) as typeof left.context;
    expect(chosenOf(saved)).toEqual(['left']);
    expect(decisionsOf(saved)).toHaveLength(1);
  });
});
