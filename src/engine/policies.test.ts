import { describe, expect, it } from 'vitest';
import { SessionError } from './errors.ts';
import { choice, dialogue, explain, oneMoment } from './fixtures/build.ts';
import { loadFixture } from './fixtures/load.ts';
import { playPolicy, type PolicyName } from './policies.ts';
import type { SessionEvent } from './types.ts';

// Stances and evidence disagree on purpose: policies must follow the stance.
const stances = oneMoment(
  dialogue(
    [
      choice('placate', { stance: 'placating', techniques: { listen: 2 } }),
      choice('dismiss', { stance: 'dismissive', techniques: { listen: 2 } }),
      choice('skilled', { stance: 'skilled', techniques: { listen: -2 } }),
      choice('argue', { stance: 'argumentative', techniques: { listen: 2 } }),
      choice('unsafe', { stance: 'unsafe', techniques: { listen: 2 } }),
    ],
    { timeout: { seconds: 5, stance: 'dismissive', why: 'Silence.', next: 'end' } },
  ),
);

/** The policy's first move on `stances`, with the countdown running. */
const firstMove = (policy: PolicyName): SessionEvent | undefined =>
  playPolicy({ scenario: stances, policy, seed: 1, timing: 'standard' }).events[0];

describe('policies choose by stance, never by evidence', () => {
  it('best takes the skilled option', () => {
    expect(firstMove('best')).toEqual({ type: 'CHOOSE', choiceId: 'skilled' });
  });

  it('worst takes the unsafe option first', () => {
    expect(firstMove('worst')).toEqual({ type: 'CHOOSE', choiceId: 'unsafe' });
  });

  it('argue takes the argumentative option, and otherwise behaves like worst', () => {
    expect(firstMove('argue')).toEqual({ type: 'CHOOSE', choiceId: 'argue' });
    const meter = loadFixture('fixture-meter-letter');
    const worst = playPolicy({ scenario: meter, policy: 'worst', seed: 1, timing: 'off' });
    const argue = playPolicy({ scenario: meter, policy: 'argue', seed: 1, timing: 'off' });
    expect(argue.events[0]).toEqual({ type: 'CHOOSE', choiceId: 'just-read-it' });
    expect(argue.events.slice(1)).toEqual(worst.events.slice(1));
  });

  it('best falls back to adequate, worst to placating', () => {
    const scenario = oneMoment(
      dialogue([
        choice('placate', { stance: 'placating' }),
        choice('fine', { stance: 'adequate' }),
      ]),
    );
    expect(playPolicy({ scenario, policy: 'best', seed: 1, timing: 'off' }).events).toEqual([
      { type: 'CHOOSE', choiceId: 'fine' },
    ]);
    expect(playPolicy({ scenario, policy: 'worst', seed: 1, timing: 'off' }).events).toEqual([
      { type: 'CHOOSE', choiceId: 'placate' },
    ]);
  });

  it('answers an explain question by `correct`, not by any stance the answers carry', () => {
    const scenario = oneMoment(
      explain([
        choice('wrong', { stance: 'skilled', correct: false }),
        choice('right', { stance: 'unsafe', correct: true }),
      ]),
    );
    for (const policy of ['best', 'worst', 'argue'] as const) {
      expect(playPolicy({ scenario, policy, seed: 1, timing: 'off' }).events).toEqual([
        { type: 'CHOOSE', choiceId: policy === 'best' ? 'right' : 'wrong' },
      ]);
    }
  });

  it('random is repeatable for a seed, varies across seeds, and may let the timer run out', () => {
    const first = (seed: number, timing: 'standard' | 'off') =>
      JSON.stringify(playPolicy({ scenario: stances, policy: 'random', seed, timing }).events[0]);
    expect(first(4, 'standard')).toBe(first(4, 'standard'));
    const seen = new Set(Array.from({ length: 200 }, (_, seed) => first(seed, 'standard')));
    expect(seen.size).toBe(6);
    expect(seen).toContain(JSON.stringify({ type: 'TIMEOUT' }));
    const untimed = new Set(Array.from({ length: 200 }, (_, seed) => first(seed, 'off')));
    expect(untimed).not.toContain(JSON.stringify({ type: 'TIMEOUT' }));
  });
});

describe('layout policies play the screen, not the customer', () => {
  const lengths = oneMoment(
    dialogue([
      choice('middling', { say: 'A reply of middling length.' }),
      choice('long', { say: 'A much longer reply with many more words in it than the others.' }),
      choice('short', { say: 'No.' }),
      choice('also-middling', { say: 'Another reply, middling.' }),
    ]),
  );
  const move = (policy: PolicyName, seed: number, optionOrder?: 'authored') =>
    playPolicy({
      scenario: lengths,
      policy,
      seed,
      timing: 'off',
      ...(optionOrder === undefined ? {} : { optionOrder }),
    }).events[0];

  it('longest and shortest go by the text, wherever it is shown', () => {
    for (let seed = 0; seed < 10; seed += 1) {
      expect(move('longest', seed)).toEqual({ type: 'CHOOSE', choiceId: 'long' });
      expect(move('shortest', seed)).toEqual({ type: 'CHOOSE', choiceId: 'short' });
    }
  });

  it("first takes the first option as shown: a different one across seeds, the author's when unshuffled", () => {
    const firsts = new Set(
      Array.from({ length: 20 }, (_, seed) => JSON.stringify(move('first', seed))),
    );
    expect(firsts.size).toBeGreaterThan(2);
    expect(move('first', 3, 'authored')).toEqual({ type: 'CHOOSE', choiceId: 'middling' });
  });

  it('picks log entries by layout too and opens no records', () => {
    const headphones = loadFixture('fixture-headphones');
    const log = { ...headphones, start: 'log' };
    const node = headphones.nodes.log;
    if (node?.kind !== 'record') throw new Error('the fixture has a log node');
    const { events } = playPolicy({ scenario: log, policy: 'longest', seed: 2, timing: 'off' });
    const longestOf = node.fields.map(
      (field) => [...field.entries].sort((a, b) => b.text.length - a.text.length)[0]?.id,
    );
    expect(events.flatMap((e) => (e.type === 'FILL_FIELD' ? [e.entryId] : []))).toEqual(longestOf);
    const check = { ...headphones, start: 'check' };
    const first = playPolicy({ scenario: check, policy: 'first', seed: 2, timing: 'off' });
    expect(first.events.filter((e) => e.type === 'CHECK_RECORD')).toEqual([]);
  });
});

describe('policies on records and fields', () => {
  const headphones = loadFixture('fixture-headphones');
  const checks = (events: SessionEvent[]) =>
    events.flatMap((event) => (event.type === 'CHECK_RECORD' ? [event.recordId] : []));
  const fills = (events: SessionEvent[]) =>
    events.flatMap((event) => (event.type === 'FILL_FIELD' ? [event.entryId] : []));

  it('best opens the relevant records and fills accurate entries', () => {
    const { events } = playPolicy({ scenario: headphones, policy: 'best', seed: 1, timing: 'off' });
    expect(checks(events)).toEqual(['order', 'returns-policy']);
    expect(fills(events)).toEqual(['accurate-nature', 'accurate-outcome']);
  });

  it('worst opens only irrelevant records and fills inaccurate entries', () => {
    const scenario = { ...headphones, start: 'check' };
    const { events } = playPolicy({ scenario, policy: 'worst', seed: 1, timing: 'off' });
    expect(checks(events)).toEqual(['marketing']);
    const logged = playPolicy({
      scenario: { ...headphones, start: 'log' },
      policy: 'worst',
      seed: 1,
      timing: 'off',
    });
    expect(fills(logged.events)).toEqual(['vague-nature', 'nothing-outcome']);
  });

  it('random opens each record about half the time', () => {
    const scenario = { ...headphones, start: 'check' };
    const opened = Array.from({ length: 100 }, (_, seed) =>
      checks(playPolicy({ scenario, policy: 'random', seed, timing: 'off' }).events),
    );
    const orderShare = opened.filter((ids) => ids.includes('order')).length;
    expect(orderShare).toBeGreaterThan(25);
    expect(orderShare).toBeLessThan(90);
  });
});

describe('the step bound', () => {
  it('throws when a policy cannot reach an ending', () => {
    const loop = oneMoment(
      dialogue([
        choice('again', { stance: 'skilled', next: 'start' }),
        choice('leave', { stance: 'dismissive' }),
      ]),
    );
    const goRound = () =>
      playPolicy({ scenario: loop, policy: 'best', seed: 1, timing: 'off', maxSteps: 50 });
    expect(goRound).toThrow(SessionError);
    expect(goRound).toThrow(/within 50 steps/);
    expect(
      playPolicy({ scenario: loop, policy: 'worst', seed: 1, timing: 'off' }).events,
    ).toHaveLength(1);
  });
});
