import { describe, expect, it } from 'vitest';
import { sessionAtStep, startSession, type Session } from '../../engine/session.ts';
import type { SessionEvent } from '../../engine/types.ts';
import { loadSampleScenarios } from '../../engine/fixtures/load.ts';
import { AUDIENCES, RISK_LEVELS, type Scenario } from '../../scenario/schema.ts';
import { authorsAnalysisAt } from '../../engine/fixtures/drive.ts';
import { everyKindScenario } from '../../../tests/browser/fixtures/every-kind.ts';
import {
  acceptsInput,
  encounterFromTranscript,
  encounterStep,
  initialEncounter,
  mustSeeAt,
  openingEffects,
  PHONE_RING_MS,
  TOOK_TOO_LONG,
  type EncounterEffect,
  type EncounterModel,
} from './encounter-model.ts';

/** A learner who does anything the engine allows: opens records, fills fields, lets time run out. */
function anyEvent(session: Session, random: () => number): SessionEvent {
  const view = session.view();
  const events: SessionEvent[] = view.choices.map((choice) => ({
    type: 'CHOOSE',
    choiceId: choice.id,
  }));
  if (session.can({ type: 'TIMEOUT' })) events.push({ type: 'TIMEOUT' });
  const node = view.node;
  if (node.kind === 'investigate')
    for (const record of node.records) events.push({ type: 'CHECK_RECORD', recordId: record.id });
  if (node.kind === 'record')
    for (const field of node.fields)
      for (const entry of field.entries)
        events.push({ type: 'FILL_FIELD', fieldId: field.id, entryId: entry.id });
  for (const option of view.analysis?.options ?? []) {
    for (const item of option.benefits)
      events.push({ type: 'PICK_BENEFIT', optionId: option.id, itemId: item.id });
    for (const item of option.risks)
      events.push({ type: 'PICK_RISK', optionId: option.id, itemId: item.id });
    for (const level of RISK_LEVELS) events.push({ type: 'RATE_RISK', optionId: option.id, level });
  }
  if (view.analysis) for (const audience of AUDIENCES) events.push({ type: 'PUT_TO', audience });
  return events[Math.floor(random() * events.length)]!;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** What the learner reads: the parts of the model a screen shows. */
const shown = (model: EncounterModel) => ({
  node: model.view.nodeId,
  step: model.view.step,
  history: model.history,
  speaker: model.speaker,
  voice: model.voice,
  expression: model.expression,
  timed: model.timed,
  interjection: model.interjection,
  firstLine: model.firstLine,
});

/**
 * Live play as the screen drives it: every accepted event goes through the model, with feedback
 * after every choice when asked for (then read).
 */
function playLive(
  scenario: Scenario,
  seed: number,
  withFeedback: boolean,
): { session: Session; models: EncounterModel[]; effects: EncounterEffect[][] } {
  const session = startSession({ scenario, seed, timing: 'standard' });
  const random = seeded(seed);
  let model = initialEncounter(scenario, session.view());
  const models = [model];
  const effects: EncounterEffect[][] = [];
  for (let i = 0; i < 300 && !session.isOver(); i += 1) {
    const event = anyEvent(session, random);
    if (!session.can(event)) continue;
    const after = session.send(event);
    const feedback =
      withFeedback && event.type === 'CHOOSE'
        ? { chosen: 'what I said', why: 'because', best: null }
        : undefined;
    let step = encounterStep(scenario, model, {
      type: 'stepped',
      event,
      after,
      ...(feedback ? { feedback } : {}),
    });
    if (feedback) {
      expect(step.model.feedback).toEqual(feedback);
      step = encounterStep(scenario, step.model, { type: 'feedback-read' });
    }
    model = step.model;
    models.push(model);
    effects.push(step.effects);
  }
  return { session, models, effects };
}

const scenarios = [
  { file: 'every-kind fixture', scenario: everyKindScenario },
  ...loadSampleScenarios(),
];

describe('the encounter model', () => {
  it('loads the sample scenarios it checks', () => {
    expect(scenarios.length).toBeGreaterThan(3);
  });

  describe.each(scenarios)('on $file', ({ scenario }) => {
    it('rebuilds from the transcript, at every step, exactly what live play showed', () => {
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const { session, models } = playLive(scenario, seed, seed % 2 === 0);
        const transcript = session.transcript();
        models.forEach((live, step) => {
          const rebuilt = encounterFromTranscript(scenario, {
            ...transcript,
            events: transcript.events.slice(0, step),
          });
          expect(shown(rebuilt), `seed ${seed}, step ${step}`).toEqual(shown(live));
          // "Retry from this moment" starts from the same fold over the replayed session.
          const retried = sessionAtStep({ scenario, transcript, step });
          expect(shown(encounterFromTranscript(scenario, retried.transcript()))).toEqual(
            shown(live),
          );
        });
      }
    });

    it('says the first line once, however the play is opened', () => {
      const session = startSession({ scenario, seed: 9, timing: 'standard' });
      const first = session.view().customerLine;
      const opened = encounterFromTranscript(scenario, session.transcript());
      expect(opened.history.filter((entry) => entry.text === first)).toHaveLength(
        first === null ? 0 : 1,
      );
      expect(opened.history).toEqual(initialEncounter(scenario, session.view()).history);
    });
  });
});

describe('the encounter model on the every-kind fixture', () => {
  const scenario = everyKindScenario;

  /** Folds a list of events through a live session and the model, returning both. */
  function through(events: SessionEvent[], seed = 1) {
    const session = startSession({ scenario, seed, timing: 'standard' });
    let model = initialEncounter(scenario, session.view());
    const effects: EncounterEffect[][] = [];
    for (const event of events) {
      const step = encounterStep(scenario, model, {
        type: 'stepped',
        event,
        after: session.send(event),
      });
      model = step.model;
      effects.push(step.effects);
    }
    return { session, model, effects };
  }

  /** The events that reach the colleague's word by taking the first choice at each moment. */
  function toColleague(): SessionEvent[] {
    const session = startSession({ scenario, seed: 1, timing: 'standard' });
    const events: SessionEvent[] = [];
    while (session.view().kind !== 'colleague-feedback') {
      if (session.view().kind === 'options') {
        for (const event of authorsAnalysisAt(scenario, session.view().nodeId)) {
          session.send(event);
          events.push(event);
        }
      }
      const event: SessionEvent = { type: 'CHOOSE', choiceId: session.view().choices[0]!.id };
      session.send(event);
      events.push(event);
    }
    return events;
  }

  it("keeps the colleague's words in the rebuilt conversation", () => {
    const events = toColleague();
    const { model, session } = through(events);
    const colleague = scenario.nodes['colleague'];
    if (colleague?.kind !== 'colleague-feedback') throw new Error('the fixture changed');
    const line = { who: 'colleague', name: 'Priya Shah', text: colleague.line };
    expect(model.history.at(-1)).toEqual(line);
    expect(encounterFromTranscript(scenario, session.transcript()).history).toContainEqual(line);
  });

  it('brings the colleague into the picture and the customer back after', () => {
    const events = toColleague();
    const { model, effects } = through(events);
    expect(model.speaker).toBe('colleague');
    expect(effects.at(-1)).toContainEqual(
      expect.objectContaining({
        type: 'speaker-changed',
        speaker: 'colleague',
        colleague: 'Priya Shah',
      }),
    );
    const next = through([...events, { type: 'CHOOSE', choiceId: 'reflect' }]);
    expect(next.model.speaker).toBe('customer');
    expect(next.effects.at(-1)).toContainEqual(
      expect.objectContaining({ type: 'speaker-changed', speaker: 'customer', colleague: null }),
    );
  });

  it('notes a countdown running out, with what the customer said then, before the next line', () => {
    const { model, effects } = through([{ type: 'TIMEOUT' }]);
    const says = {
      who: 'customer',
      name: scenario.customer.name,
      text: 'Are you even listening to me?',
    };
    const note = { who: 'note', name: '', text: TOOK_TOO_LONG };
    const at = model.history.findIndex((entry) => entry.who === 'note');
    expect(model.history.slice(at, at + 2)).toEqual([note, says]);
    expect(model.interjection).toEqual({ says: says.text });
    expect(effects[0]?.[0]).toEqual({ type: 'sound', cue: 'time-out' });
  });

  it('marks a moment timed only while its countdown runs', () => {
    const start = startSession({ scenario, seed: 1, timing: 'standard' });
    expect(initialEncounter(scenario, start.view()).timed).toBe(true);
    const off = startSession({ scenario, seed: 1, timing: 'off' });
    expect(initialEncounter(scenario, off.view()).timed).toBe(false);
    const { model, effects } = through([{ type: 'CHOOSE', choiceId: 'let-him-finish' }]);
    expect(model.timed).toBe(model.view.countdown !== null);
    expect(effects[0]).toContainEqual({
      type: 'timer',
      seconds: model.view.countdown?.seconds ?? null,
      mustSee: model.view.countdown === null ? [] : mustSeeAt(model.view),
    });
  });

  it('empties the picture at an ending: the customer has gone', () => {
    const session = startSession({ scenario, seed: 1, timing: 'off' });
    let model = initialEncounter(scenario, session.view());
    expect(model.present).toBe('customer');
    const effects: EncounterEffect[] = [];
    for (let i = 0; i < 60 && !session.isOver(); i += 1) {
      const view = session.view();
      const events: SessionEvent[] =
        view.analysis && view.analysis.missing.length > 0
          ? authorsAnalysisAt(scenario, view.nodeId)
          : [{ type: 'CHOOSE', choiceId: view.choices[0]!.id }];
      for (const event of events) {
        const step = encounterStep(scenario, model, {
          type: 'stepped',
          event,
          after: session.send(event),
        });
        model = step.model;
        effects.push(...step.effects);
      }
    }
    expect(session.isOver()).toBe(true);
    expect(model.present).toBe('nobody');
    expect(effects.filter((effect) => effect.type === 'presence-changed').at(-1)).toEqual({
      type: 'presence-changed',
      present: 'nobody',
    });
    // Continued at the ending, the picture is empty from the start.
    expect(openingEffects(scenario, model, { resumed: true })).toContainEqual({
      type: 'presence-changed',
      present: 'nobody',
    });
  });

  it('holds a countdown until the line and every option of the decision have been seen', () => {
    const start = startSession({ scenario, seed: 1, timing: 'standard' });
    const model = initialEncounter(scenario, start.view());
    const timer = openingEffects(scenario, model, { resumed: false }).find(
      (effect) => effect.type === 'timer',
    );
    expect(timer).toEqual({
      type: 'timer',
      seconds: start.view().countdown?.seconds,
      mustSee: ['line', ...start.view().choices.map((choice) => choice.id)],
    });
    expect(start.view().choices.length).toBeGreaterThan(1);
  });

  it('redraws only the task when a record opens, and says what it found', () => {
    const choose: SessionEvent = { type: 'CHOOSE', choiceId: 'let-him-finish' };
    const { model, effects } = through([choose, { type: 'CHECK_RECORD', recordId: 'sale-record' }]);
    expect(model.view.kind).toBe('investigate');
    const opened = effects[1]!;
    expect(opened.map((effect) => effect.type)).toEqual([
      'draw-task',
      'sound',
      'announce',
      'await-shown',
    ]);
    const said = opened[2];
    expect(said?.type === 'announce' && said.text.startsWith('Found: ')).toBe(true);
    expect(model.history).toEqual(through([choose]).model.history);
  });

  it('clicks on a choice, then draws the new moment and announces its line', () => {
    const { model, effects } = through([{ type: 'CHOOSE', choiceId: 'let-him-finish' }]);
    const types = effects[0]!.map((effect) => effect.type);
    expect(types[0]).toBe('sound');
    expect(types).toContain('draw-moment');
    expect(effects[0]).toContainEqual({ type: 'sound', cue: 'choice-click' });
    if (model.view.customerLine)
      expect(effects[0]).toContainEqual({
        type: 'announce',
        text: `${scenario.customer.name}: ${model.view.customerLine}`,
      });
    expect(model.history.findLast((entry) => entry.who === 'learner')).toMatchObject({
      who: 'learner',
      toCustomer: true,
    });
  });

  it('plays the ending’s sound and announces the outcome', () => {
    const { session } = playLive(scenario, 3, false);
    const { effects } = through(session.transcript().events, 3);
    const last = effects.at(-1)!;
    const cues = last.flatMap((effect) => (effect.type === 'sound' ? [effect.cue] : []));
    expect(cues.filter((cue) => cue === 'ending-good' || cue === 'ending-bad')).toHaveLength(1);
    const words = last.flatMap((effect) => (effect.type === 'announce' ? [effect.text] : []));
    expect(words.join(' ')).toContain('Outcome: ');
  });

  it('holds the next moment back while feedback shows, and adds nothing to the conversation', () => {
    const session = startSession({ scenario, seed: 1, timing: 'standard' });
    const model = initialEncounter(scenario, session.view());
    const event: SessionEvent = { type: 'CHOOSE', choiceId: 'let-him-finish' };
    const after = session.send(event);
    const feedback = { chosen: 'x', why: 'Letting him finish calms him.', best: null };
    const shownFeedback = encounterStep(scenario, model, {
      type: 'stepped',
      event,
      after,
      feedback,
    });
    expect(shownFeedback.model.view.nodeId).toBe(model.view.nodeId);
    expect(shownFeedback.model.history.at(-1)?.who).toBe('learner');
    expect(shownFeedback.effects.map((effect) => effect.type)).toEqual([
      'sound',
      'timer',
      'draw-feedback',
      'announce',
      'await-shown',
    ]);
    const read = encounterStep(scenario, shownFeedback.model, { type: 'feedback-read' });
    const straight = encounterStep(scenario, model, { type: 'stepped', event, after });
    // The same moment, one drawing later (the feedback was drawn in between).
    expect({ ...read.model, drawn: 0 }).toEqual({ ...straight.model, drawn: 0 });
    expect(read.model.drawn).toBe(straight.model.drawn + 1);
    const drawing = (effects: EncounterEffect[]) =>
      effects.filter((effect) => effect.type !== 'await-shown');
    expect(drawing(read.effects)).toEqual(drawing(straight.effects).slice(1));
  });

  it('rings the phone and picks up on a new call, and stays quiet when resumed', () => {
    const phone: Scenario = { ...scenario, setting: { ...scenario.setting, channel: 'phone' } };
    const view = startSession({ scenario: phone, seed: 1, timing: 'standard' }).view();
    const model = initialEncounter(phone, view);
    const sounds = (resumed: boolean) =>
      openingEffects(phone, model, { resumed }).filter((effect) => effect.type === 'sound');
    expect(sounds(false)).toEqual([
      { type: 'sound', cue: 'phone-ring' },
      { type: 'sound', cue: 'phone-pickup', afterMs: PHONE_RING_MS },
    ]);
    expect(sounds(true)).toEqual([]);
  });
});

describe('the input rule (one input, one step, once the view is shown)', () => {
  const scenario = everyKindScenario;

  /** The model after the screen reported every view drawn so far as shown. */
  const onScreen = (model: EncounterModel): EncounterModel =>
    encounterStep(scenario, model, { type: 'shown', drawn: model.drawn }).model;

  function walk(): {
    kind: string;
    before: EncounterModel;
    after: EncounterModel;
    effects: EncounterEffect[];
  }[] {
    const session = startSession({ scenario, seed: 5, timing: 'standard' });
    let model = onScreen(initialEncounter(scenario, session.view()));
    const steps = [];
    while (!session.isOver()) {
      const events: SessionEvent[] =
        session.view().kind === 'options'
          ? [...authorsAnalysisAt(scenario, session.view().nodeId)]
          : session.view().kind === 'investigate'
            ? [{ type: 'CHECK_RECORD', recordId: 'sale-record' }]
            : [];
      events.push({ type: 'CHOOSE', choiceId: session.view().choices[0]!.id });
      for (const event of events) {
        const kind = session.view().kind;
        const before = model;
        const step = encounterStep(scenario, model, {
          type: 'stepped',
          event,
          after: session.send(event),
        });
        steps.push({ kind, before, after: step.model, effects: step.effects });
        model = onScreen(step.model);
      }
    }
    return steps;
  }

  it('takes nothing until the first view is on screen, then one input', () => {
    const session = startSession({ scenario, seed: 5, timing: 'standard' });
    const model = initialEncounter(scenario, session.view());
    expect(acceptsInput(model)).toBe(false);
    const opening = openingEffects(scenario, model, { resumed: false });
    expect(opening.at(-1)).toEqual({ type: 'await-shown', drawn: model.drawn, settle: 'moment' });
    expect(acceptsInput(onScreen(model))).toBe(true);
    // A continued play rebuilt from its transcript waits for its first view as well.
    session.choose('let-him-finish');
    expect(acceptsInput(encounterFromTranscript(scenario, session.transcript()))).toBe(false);
  });

  it('never counts a held key’s repeats', () => {
    const session = startSession({ scenario, seed: 5, timing: 'standard' });
    const model = onScreen(initialEncounter(scenario, session.view()));
    expect(acceptsInput(model, { repeat: true })).toBe(false);
    expect(acceptsInput(model, { repeat: false })).toBe(true);
  });

  it('closes after every step at every kind of moment until what the step drew is shown', () => {
    const steps = walk();
    const kinds = new Set(steps.map((step) => step.kind));
    expect([...kinds].sort()).toEqual(
      [
        'colleague-feedback',
        'dialogue',
        'escalate',
        'explain',
        'follow-up',
        'investigate',
        'options',
        'record',
        'review',
      ].sort(),
    );
    for (const { kind, before, after, effects } of steps) {
      expect(acceptsInput(before), kind).toBe(true);
      expect(acceptsInput(after), kind).toBe(false);
      const waits = effects.filter((effect) => effect.type === 'await-shown');
      expect(waits, kind).toEqual([
        {
          type: 'await-shown',
          drawn: after.drawn,
          settle: effects.some((effect) => effect.type === 'draw-moment') ? 'moment' : 'frame',
        },
      ]);
      // A report for the view before is stale: input stays closed.
      expect(
        acceptsInput(encounterStep(scenario, after, { type: 'shown', drawn: before.drawn }).model),
      ).toBe(false);
      expect(acceptsInput(onScreen(after)), kind).toBe(true);
    }
  });

  it('waits for the feedback to be shown, and again for the moment after it', () => {
    const session = startSession({ scenario, seed: 5, timing: 'standard' });
    const model = onScreen(initialEncounter(scenario, session.view()));
    const event: SessionEvent = { type: 'CHOOSE', choiceId: 'let-him-finish' };
    const feedback = { chosen: 'x', why: 'y', best: null };
    const withFeedback = encounterStep(scenario, model, {
      type: 'stepped',
      event,
      after: session.send(event),
      feedback,
    });
    expect(acceptsInput(withFeedback.model)).toBe(false);
    expect(withFeedback.effects.at(-1)).toMatchObject({ type: 'await-shown', settle: 'moment' });
    const read = encounterStep(scenario, onScreen(withFeedback.model), { type: 'feedback-read' });
    expect(acceptsInput(read.model)).toBe(false);
    expect(acceptsInput(onScreen(read.model))).toBe(true);
  });
});
