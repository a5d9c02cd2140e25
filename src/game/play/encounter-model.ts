import { replayOptions, startSession } from '../../engine/session.ts';
import type { SessionEvent, SessionView, Transcript } from '../../engine/types.ts';
import { isGoodOutcome, type Expression, type Mood, type Scenario } from '../../scenario/schema.ts';
import type { SoundCue } from '../audio/sound-board.ts';
import { OUTCOME_WORDS } from '../ui/words.ts';
import { shownExpression } from './shown-expression.ts';
import { voiceAt, voiceLabel, type Voice } from './voice.ts';
import { own } from '../../scenario/own.ts';

/** What was said so far in this play, for the chat window and "the conversation so far". */
export interface HistoryEntry {
  who: 'customer' | 'learner' | 'colleague' | 'note';
  name: string;
  text: string;
  /**
   * False for what the learner did away from the customer (opened records, filled in the log,
   * chose whom to involve): it belongs in the summary, not in a chat window's messages.
   */
  toCustomer?: boolean;
}

/** Why a choice counts the way it does, and the best option at that moment, shown before going on. */
export interface ChoiceFeedback {
  /** What the learner said or did. */
  chosen: string;
  why: string;
  /**
   * The best option at that moment; null when the learner took it; 'kept-back' when they did not
   * and their pack keeps the best options for them to find by trying again (showBestPath false).
   */
  best: { say: string; why: string } | null | 'kept-back';
}

/** What feedback mode says about the best option, in the words both the page and the announcement use. */
export function bestOptionWords(feedback: ChoiceFeedback): string {
  if (feedback.best === null) return 'That was the best option here.';
  if (feedback.best === 'kept-back')
    return 'There was a better option here: your tutor leaves it for you to find by trying again.';
  return `The best option here: ${feedback.best.say}`;
}

/**
 * Everything the encounter screen shows, as data. The screen renders it and runs the effects; the
 * same fold over a transcript rebuilds it for Continue and "Retry from this moment".
 */
export interface EncounterModel {
  /** The engine's view of the moment shown (the moment just left while feedback shows). */
  readonly view: SessionView;
  readonly history: readonly HistoryEntry[];
  /** Who is in the picture: a colleague steps in at colleague-feedback moments. */
  readonly speaker: 'customer' | 'colleague';
  /**
   * Who is there to be seen: the customer, a colleague stepping in, or nobody once the customer
   * has gone (an ending: they have left the desk, or the call has ended).
   */
  readonly present: Presence;
  /** Who talks at this moment (a son on the line, a colleague, or the customer). */
  readonly voice: Voice;
  /** The customer's face. */
  readonly expression: Expression;
  /** Whether a countdown runs at this moment. */
  readonly timed: boolean;
  /** Set after the countdown ran out at the moment just left: what the customer said then. */
  readonly interjection: { says: string | null } | null;
  /** Whether the line shown is the first the learner has had (emails get a fresh subject). */
  readonly firstLine: boolean;
  /** Shown after a choice in feedback mode, until the learner goes on. */
  readonly feedback: ChoiceFeedback | null;
  /** The engine's next view while feedback shows. */
  readonly pending: { view: SessionView; timedOut: boolean } | null;
  /**
   * How many views the screen has been asked to draw, and the last of them it has reported shown.
   * The learner's input counts only while the two are equal (see `acceptsInput`).
   */
  readonly drawn: number;
  readonly shown: number;
}

/**
 * How long a new moment takes to settle on screen before it takes input. A second click of a
 * double click, or a key pressed twice, comes 30 to 350 ms after the first (Windows waits up to
 * 500 ms for one); no learner reads a new line and picks an answer this fast.
 */
export const MOMENT_SETTLE_MS = 400;

/** What the screen does besides redrawing: it runs these in order. */
export type EncounterEffect =
  /** A new moment: heading, line, task and choices drawn afresh; focus moves to the heading. */
  | { type: 'draw-moment' }
  /** The same moment after opening a record or filling a field: redraw the task, keep focus. */
  | { type: 'draw-task' }
  | { type: 'draw-feedback' }
  | { type: 'sound'; cue: SoundCue; afterMs?: number }
  | { type: 'announce'; text: string }
  /**
   * Set up this moment's countdown; null for none. It runs only once the line has been fully
   * shown and everything in `mustSee` ('line' and the choice ids) has been on screen.
   */
  | { type: 'timer'; seconds: number | null; mustSee: string[] }
  | { type: 'customer-changed'; expression: Expression; mood: Mood }
  | {
      type: 'speaker-changed';
      speaker: 'customer' | 'colleague';
      /** The colleague's name, to draw them; null for the customer. */
      colleague: string | null;
      expression: Expression;
      mood: Mood;
    }
  | { type: 'voice-changed'; voice: Voice }
  /** Who is there changed: the customer left (the desk is empty, the call's clock stops). */
  | { type: 'presence-changed'; present: Presence }
  /**
   * Report `{ type: 'shown', drawn }` once the view just drawn is on screen: after a new moment
   * (or the feedback) has settled for MOMENT_SETTLE_MS, or after the next frame for a task redrawn
   * at the same moment (an opened record, a filled field), where nothing moves under the pointer.
   */
  | { type: 'await-shown'; drawn: number; settle: 'moment' | 'frame' };

export type Presence = 'customer' | 'colleague' | 'nobody';

export type EncounterEvent =
  /** The engine accepted an event; `after` is its new view. */
  | { type: 'stepped'; event: SessionEvent; after: SessionView; feedback?: ChoiceFeedback }
  /** The learner read the feedback and goes on. */
  | { type: 'feedback-read' }
  /** The screen has shown the view it drew for `drawn` (answering an `await-shown` effect). */
  | { type: 'shown'; drawn: number };

/**
 * Whether the learner's input counts now: the one rule for every control at every kind of moment.
 * A held key's repeats never count. After each step nothing counts until the screen has shown the
 * view that step drew, so the second click of a double click, or a key pressed before the new
 * moment is on screen, lands nowhere: one input, one step.
 */
export function acceptsInput(model: EncounterModel, input: { repeat?: boolean } = {}): boolean {
  return input.repeat !== true && model.shown === model.drawn;
}

export interface EncounterStep {
  model: EncounterModel;
  effects: EncounterEffect[];
}

/** What the learner must have seen before a countdown is fair: the line and every option. */
export function mustSeeAt(view: SessionView): string[] {
  return [...(view.customerLine ? ['line'] : []), ...view.choices.map((choice) => choice.id)];
}

const timerAt = (view: SessionView): EncounterEffect => ({
  type: 'timer',
  seconds: view.countdown?.seconds ?? null,
  mustSee: view.countdown === null ? [] : mustSeeAt(view),
});

const MESSAGE_CHANNELS: ReadonlySet<string> = new Set(['email', 'live-chat', 'social-media']);

/** How long the phone rings before the call connects (the ring in the sound sprite is 1.6 s). */
export const PHONE_RING_MS = 1700;

export const TOOK_TOO_LONG = 'You took too long to answer.';

/** What the customer says when the countdown at a node runs out, if the author wrote it. */
export function timeoutSays(scenario: Scenario, nodeId: string): string | null {
  const node = own(scenario.nodes, nodeId);
  return (node?.kind === 'dialogue' ? node.timeout?.says : undefined) ?? null;
}

const sameMood = (a: Mood, b: Mood): boolean =>
  a.anger === b.anger && a.confusion === b.confusion && a.trust === b.trust;

const sameVoice = (a: Voice, b: Voice): boolean =>
  a.name === b.name && a.role === b.role && a.isCustomer === b.isCustomer;

const speakerAt = (view: SessionView): 'customer' | 'colleague' =>
  view.kind === 'colleague-feedback' ? 'colleague' : 'customer';

/** Who is there: at an ending the customer has gone, whatever came before. */
export const presentAt = (view: SessionView): Presence =>
  view.ending !== null ? 'nobody' : speakerAt(view);

/** What is said on arriving at a moment, in the order the learner reads it. */
function arrivalLines(
  scenario: Scenario,
  view: SessionView,
  interjection: { says: string | null } | null,
): HistoryEntry[] {
  const lines: HistoryEntry[] = [];
  if (interjection) {
    lines.push({ who: 'note', name: '', text: TOOK_TOO_LONG });
    if (interjection.says)
      lines.push({ who: 'customer', name: scenario.customer.name, text: interjection.says });
  }
  if (view.customerLine)
    lines.push({
      who: 'customer',
      name: voiceAt(scenario, view.node).name,
      text: view.customerLine,
    });
  if (view.node.kind === 'colleague-feedback')
    lines.push({ who: 'colleague', name: view.node.colleague.name, text: view.text.line ?? '' });
  return lines;
}

/** What a screen reader hears on arriving at a moment. */
function arrivalAnnouncement(model: EncounterModel): string {
  const { view } = model;
  const node = view.node;
  const parts: string[] = [];
  if (view.customerLine) parts.push(`${voiceLabel(model.voice)}: ${view.customerLine}`);
  if (node.kind === 'colleague-feedback')
    parts.push(`${node.colleague.name}, ${node.colleague.role}: ${view.text.line ?? ''}`);
  if (view.ending)
    parts.push(`Outcome: ${OUTCOME_WORDS[view.ending.outcome]}.`, view.ending.epilogue);
  return parts.join(' ');
}

/** The play's first moment, before anything is drawn. */
export function initialEncounter(scenario: Scenario, view: SessionView): EncounterModel {
  const model: EncounterModel = {
    view,
    history: [],
    speaker: speakerAt(view),
    present: presentAt(view),
    voice: voiceAt(scenario, view.node),
    expression: shownExpression({
      node: view.node,
      viewExpression: view.expression,
      mood: view.mood,
    }),
    timed: view.countdown !== null,
    interjection: null,
    firstLine: view.customerLine !== null,
    feedback: null,
    pending: null,
    // Nothing counts until the first view is on screen (a double click on Play lands nowhere).
    drawn: 1,
    shown: 0,
  };
  return { ...model, history: arrivalLines(scenario, view, null) };
}

/** Arrive at a new moment (after a choice or a timeout, or once feedback has been read). */
function arrive(
  scenario: Scenario,
  model: EncounterModel,
  view: SessionView,
  timedOut: boolean,
): EncounterStep {
  const effects: EncounterEffect[] = [];
  const node = view.node;
  const expression = shownExpression({
    node,
    viewExpression: view.expression,
    mood: view.mood,
    previous: model.expression,
  });
  const customerInPicture = model.speaker === 'customer' && node.kind !== 'colleague-feedback';
  if (
    customerInPicture &&
    (!sameMood(model.view.mood, view.mood) || expression !== model.expression)
  )
    effects.push({ type: 'customer-changed', expression, mood: view.mood });
  const speaker = speakerAt(view);
  if (speaker !== model.speaker) {
    effects.push({
      type: 'speaker-changed',
      speaker,
      colleague: node.kind === 'colleague-feedback' ? node.colleague.name : null,
      expression: speaker === 'colleague' ? 'neutral' : expression,
      mood: speaker === 'colleague' ? { anger: 0, confusion: 0, trust: 80 } : view.mood,
    });
  }
  const voice = voiceAt(scenario, node);
  if (!sameVoice(voice, model.voice)) effects.push({ type: 'voice-changed', voice });
  const present = presentAt(view);
  if (present !== model.present) effects.push({ type: 'presence-changed', present });
  const interjection = timedOut ? { says: timeoutSays(scenario, model.view.nodeId) } : null;
  const saidBefore = model.history.some((entry) => entry.who === 'customer');
  const next: EncounterModel = {
    view,
    history: [...model.history, ...arrivalLines(scenario, view, interjection)],
    speaker,
    present,
    voice,
    expression,
    timed: view.countdown !== null,
    interjection,
    firstLine: view.customerLine !== null && !saidBefore,
    feedback: null,
    pending: null,
    drawn: model.drawn,
    shown: model.shown,
  };
  effects.push({ type: 'draw-moment' }, timerAt(view));
  if (view.ending)
    effects.push({
      type: 'sound',
      cue: isGoodOutcome(view.ending.outcome) ? 'ending-good' : 'ending-bad',
    });
  else if (view.customerLine && MESSAGE_CHANNELS.has(scenario.setting.channel))
    effects.push({ type: 'sound', cue: 'message-arrive' });
  const announcement = arrivalAnnouncement(next);
  if (announcement) effects.push({ type: 'announce', text: announcement });
  return { model: next, effects };
}

/** One step of the encounter: the next model and what the screen must do. Pure. */
export function encounterStep(
  scenario: Scenario,
  model: EncounterModel,
  event: EncounterEvent,
): EncounterStep {
  if (event.type === 'shown') {
    // A report for a view since replaced is stale: the view now drawn has not been shown yet.
    if (event.drawn !== model.drawn || model.shown === model.drawn) return { model, effects: [] };
    return { model: { ...model, shown: event.drawn }, effects: [] };
  }
  const step = redraw(scenario, model, event);
  if (step.model === model) return step;
  // Every step draws afresh, so input waits until what it drew is on screen.
  const drawn = model.drawn + 1;
  const settle = step.effects.some(
    (effect) => effect.type === 'draw-moment' || effect.type === 'draw-feedback',
  )
    ? 'moment'
    : 'frame';
  return {
    model: { ...step.model, drawn, shown: model.shown },
    effects: [...step.effects, { type: 'await-shown', drawn, settle }],
  };
}

function redraw(
  scenario: Scenario,
  model: EncounterModel,
  event: Exclude<EncounterEvent, { type: 'shown' }>,
): EncounterStep {
  if (event.type === 'feedback-read') {
    if (!model.pending) return { model, effects: [] };
    return arrive(scenario, model, model.pending.view, model.pending.timedOut);
  }
  const before = model.view;
  const { after } = event;
  switch (event.event.type) {
    case 'CHOOSE': {
      const { choiceId } = event.event;
      const choice = before.choices.find((each) => each.id === choiceId);
      const moved: EncounterModel = choice
        ? {
            ...model,
            history: [
              ...model.history,
              {
                who: 'learner',
                name: 'You',
                text: choice.say,
                toCustomer: before.kind === 'dialogue',
              },
            ],
          }
        : model;
      const click: EncounterEffect = { type: 'sound', cue: 'choice-click' };
      if (event.feedback) {
        const feedback = event.feedback;
        return {
          model: { ...moved, timed: false, feedback, pending: { view: after, timedOut: false } },
          effects: [
            click,
            { type: 'timer', seconds: null, mustSee: [] },
            { type: 'draw-feedback' },
            {
              type: 'announce',
              text: [feedback.why, bestOptionWords(feedback)].join(' '),
            },
          ],
        };
      }
      const arrived = arrive(scenario, moved, after, false);
      return { model: arrived.model, effects: [click, ...arrived.effects] };
    }
    case 'TIMEOUT': {
      const arrived = arrive(scenario, model, after, true);
      return {
        model: arrived.model,
        effects: [{ type: 'sound', cue: 'time-out' }, ...arrived.effects],
      };
    }
    case 'CHECK_RECORD': {
      const known = new Set(before.revealedFacts.map((fact) => fact.id));
      const found = after.revealedFacts.filter((fact) => !known.has(fact.id));
      return {
        model: { ...model, view: after },
        effects: [
          { type: 'draw-task' },
          { type: 'sound', cue: 'record-opened' },
          {
            type: 'announce',
            text: found.length
              ? `Found: ${found.map((fact) => fact.text).join(' ')}`
              : 'Record opened.',
          },
        ],
      };
    }
    case 'FILL_FIELD':
    case 'PICK_BENEFIT':
    case 'PICK_RISK':
    case 'RATE_RISK':
    case 'PUT_TO':
      return { model: { ...model, view: after }, effects: [{ type: 'draw-task' }] };
  }
}

/** What the screen does when it first shows a model: a new play, a continued one or a retry. */
export function openingEffects(
  scenario: Scenario,
  model: EncounterModel,
  options: { resumed: boolean },
): EncounterEffect[] {
  const effects: EncounterEffect[] = [];
  const { channel } = scenario.setting;
  if (!options.resumed) {
    if (channel === 'phone') {
      // The phone rings, then the call connects: the learner has picked up.
      effects.push(
        { type: 'sound', cue: 'phone-ring' },
        { type: 'sound', cue: 'phone-pickup', afterMs: PHONE_RING_MS },
      );
    } else if (channel !== 'face-to-face') effects.push({ type: 'sound', cue: 'message-arrive' });
  }
  effects.push({ type: 'draw-moment' }, timerAt(model.view));
  // Continued at an ending: the customer has already gone.
  if (model.present !== 'customer' && model.present !== model.speaker)
    effects.push({ type: 'presence-changed', present: model.present });
  const announcement = arrivalAnnouncement(model);
  if (announcement) effects.push({ type: 'announce', text: announcement });
  effects.push({ type: 'await-shown', drawn: model.drawn, settle: 'moment' });
  return effects;
}

/**
 * The encounter as it stands after a transcript: the same steps folded over its events in a fresh
 * session (the same seed picks the same line variants). Continue and "Retry from this moment" use
 * this, so what they show is what live play showed.
 */
export function encounterFromTranscript(
  scenario: Scenario,
  transcript: Transcript,
): EncounterModel {
  const session = startSession({ scenario, ...replayOptions(transcript) });
  let model = initialEncounter(scenario, session.view());
  for (const event of transcript.events) {
    let after: SessionView;
    try {
      after = session.send(event);
    } catch {
      break;
    }
    model = encounterStep(scenario, model, { type: 'stepped', event, after }).model;
  }
  return model;
}
