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
});
