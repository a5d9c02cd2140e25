import { describe, expect, it } from 'vitest';
import {
  conditionHolds,
  firstHoldingRoute,
  resolveNext,
  type ConditionContext,
} from './conditions.ts';

const context: ConditionContext = {
  mood: { anger: 60, confusion: 20, trust: 40 },
  visited: ['opening', 'check'],
  chosen: ['listen-first'],
  checked: ['order'],
  flags: ['asked-details'],
};

describe('conditionHolds', () => {
  it('holds for an empty condition', () => {
    expect(conditionHolds({}, context)).toBe(true);
  });

  it('checks mood bounds inclusively', () => {
    expect(conditionHolds({ anger: { atLeast: 60 } }, context)).toBe(true);
    expect(conditionHolds({ anger: { atLeast: 61 } }, context)).toBe(false);
    expect(conditionHolds({ anger: { atMost: 60 } }, context)).toBe(true);
    expect(conditionHolds({ anger: { atMost: 59 } }, context)).toBe(false);
    expect(conditionHolds({ confusion: { atLeast: 10, atMost: 30 } }, context)).toBe(true);
    expect(conditionHolds({ trust: { atLeast: 50 } }, context)).toBe(false);
  });

  it('checks visited nodes, choices made, records opened and flags', () => {
    expect(conditionHolds({ visited: 'check' }, context)).toBe(true);
    expect(conditionHolds({ visited: 'weigh' }, context)).toBe(false);
    expect(conditionHolds({ chose: 'listen-first' }, context)).toBe(true);
    expect(conditionHolds({ chose: 'argue' }, context)).toBe(false);
    expect(conditionHolds({ checked: 'order' }, context)).toBe(true);
    expect(conditionHolds({ checked: 'policy' }, context)).toBe(false);
    expect(conditionHolds({ flag: 'asked-details' }, context)).toBe(true);
    expect(conditionHolds({ flag: 'promised' }, context)).toBe(false);
  });

  it('needs every key present to hold', () => {
    expect(conditionHolds({ flag: 'asked-details', trust: { atLeast: 40 } }, context)).toBe(true);
    expect(conditionHolds({ flag: 'asked-details', trust: { atLeast: 41 } }, context)).toBe(false);
  });

  it('holds `any` when one of its conditions does, `not` when its condition does not', () => {
    expect(conditionHolds({ any: [{ flag: 'nope' }, { checked: 'order' }] }, context)).toBe(true);
    expect(conditionHolds({ any: [{ flag: 'nope' }, { checked: 'nope' }] }, context)).toBe(false);
    expect(conditionHolds({ not: { checked: 'order' } }, context)).toBe(false);
    expect(conditionHolds({ not: { checked: 'policy' } }, context)).toBe(true);
    expect(
      conditionHolds(
        { not: { any: [{ flag: 'x' }, { not: { flag: 'asked-details' } }] } },
        context,
      ),
    ).toBe(true);
  });
});

describe('routes', () => {
  const next = [
    { if: { anger: { atLeast: 80 } }, to: 'manager' },
    { if: { checked: 'order' }, to: 'weigh' },
    { to: 'check' },
  ];

  it('takes the first route whose condition holds', () => {
    expect(resolveNext(next, context)).toBe('weigh');
    expect(firstHoldingRoute(next, context)).toBe(1);
    expect(resolveNext(next, { ...context, mood: { ...context.mood, anger: 90 } })).toBe('manager');
    expect(resolveNext(next, { ...context, checked: [] })).toBe('check');
  });

  it('gives null when no route holds, and the node itself for a plain id', () => {
    expect(resolveNext([{ if: { flag: 'never' }, to: 'x' }], context)).toBeNull();
    expect(resolveNext('weigh', context)).toBe('weigh');
  });
});
