import { describe, expect, it } from 'vitest';
import { analyseKnowledgeCheck } from './content-checks.ts';
import { loadKnowledgeCheckText } from './load.ts';

describe('knowledge checks give nothing away either', () => {
  const check = (answers: string) =>
    loadKnowledgeCheckText(
      `id: basics\ntitle: B\nquestions:\n  - kind: choose\n    id: q\n    prompt: P?\n    criteria: ["312.3.7"]\n    options:\n${answers}`,
      { file: 'c.yaml' },
    );
  const warnings = (answers: string) => {
    const loaded = check(answers);
    if (loaded.knowledgeCheck === undefined) throw new Error('the check did not load');
    return analyseKnowledgeCheck(loaded.knowledgeCheck, {
      file: 'c.yaml',
      positions: loaded.positions,
    }).map((each) => each.code);
  };

  it('warns when the right answer is pinned, or the longest at most questions', () => {
    const fair =
      '      - { id: a, text: Right answer., correct: true, why: W. }\n      - { id: b, text: Wrong answer., correct: false, why: W. }\n';
    expect(warnings(fair)).toEqual([]);
    expect(warnings(fair.replace('correct: true,', 'correct: true, pin: first,'))).toEqual([
      'skilled-pinned',
    ]);
    expect(warnings(fair.replace('Right answer.', 'The right answer at great length.'))).toEqual([
      'skilled-longest',
    ]);
  });

  const codesOf = (question: string) => {
    const loaded = loadKnowledgeCheckText(`id: basics\ntitle: B\nquestions:\n${question}`, {
      file: 'c.yaml',
    });
    if (loaded.knowledgeCheck === undefined)
      throw new Error(loaded.diagnostics.map((each) => each.message).join('; '));
    return analyseKnowledgeCheck(loaded.knowledgeCheck, {
      file: 'c.yaml',
      positions: loaded.positions,
    }).map((each) => `${each.severity} ${each.code}`);
  };

  it('refuses order steps used twice, and warns when length gives the order away', () => {
    const order = (steps: string) =>
      `  - kind: order\n    id: q\n    prompt: P?\n    criteria: ["312.3.3"]\n    why: W.\n    steps:\n${steps}`;
    const fair =
      '      - { id: a, text: A middling one }\n      - { id: b, text: The longest step here }\n      - { id: c, text: Short }\n';
    expect(codesOf(order(fair))).toEqual([]);
    expect(codesOf(order(fair.replace('id: b', 'id: a')))).toEqual(['error duplicate-id']);
    expect(codesOf(order(fair.replace('Short', 'A middling one')))).toEqual([
      'error duplicate-text',
    ]);
    expect(codesOf(order(fair.replace('Short', 'The longest step of them all and more')))).toEqual([
      'warning order-by-length',
    ]);
  });

  it('needs exactly one wrong statement in a spot-the-misconception question', () => {
    const spot = (wrong: [boolean, boolean, boolean]) =>
      `  - kind: spot-misconception\n    id: q\n    prompt: P?\n    criteria: ["312.3.7"]\n    misconception: sorry-admits-liability\n    statements:\n${wrong
        .map(
          (each, index) =>
            `      - { id: s${index}, text: Statement ${index}., wrong: ${each}, why: W. }\n`,
        )
        .join('')}`;
    expect(codesOf(spot([false, true, false]))).toEqual([]);
    expect(codesOf(spot([false, false, false]))).toEqual(['error one-wrong-statement']);
    expect(codesOf(spot([true, true, false]))).toEqual(['error one-wrong-statement']);
  });
});
