import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expressionFromMood, shownExpression } from './shown-expression.ts';
import { EXPRESSIONS, type ScenarioNode } from '../../scenario/schema.ts';

const level = fc.integer({ min: 0, max: 100 });

describe('the expression shown', () => {
  it('prefers what the author wrote', () => {
    const node = {
      kind: 'ending',
      outcome: 'resolved',
      epilogue: 'Done.',
      expression: 'relieved',
    } as const;
    expect(
      shownExpression({ node, viewExpression: null, mood: { anger: 90, confusion: 0, trust: 0 } }),
    ).toBe('relieved');
  });

  it("keeps the customer's face while someone else speaks", () => {
    const node: ScenarioNode = {
      kind: 'dialogue',
      speaker: { name: 'Imran Qureshi', role: "Mr Qureshi's son" },
      customer: 'Hi, sorry, it is Imran.',
      expression: 'anxious',
      choices: [{ id: 'ok', say: 'OK', stance: 'skilled', why: 'Fine.', next: 'end' }],
    };
    const mood = { anger: 10, confusion: 70, trust: 40 };
    expect(shownExpression({ node, viewExpression: 'anxious', mood, previous: 'annoyed' })).toBe(
      'annoyed',
    );
    expect(shownExpression({ node, viewExpression: 'anxious', mood })).toBe('confused');
  });

  it('reads the mood otherwise: furious when very angry, pleased when calm and trusting', () => {
    expect(expressionFromMood({ anger: 85, confusion: 10, trust: 10 })).toBe('furious');
    expect(expressionFromMood({ anger: 10, confusion: 0, trust: 100 })).toBe('pleased');
    expect(expressionFromMood({ anger: 20, confusion: 70, trust: 30 })).toBe('confused');
  });

  it('never shows a happy face on an angry customer', () => {
    fc.assert(
      fc.property(level, level, level, (anger, confusion, trust) => {
        const face = expressionFromMood({ anger, confusion, trust });
        expect(EXPRESSIONS).toContain(face);
        if (anger >= 45) expect(['pleased', 'relieved']).not.toContain(face);
      }),
    );
  });
});
