import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyseScenario } from '../analyse.ts';
import { rangeOf } from '../coverage.ts';
import { scenarioSchema, type Scenario } from '../schema.ts';

/** The language authors asked for: traits, four-word justified, right answers, feedback direction. */

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const raw = parse(readFileSync(join(fixtures, 'valid-minimal.yaml'), 'utf8')) as Record<
  string,
  unknown
>;

type Data = {
  customer: Record<string, unknown>;
  complaint: Record<string, unknown>;
  range: string[];
  nodes: Record<string, Record<string, unknown>>;
};
const edited = (edit: (data: Data) => void): unknown => {
  const data = structuredClone(raw) as unknown as Data;
  edit(data);
  return data;
};
const scenario = (edit: (data: Data) => void): Scenario => scenarioSchema.parse(edited(edit));
const findings = (value: Scenario) =>
  analyseScenario(value, { file: 's.yaml' }).diagnostics.map((each) => ({
    code: each.code,
    severity: each.severity,
    message: each.message,
  }));
const codes = (value: Scenario): string[] => findings(value).map((each) => each.code);

const explainGreeting = (answers: Record<string, unknown>[]) => (data: Data) => {
  const greeting = data.nodes.greeting as { choices: Record<string, unknown>[] };
  data.nodes.greeting = {
    kind: 'explain',
    question: 'What does the law say about a kettle that will not switch off?',
    choices: greeting.choices.map((choice, index) => ({ ...choice, ...answers[index] })),
  };
};

describe('customer traits', () => {
  it('takes several traits, but none twice and never none', () => {
    expect(
      scenario((data) => (data.customer.traits = ['angry', 'hard-of-hearing'])).customer.traits,
    ).toEqual(['angry', 'hard-of-hearing']);
    expect(
      scenarioSchema.safeParse(edited((data) => (data.customer.traits = ['angry', 'angry'])))
        .success,
    ).toBe(false);
    expect(scenarioSchema.safeParse(edited((data) => (data.customer.traits = []))).success).toBe(
      false,
    );
    expect(
      scenarioSchema.safeParse(edited((data) => (data.customer.persona = 'angry'))).success,
    ).toBe(false);
  });

  it('bears out a range claim by any one trait', () => {
    const unusual = scenario((data) => (data.customer.traits = ['unusual']));
    expect(findings(unusual)).toContainEqual(
      expect.objectContaining({ code: 'range-not-evidenced', severity: 'error' }),
    );
    const both = scenario((data) => {
      data.customer.traits = ['unusual', 'confused'];
      data.range = [...data.range, '312 range 3c'];
    });
    expect(codes(both)).toEqual([]);
  });

  it('brings each trait its range item, claimed or not', () => {
    const value = scenario((data) => {
      data.customer.traits = ['angry', 'hard-of-hearing'];
      data.range = ['312 range 1a'];
    });
    expect(rangeOf(value)).toEqual(['312 range 1a', '312 range 3a', '312 range 3b']);
  });
});

describe('complaint.justified in four words', () => {
  it('evidences justified for yes, unjustified for no, both for partly and neither for not yet known', () => {
    const claims = (justified: string) =>
      findings(
        scenario((data) => {
          data.complaint.justified = justified;
          data.range = ['312 range 1a', '312 range 1b', '312 range 3b'];
        }),
      )
        .filter((each) => each.code === 'range-not-evidenced')
        .map((each) => each.message.slice(0, 14));
    expect(claims('yes')).toEqual(["'312 range 1b'"]);
    expect(claims('no')).toEqual(["'312 range 1a'"]);
    expect(claims('partly')).toEqual([]);
    expect(claims('not-yet-known')).toEqual(["'312 range 1a'", "'312 range 1b'"]);
  });

  it('refuses the old true and false', () => {
    expect(
      scenarioSchema.safeParse(edited((data) => (data.complaint.justified = true))).success,
    ).toBe(false);
  });
});

describe('explain answers', () => {
  it('need `correct`, and at least one right answer per node', () => {
    expect(scenarioSchema.safeParse(edited(explainGreeting([{}, {}]))).success).toBe(false);
    const none = scenario(explainGreeting([{ correct: false }, { correct: false }]));
    expect(findings(none)).toContainEqual(
      expect.objectContaining({ code: 'no-correct-answer', severity: 'error' }),
    );
    const right = scenario(
      explainGreeting([
        { correct: true, stance: undefined },
        { correct: false, stance: undefined },
      ]),
    );
    expect(codes(right)).not.toContain('no-correct-answer');
    expect(codes(right)).not.toContain('no-skilled-option');
  });

  it('warn when a wrong answer carries more evidence than every right one', () => {
    const value = scenario(
      explainGreeting([
        { correct: false },
        { correct: true, techniques: undefined, law: undefined },
      ]),
    );
    expect(codes(value)).toContain('wrong-answer-outscores');
  });
});

describe('colleague feedback direction', () => {
  const feedback = (direction: string) => (data: Data) => {
    data.nodes.word = {
      kind: 'colleague-feedback',
      direction,
      colleague: { name: 'Sam Hale', role: 'Sales assistant' },
      line: 'Was that the kettle lady? I told her to ring the manufacturer.',
      choices: [
        {
          id: 'explain-privately',
          say: 'Explain privately that the shop, not the maker, puts a faulty kettle right.',
          stance: 'skilled',
          criteria: { '312.2.7': 2 },
          why: 'Feedback in private helps a colleague avoid the same complaint.',
          next: 'resolved',
        },
        {
          id: 'ignore',
          say: 'Say nothing and get back to the till.',
          stance: 'dismissive',
          criteria: { '312.2.7': -1 },
          why: 'The same advice will bring the same complaint back.',
          next: 'resolved',
        },
      ],
    };
    const greeting = data.nodes.greeting as { choices: Record<string, unknown>[] };
    for (const choice of greeting.choices) choice.next = 'word';
  };

  it('takes giving-feedback evidence where the learner gives it, not where they receive it', () => {
    expect(codes(scenario(feedback('given')))).not.toContain('feedback-direction');
    expect(codes(scenario(feedback('received')))).toContain('feedback-direction');
    expect(scenarioSchema.safeParse(edited(feedback('sideways'))).success).toBe(false);
  });
});
