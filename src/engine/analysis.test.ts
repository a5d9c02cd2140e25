import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../scenario/schema.ts';
import { createActor } from 'xstate';
import { machineFor } from './machine.ts';
import { errorOf } from './fixtures/session-error.ts';
import { buildScenario, choice, ending } from './fixtures/build.ts';
import { items, weighScenario } from './fixtures/options.ts';
import { authorsAnalysisAt } from './fixtures/drive.ts';
import { startSession } from './session.ts';
import type { SessionEvent } from './types.ts';

const analysed = authorsAnalysisAt(weighScenario, 'start');

const benefitsShown = (seed: number, optionOrder?: 'authored'): string[] =>
  startSession({
    scenario: weighScenario,
    seed,
    timing: 'off',
    ...(optionOrder === undefined ? {} : { optionOrder }),
  })
    .view()
    .analysis?.options[0]?.benefits.map((item) => item.id) ?? [];

describe('the order the lists are shown in', () => {
  it('is drawn from the seed like every other set of options, so place gives nothing away', () => {
    const places = new Set<number>();
    for (let seed = 0; seed < 40; seed += 1) {
      const shown = benefitsShown(seed);
      expect([...shown].sort()).toEqual(['benefit-a', 'benefit-b', 'benefit-c']);
      expect(benefitsShown(seed)).toEqual(shown);
      places.add(shown.indexOf('benefit-a'));
    }
    expect([...places].sort()).toEqual([0, 1, 2]);
  });

  it("keeps the author's order with shuffling off", () => {
    expect(benefitsShown(5, 'authored')).toEqual(['benefit-a', 'benefit-b', 'benefit-c']);
  });
});

describe('the analysis at an options node', () => {
  it('refuses to put an option forward until every option is analysed, saying what is left', () => {
    const session = startSession({ scenario: weighScenario, seed: 1, timing: 'off' });
    const refused = errorOf(() => session.choose('offer-refund'));
    expect(refused.code).toBe('analysis-unfinished');
    expect(refused.message).toContain('“Refund”: its main benefit, its main risk');
    expect(refused.message).toContain('whom you put your choice to');
    // Everything but the party: still refused.
    analysed.slice(0, -1).forEach((event) => session.send(event));
    expect(session.can({ type: 'CHOOSE', choiceId: 'offer-refund' })).toBe(false);
    expect(session.view().analysis?.missing).toEqual(['whom you put your choice to']);
    session.send({ type: 'PUT_TO', audience: 'customer' });
    session.choose('offer-refund');
    expect(session.isOver()).toBe(true);
  });

  it('is the machine that holds the choice back until the analysis is done', () => {
    const actor = createActor(machineFor(weighScenario), {
      input: { seed: 1, timing: 'off' },
    }).start();
    const choose = { type: 'CHOOSE', choiceId: 'offer-refund' } as const;
    expect(actor.getSnapshot().can(choose)).toBe(false);
    analysed.forEach((event) => actor.send(event));
    expect(actor.getSnapshot().can(choose)).toBe(true);
  });

  it('refuses options, items and levels the node does not have, and analysis elsewhere', () => {
    const session = startSession({ scenario: weighScenario, seed: 1, timing: 'off' });
    const send = (event: SessionEvent) => errorOf(() => session.send(event)).code;
    expect(send({ type: 'PICK_BENEFIT', optionId: 'voucher', itemId: 'benefit-a' })).toBe(
      'unknown-option',
    );
    // An item of another option's list is not this option's.
    expect(send({ type: 'PICK_BENEFIT', optionId: 'refund', itemId: 'gain-a' })).toBe(
      'unknown-item',
    );
    expect(send({ type: 'PICK_RISK', optionId: 'refund', itemId: 'benefit-a' })).toBe(
      'unknown-item',
    );
    expect(send({ type: 'RATE_RISK', optionId: 'refund', level: 'dire' as unknown as 'low' })).toBe(
      'unknown-item',
    );
    const dialogue = startSession({
      scenario: buildScenario({
        nodes: {
          start: {
            kind: 'dialogue',
            customer: 'Hi.',
            expression: 'neutral',
            choices: [choice('hi')],
          },
          end: ending(),
        },
      }),
      seed: 1,
      timing: 'off',
    });
    expect(errorOf(() => dialogue.send({ type: 'PUT_TO', audience: 'customer' })).code).toBe(
      'wrong-node-kind',
    );
  });

  it('lets a later pick replace an earlier one, and logs the analysis when the node is left', () => {
    const session = startSession({ scenario: weighScenario, seed: 1, timing: 'off' });
    session.send({ type: 'PICK_BENEFIT', optionId: 'refund', itemId: 'benefit-b' });
    analysed.forEach((event) => session.send(event));
    session.send({ type: 'RATE_RISK', optionId: 'gift', level: 'medium' });
    session.choose('ask-manager');
    expect(session.context().decisions[0]).toMatchObject({
      kind: 'analysis',
      putTo: 'customer',
      putForward: 'gift',
      options: [
        { optionId: 'refund', benefit: 'benefit-a', risk: 'risk-a', rating: 'low' },
        { optionId: 'gift', benefit: 'gain-a', risk: 'danger-a', rating: 'medium' },
      ],
    });
  });

  it('never shows which item is right, and logs each list in the order it was shown', () => {
    const session = startSession({ scenario: weighScenario, seed: 5, timing: 'off' });
    const view = session.view();
    expect(JSON.stringify(view.analysis)).not.toContain('right');
    [...analysed, { type: 'CHOOSE', choiceId: 'offer-refund' } as const].forEach((event) =>
      session.send(event),
    );
    const logged = session.context().decisions[0];
    if (logged?.kind !== 'analysis') throw new Error('expected the analysis first');
    view.analysis?.options.forEach((option, index) => {
      expect(logged.options[index]?.shown).toEqual({
        benefits: option.benefits.map((item) => item.id),
        risks: option.risks.map((item) => item.id),
      });
    });
  });
});

describe('the options node schema', () => {
  const node = (benefits: unknown[]) => ({
    ...structuredClone(weighScenario),
    nodes: {
      ...structuredClone(weighScenario.nodes),
      start: {
        ...structuredClone(weighScenario.nodes.start),
        options: [
          {
            id: 'only',
            title: 'Only',
            benefits,
            risks: items('risk'),
            risk: 'low',
            riskNote: 'Fine.',
            putTo: 'customer',
          },
          {
            id: 'other',
            title: 'Other',
            benefits: items('b'),
            risks: items('r'),
            risk: 'low',
            riskNote: 'Fine.',
            putTo: 'customer',
          },
        ],
      },
    },
  });
  it('takes 3-4 short items per list and refuses the old pre-written matrix', () => {
    expect(scenarioSchema.safeParse(node(items('x'))).success).toBe(true);
    expect(scenarioSchema.safeParse(node(items('x').slice(0, 2))).success).toBe(false);
    expect(scenarioSchema.safeParse(node([...items('x'), ...items('y')])).success).toBe(false);
    expect(
      scenarioSchema.safeParse(
        node([...items('x').slice(0, 2), { id: 'long', text: 'x'.repeat(91) }]),
      ).success,
    ).toBe(false);
    const old = node(items('x'));
    (old.nodes.start as { options: Record<string, unknown>[] }).options[0] = {
      id: 'only',
      title: 'Only',
      customer: { benefits: ['Money back'], drawbacks: ['None'] },
      organisation: { benefits: ['Quick'], drawbacks: ['Cost'] },
      risk: 'low',
      riskNote: 'Fine.',
    };
    expect(scenarioSchema.safeParse(old).success).toBe(false);
  });
});
