import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coverageOf, evidencedIn, opportunitiesIn } from './coverage.ts';
import { scenarioSchema } from './schema.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const valid = scenarioSchema.parse(
  parse(readFileSync(join(fixtures, 'valid-minimal.yaml'), 'utf8')),
);

describe('coverage', () => {
  it('counts an opportunity for anything a decision touches, for better or worse', () => {
    expect(opportunitiesIn(valid)).toEqual({
      criteria: ['312.2.1'],
      techniques: ['listen', 'ask-questions-when-confused', 'adapt-communication'],
      range: ['312 range 1a', '312 range 2c', '312 range 3b'],
    });
    // Only positive evidence counts as evidencing (for the menu's list).
    expect(evidencedIn(valid).techniques).toEqual(['listen', 'ask-questions-when-confused']);
  });

  it('reports every catalogue item, with the scenarios that cover it', () => {
    const other = { ...valid, id: 'other', range: [] };
    const report = coverageOf([valid, other]);
    expect(report.scenarios).toBe(2);
    expect(report.criteria).toHaveLength(55);
    expect(report.rangeItems).toHaveLength(12);
    expect(report.techniques).toHaveLength(18);
    expect(report.criteria.find((row) => row.id === '312.2.1')).toEqual({
      id: '312.2.1',
      count: 2,
      scenarios: ['valid-minimal', 'other'],
    });
    expect(report.rangeItems.find((row) => row.id === '312 range 2c')?.count).toBe(1);
    expect(report.techniques.find((row) => row.id === 'remain-calm')?.count).toBe(0);
  });

  it('counts a knowledge criterion only where it is asked for: explain nodes and check questions', () => {
    const start = valid.nodes.greeting;
    if (start?.kind !== 'dialogue') throw new Error('valid-minimal starts with a dialogue');
    const [first, ...rest] = start.choices;
    if (first === undefined) throw new Error('no choice');
    const claimed = { ...first, criteria: { ...first.criteria, '312.3.3': 1 as const } };
    const acting = {
      ...valid,
      id: 'acting',
      nodes: { ...valid.nodes, greeting: { ...start, choices: [claimed, ...rest] } },
    };
    const explaining = {
      ...valid,
      id: 'explaining',
      nodes: {
        ...valid.nodes,
        greeting: {
          kind: 'explain' as const,
          question: 'What does the procedure say?',
          choices: [claimed, ...rest].map((choice, index) => ({ ...choice, correct: index === 0 })),
        },
      },
    };
    const check = {
      id: 'basics',
      title: 'Basics',
      questions: [
        {
          kind: 'choose' as const,
          id: 'q',
          prompt: 'Which?',
          criteria: ['312.3.5' as const, '312.2.1' as const],
          options: [
            { id: 'a', text: 'A', correct: true, why: 'Yes.' },
            { id: 'b', text: 'B', correct: false, why: 'No.' },
          ],
        },
      ],
    };
    const report = coverageOf([acting, explaining], [check]);
    expect(report.knowledgeChecks).toBe(1);
    const row = (id: string) => report.criteria.find((each) => each.id === id)?.scenarios;
    expect(row('312.3.3')).toEqual(['explaining']);
    expect(row('312.3.5')).toEqual(['basics']);
    // Answering a question is not acting: performance criteria come from scenarios only.
    expect(row('312.2.1')).toEqual(['acting', 'explaining']);
  });
});
