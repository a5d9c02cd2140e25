import { describe, expect, it, vi } from 'vitest';
import { errorOf } from './fixtures/session-error.ts';
import { loadFixture } from './fixtures/load.ts';
import { authorsAnalysisAt } from './fixtures/drive.ts';
import { contentHash } from './hash.ts';
import { replayAsFarAsItGoes, sessionAtStep, startSession, type Session } from './session.ts';
import type { SessionEvent, Transcript } from './types.ts';
import { allLinesOf } from './node-text.ts';

const headphones = loadFixture('fixture-headphones');
const meter = loadFixture('fixture-meter-letter');

/** The author's analysis at the options node "weigh" (ten events). */
const analysis = authorsAnalysisAt(loadFixture('fixture-headphones'), 'weigh');
const A = analysis.length;

/** The best route through the headphones fixture, as events. */
const goodPlay: SessionEvent[] = [
  { type: 'CHOOSE', choiceId: 'let-her-finish' },
  { type: 'CHOOSE', choiceId: 'ask-details' },
  { type: 'CHECK_RECORD', recordId: 'order' },
  { type: 'CHECK_RECORD', recordId: 'returns-policy' },
  { type: 'CHOOSE', choiceId: 'justified' },
  ...analysis,
  { type: 'CHOOSE', choiceId: 'offer-refund' },
  { type: 'FILL_FIELD', fieldId: 'nature', entryId: 'accurate-nature' },
  { type: 'FILL_FIELD', fieldId: 'outcome', entryId: 'accurate-outcome' },
  { type: 'CHOOSE', choiceId: 'save-log' },
  { type: 'CHOOSE', choiceId: 'confirm-and-check' },
  { type: 'CHOOSE', choiceId: 'share-pattern' },
  { type: 'CHOOSE', choiceId: 'spot-trend' },
  { type: 'CHOOSE', choiceId: 'legal-right' },
];

const play = (session: Session, events: readonly SessionEvent[]): Session => {
  for (const event of events) session.send(event);
  return session;
};

describe('views', () => {
  it('shows the start node, the customer line, the mood in words and numbered choices', () => {
    const view = startSession({
      scenario: headphones,
      seed: 1,
      timing: 'standard',
      optionOrder: 'authored',
    }).view();
    expect(view.nodeId).toBe('opening');
    expect(view.kind).toBe('dialogue');
    const opening = headphones.nodes.opening;
    const variants = opening?.kind === 'dialogue' ? allLinesOf(opening.customer) : [];
    expect(variants).toContain(view.customerLine);
    expect(view.expression).toBe('furious');
    expect(view.mood).toEqual({ anger: 75, confusion: 10, trust: 30 });
    expect(view.moodInWords.summary).toBe('Angry, not confused and wary of you.');
    expect(view.choices.map((choice) => [choice.number, choice.id])).toEqual([
      [1, 'let-her-finish'],
      [2, 'sorry-sorry'],
      [3, 'calm-down'],
      [4, 'not-my-fault'],
    ]);
    expect(view.choices[0]).not.toHaveProperty('stance');
    expect(view.step).toBe(0);
    expect(view.ending).toBeNull();
  });

  it('gives the countdown for each timing mode: standard, ten times longer, or none', () => {
    const countdown = (timing: 'standard' | 'extended' | 'off') =>
      startSession({ scenario: headphones, seed: 1, timing }).view().countdown;
    const standard = countdown('standard');
    expect(standard?.decisionSeconds).toBe(12);
    expect(standard?.seconds).toBe(12 + (standard?.readingSeconds ?? 0));
    expect(countdown('extended')).toEqual({
      seconds: (standard?.seconds ?? 0) * 10,
      decisionSeconds: 120,
      readingSeconds: (standard?.readingSeconds ?? 0) * 10,
    });
    expect(countdown('off')).toBeNull();
    const untimed = play(
      startSession({ scenario: headphones, seed: 1, timing: 'standard' }),
      goodPlay.slice(0, 1),
    );
    expect(untimed.view().countdown).toBeNull();
  });

  it('shows opened records, the facts they reveal, and filled fields', () => {
    const session = play(
      startSession({ scenario: headphones, seed: 1, timing: 'off' }),
      goodPlay.slice(0, 3),
    );
    expect(session.view().checkedRecords).toEqual(['order']);
    expect(session.view().revealedFacts.map((fact) => fact.id)).toEqual(['bought-21-days-ago']);
    play(session, goodPlay.slice(3, 7 + A));
    expect(session.view().kind).toBe('record');
    expect(session.view().filledFields).toEqual({ nature: 'accurate-nature' });
  });

  it('passes on option rows and escalation targets', () => {
    const session = play(
      startSession({ scenario: headphones, seed: 1, timing: 'off' }),
      goodPlay.slice(0, 5),
    );
    expect(session.view().choices.find((choice) => choice.id === 'offer-refund')?.option).toBe(
      'refund',
    );
    const escalating = play(startSession({ scenario: headphones, seed: 1, timing: 'off' }), [
      { type: 'CHOOSE', choiceId: 'not-my-fault' },
    ]);
    expect(escalating.view().kind).toBe('escalate');
    expect(escalating.view().choices[0]?.to).toBe('Team leader on the shop floor');
  });

  it('ends at an ending with its outcome and epilogue', () => {
    const session = play(startSession({ scenario: headphones, seed: 1, timing: 'off' }), goodPlay);
    expect(session.isOver()).toBe(true);
    expect(session.view().ending).toEqual({
      outcome: 'resolved',
      epilogue: expect.stringContaining('refund') as unknown,
    });
    expect(session.view().choices).toEqual([]);
  });

  it('picks variant lines from the seed, the same way every time', () => {
    const lines = (seed: number) => {
      const session = startSession({ scenario: meter, seed, timing: 'off' });
      const seen = [session.view().customerLine];
      // jargon → lost-him → start-again → greeting: the greeting is entered (and picked) again.
      play(session, [
        { type: 'CHOOSE', choiceId: 'jargon' },
        { type: 'CHOOSE', choiceId: 'start-again' },
      ]);
      seen.push(session.view().customerLine);
      return { seen, picks: session.context().picks };
    };
    expect(lines(42)).toEqual(lines(42));
    const distinct = new Set(Array.from({ length: 30 }, (_, seed) => lines(seed).seen[0]));
    expect(distinct.size).toBe(3);
    expect(lines(42).picks.map((pick) => pick.nodeId)).toEqual(['greeting', 'greeting']);
    expect(lines(42).picks[1]?.step).toBe(2);
  });
});

describe('timeouts', () => {
  it('applies the timeout outcome when the host says time ran out', () => {
    const session = startSession({ scenario: headphones, seed: 1, timing: 'standard' });
    session.timeOut();
    expect(session.view().nodeId).toBe('clarify');
    expect(session.view().mood.anger).toBe(85);
    expect(session.transcript().events).toEqual([{ type: 'TIMEOUT' }]);
  });

  it('works the same in extended mode, where the host simply waits longer', () => {
    const session = startSession({ scenario: headphones, seed: 1, timing: 'extended' });
    session.timeOut();
    expect(session.view().nodeId).toBe('clarify');
  });

  it('follows mood-dependent timeout routes', () => {
    const session = play(startSession({ scenario: meter, seed: 1, timing: 'standard' }), [
      { type: 'CHOOSE', choiceId: 'jargon' },
    ]);
    expect(session.view().nodeId).toBe('lost-him');
    session.timeOut();
    expect(session.view().nodeId).toBe('identity');
    const angry = play(startSession({ scenario: meter, seed: 1, timing: 'standard' }), [
      { type: 'CHOOSE', choiceId: 'just-read-it' },
    ]);
    expect(angry.view().nodeId).toBe('identity');
  });
});

describe('illegal events', () => {
  it('refuses an unknown choice, naming the choices there are', () => {
    const session = startSession({ scenario: headphones, seed: 1, timing: 'standard' });
    const error = errorOf(() => session.choose('shout'));
    expect(error.code).toBe('unknown-choice');
    expect(error.message).toContain('"opening" has no choice "shout"');
    expect(error.message).toContain('let-her-finish');
    expect(session.view().step).toBe(0);
    expect(session.transcript().events).toEqual([]);
  });

  it('refuses a choice none of whose routes holds', () => {
    const session = startSession({
      scenario: {
        ...meter,
        nodes: {
          ...meter.nodes,
          greeting: {
            kind: 'dialogue',
            customer: 'Hello?',
            expression: 'confused',
            choices: [
              {
                id: 'only-if-trusting',
                say: 'Carry on.',
                stance: 'adequate',
                why: 'Needs trust.',
                next: [{ if: { trust: { atLeast: 90 } }, to: 'resolved' }],
              },
              { id: 'ok', say: 'Fine.', stance: 'adequate', why: 'Fine.', next: 'resolved' },
            ],
          },
        },
      },
      seed: 1,
      timing: 'off',
    });
    expect(session.view().choices.map((choice) => choice.id)).toEqual(['ok']);
    const error = errorOf(() => session.choose('only-if-trusting'));
    expect(error.code).toBe('choice-not-available');
    expect(session.can({ type: 'CHOOSE', choiceId: 'ok' })).toBe(true);
  });

  it('refuses TIMEOUT on an untimed node and when timing is off', () => {
    const untimed = play(
      startSession({ scenario: headphones, seed: 1, timing: 'standard' }),
      goodPlay.slice(0, 1),
    );
    expect(errorOf(() => untimed.timeOut()).code).toBe('not-timed');
    const off = startSession({ scenario: headphones, seed: 1, timing: 'off' });
    const error = errorOf(() => off.timeOut());
    expect(error.code).toBe('not-timed');
    expect(error.message).toContain('Timing is off');
  });

  it('refuses records and fields where they do not belong', () => {
    const session = startSession({ scenario: headphones, seed: 1, timing: 'off' });
    expect(errorOf(() => session.checkRecord('order')).code).toBe('wrong-node-kind');
    expect(errorOf(() => session.fillField('nature', 'accurate-nature')).code).toBe(
      'wrong-node-kind',
    );
    play(session, goodPlay.slice(0, 2));
    expect(errorOf(() => session.checkRecord('secret')).code).toBe('unknown-record');
    play(session, goodPlay.slice(2, 6 + A));
    expect(errorOf(() => session.fillField('mood', 'x')).code).toBe('unknown-field');
    expect(errorOf(() => session.fillField('nature', 'x')).code).toBe('unknown-entry');
  });

  it('refuses anything after the ending', () => {
    const session = play(startSession({ scenario: headphones, seed: 1, timing: 'off' }), goodPlay);
    const error = errorOf(() => session.choose('legal-right'));
    expect(error.code).toBe('session-over');
    expect(error.message).toContain('already ended');
  });
});

describe('transcripts, snapshots and restore', () => {
  it('records every accepted event with the seed, timing and content hash', () => {
    const session = play(
      startSession({ scenario: headphones, seed: 9, timing: 'extended' }),
      goodPlay,
    );
    const { countdowns, ...rest } = session.transcript();
    expect(rest).toEqual({
      format: 'resolve-transcript',
      version: 1,
      scenario: { id: 'fixture-headphones', contentHash: contentHash(headphones) },
      seed: 9,
      timing: 'extended',
      optionOrder: 'seeded',
      events: goodPlay,
    });
    // Each timed node is recorded once, as the learner arrived at it.
    expect(countdowns?.[0]).toMatchObject({ step: 0, nodeId: 'opening', decisionSeconds: 120 });
    for (const countdown of countdowns ?? [])
      expect(countdown.seconds).toBe(countdown.decisionSeconds + countdown.readingSeconds);
  });

  it('resumes a saved transcript by replay, to the same place', () => {
    const session = play(
      startSession({ scenario: headphones, seed: 3, timing: 'standard' }),
      goodPlay.slice(0, 7 + A),
    );
    const saved = JSON.parse(JSON.stringify(session.transcript())) as Transcript;
    const {
      session: restored,
      replayed,
      refusal,
    } = replayAsFarAsItGoes({
      scenario: headphones,
      transcript: saved,
    });
    expect([replayed, refusal]).toEqual([7 + A, null]);
    expect(restored.view()).toEqual(session.view());
    play(restored, goodPlay.slice(7 + A));
    play(session, goodPlay.slice(7 + A));
    expect(restored.view()).toEqual(session.view());
    expect(restored.transcript()).toEqual(session.transcript());
    expect(restored.context()).toEqual(session.context());
  });

  it('refuses to resume against a changed scenario', () => {
    const saved = play(
      startSession({ scenario: headphones, seed: 3, timing: 'standard' }),
      goodPlay.slice(0, 2),
    ).transcript();
    const changed = structuredClone(headphones);
    changed.title = 'Headphones that will not charge (revised)';
    const error = errorOf(() => replayAsFarAsItGoes({ scenario: changed, transcript: saved }));
    expect(error.code).toBe('scenario-changed');
    expect(error.message).toContain('different version of scenario "fixture-headphones"');
    expect(errorOf(() => replayAsFarAsItGoes({ scenario: meter, transcript: saved })).code).toBe(
      'scenario-changed',
    );
  });

  it('refuses a start naming an inherited member, as an unknown node, without a crash', () => {
    for (const start of ['constructor', 'toString', '__proto__']) {
      const broken = { ...structuredClone(headphones), start };
      const error = errorOf(() => startSession({ scenario: broken, seed: 1, timing: 'off' }));
      expect(error.code).toBe('bad-scenario');
      expect(error.message).toContain(`starts at "${start}", which is not one of its nodes`);
    }
  });

  it('replays as far as it goes, naming the step that does not replay', () => {
    const saved = play(
      startSession({ scenario: headphones, seed: 3, timing: 'standard' }),
      goodPlay.slice(0, 3),
    ).transcript();
    for (const choiceId of ['constructor', 'toString', '__proto__', 'no-such-choice']) {
      const damaged = structuredClone(saved);
      damaged.events[1] = { type: 'CHOOSE', choiceId };
      const { replayed, refusal, session } = replayAsFarAsItGoes({
        scenario: headphones,
        transcript: damaged,
      });
      expect(replayed).toBe(1);
      expect(refusal?.message).toContain(`Step 2 of the saved play cannot be replayed`);
      expect(refusal?.message).toContain(`no choice "${choiceId}"`);
      expect(session.transcript().events).toEqual(saved.events.slice(0, 1));
    }
  });

  it('rebuilds the session at any step of a transcript (retry from here)', () => {
    const full = play(startSession({ scenario: headphones, seed: 5, timing: 'off' }), goodPlay);
    const atFive = sessionAtStep({ scenario: headphones, transcript: full.transcript(), step: 5 });
    expect(atFive.view().nodeId).toBe('weigh');
    expect(atFive.transcript().events).toEqual(goodPlay.slice(0, 5));
    expect(
      errorOf(() =>
        sessionAtStep({ scenario: headphones, transcript: full.transcript(), step: 99 }),
      ).code,
    ).toBe('step-out-of-range');
  });

  it('records the feedback mode, and a retry keeps it', () => {
    const session = startSession({
      scenario: headphones,
      seed: 5,
      timing: 'off',
      feedback: 'after-each-choice',
    });
    const full = play(session, goodPlay);
    expect(full.transcript().feedback).toBe('after-each-choice');
    const retried = sessionAtStep({ scenario: headphones, transcript: full.transcript(), step: 2 });
    expect(retried.transcript().feedback).toBe('after-each-choice');
    expect(
      startSession({ scenario: headphones, seed: 5, timing: 'off' }).transcript(),
    ).not.toHaveProperty('feedback');
  });

  it('goes back to a save point without disturbing the session it came from', () => {
    const session = play(startSession({ scenario: headphones, seed: 1, timing: 'off' }), [
      ...goodPlay.slice(0, 2),
    ]);
    const back = session.savePoint();
    const look = session.savePoint({ lookAhead: true });
    play(session, goodPlay.slice(2, 6));
    const resumed = back();
    expect(resumed.view().nodeId).toBe(
      play(
        startSession({ scenario: headphones, seed: 1, timing: 'off' }),
        goodPlay.slice(0, 2),
      ).view().nodeId,
    );
    expect(resumed.transcript().events).toEqual(goodPlay.slice(0, 2));
    play(resumed, goodPlay.slice(2));
    expect(resumed.isOver()).toBe(true);
    expect(session.isOver()).toBe(false);
    expect(session.transcript().events).toEqual(goodPlay.slice(0, 6));
    expect(look().context().decisions).toEqual([]);
  });

  it('tells subscribers about every step until they unsubscribe', () => {
    const session = startSession({ scenario: headphones, seed: 1, timing: 'off' });
    const listener = vi.fn();
    const unsubscribe = session.subscribe(listener);
    play(session, goodPlay.slice(0, 2));
    expect(listener).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenLastCalledWith(
      expect.objectContaining({ nodeId: 'check', step: 2 }),
    );
    unsubscribe();
    play(session, goodPlay.slice(2, 3));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('logs each decision with what was offered and the mood either side', () => {
    const session = play(
      startSession({ scenario: headphones, seed: 1, timing: 'standard' }),
      goodPlay.slice(0, 5),
    );
    const decisions = session.context().decisions;
    expect(decisions.map((decision) => decision.kind)).toEqual([
      'choice',
      'choice',
      'records',
      'choice',
    ]);
    expect(decisions[0]).toMatchObject({
      kind: 'choice',
      step: 1,
      enteredAtStep: 0,
      nodeId: 'opening',
      choiceId: 'let-her-finish',
      timed: true,
      moodBefore: { anger: 75 },
      moodAfter: { anger: 55 },
      to: 'clarify',
    });
    expect(decisions[2]).toEqual({
      kind: 'records',
      step: 5,
      enteredAtStep: 2,
      nodeId: 'check',
      prompt: 'Check what you need before you answer.',
      opened: ['order', 'returns-policy'],
    });
  });
});
