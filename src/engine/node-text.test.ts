import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../scenario/schema.ts';
import { buildScenario, choice, dialogue } from './fixtures/build.ts';
import { allLinesOf, resolveConditional } from './node-text.ts';
import { startSession } from './session.ts';

/*
 * A small story that remembers: the back office greets you differently if you have been there, the
 * ending depends on a flag, and the customer's parting words on her mood as it stands on arrival.
 */
const scenario = buildScenario({
  mood: { anger: 50, confusion: 10, trust: 40 },
  nodes: {
    start: dialogue([
      choice('pay-cash', { sets: ['refund-cash'], mood: { anger: -30 }, next: 'office' }),
      choice('card-refund', { mood: { anger: 20 }, next: 'office' }),
    ]),
    office: {
      kind: 'follow-up',
      prompt: [
        { if: { visited: 'office' }, text: 'Back in the office again.' },
        { text: 'The office is quiet.' },
      ],
      choices: [
        choice('look-again', { next: 'office', sets: ['looked'] }),
        choice('finish', { next: 'end' }),
      ],
    },
    end: {
      kind: 'ending',
      outcome: 'resolved',
      customer: [
        { if: { anger: { atMost: 30 } }, text: 'Thank you, that was quick.' },
        { text: { variants: ['Fine.', 'Right.'] } },
      ],
      epilogue: [
        { if: { flag: 'refund-cash' }, text: 'Grace left with £89.99 in cash from the float.' },
        { if: { visited: 'office' }, text: 'The refund went back on her card.' },
        { text: 'Nobody remembers how it ended.' },
      ],
    },
  },
});

const play = (choices: string[]) => {
  const session = startSession({ scenario, seed: 7, timing: 'off', optionOrder: 'authored' });
  for (const id of choices) session.choose(id);
  return session;
};

describe('conditional text', () => {
  it('the schema takes a list with a default last and refuses a one-entry list', () => {
    expect(scenario.nodes.end?.kind).toBe('ending');
    const oneEntry = structuredClone(scenario) as { nodes: Record<string, { epilogue?: unknown }> };
    (oneEntry.nodes.end as { epilogue: unknown }).epilogue = [{ text: 'Only one.' }];
    expect(scenarioSchema.safeParse(oneEntry).success).toBe(false);
    const stray = structuredClone(scenario) as { nodes: Record<string, unknown> };
    (stray.nodes.end as { epilogue: unknown }).epilogue = [
      { if: { flag: 'refund-cash' }, text: 'A', to: 'x' },
      { text: 'B' },
    ];
    expect(scenarioSchema.safeParse(stray).success).toBe(false);
  });

  it('picks the epilogue by flag: the cash refund is not described as a card refund', () => {
    const view = play(['pay-cash', 'finish']).view();
    expect(view.ending?.epilogue).toBe('Grace left with £89.99 in cash from the float.');
    expect(view.text.epilogue).toBe('Grace left with £89.99 in cash from the float.');
    expect(play(['card-refund', 'finish']).view().ending?.epilogue).toBe(
      'The refund went back on her card.',
    );
  });

  it('reads visits before the arrival counts: a node knows only earlier visits of itself', () => {
    const session = play(['card-refund']);
    expect(session.view().text.prompt).toBe('The office is quiet.');
    session.choose('look-again');
    expect(session.view().text.prompt).toBe('Back in the office again.');
  });

  it('reads the mood as it stands on arrival, after the choice that led there', () => {
    // pay-cash brings anger from 50 to 20: calm on arrival.
    expect(play(['pay-cash', 'finish']).view().customerLine).toBe('Thank you, that was quick.');
    // card-refund takes it to 70: the default, and its seeded variants still apply.
    expect(['Fine.', 'Right.']).toContain(play(['card-refund', 'finish']).view().customerLine);
  });

  it('keeps the text read on arrival while the learner stays at the node', () => {
    const session = play(['card-refund']);
    const before = session.view().text.prompt;
    session.choose('look-again');
    session.choose('look-again');
    expect(before).toBe('The office is quiet.');
    expect(session.view().text.prompt).toBe('Back in the office again.');
  });

  it('logs the prompt as read for the debrief', () => {
    const session = play(['card-refund', 'look-again', 'finish']);
    const prompts = session
      .context()
      .decisions.filter((decision) => decision.nodeId === 'office')
      .map((decision) => decision.prompt);
    expect(prompts).toEqual(['The office is quiet.', 'Back in the office again.']);
  });

  it('falls back to the last entry when nothing holds, and lists every reading', () => {
    const context = {
      mood: { anger: 0, confusion: 0, trust: 0 },
      visited: [],
      chosen: [],
      checked: [],
      flags: [],
    };
    expect(
      resolveConditional(
        [
          { if: { flag: 'x' }, text: 'a' },
          { if: { flag: 'y' }, text: 'b' },
        ],
        context,
      ),
    ).toBe('b');
    expect(resolveConditional('plain', context)).toBe('plain');
    const end = scenario.nodes.end;
    expect(end?.kind === 'ending' ? allLinesOf(end.customer) : []).toEqual([
      'Thank you, that was quick.',
      'Fine.',
      'Right.',
    ]);
  });
});
