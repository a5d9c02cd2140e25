import type { Session } from '../../../engine/session.ts';
import type { SessionEvent, SessionView } from '../../../engine/types.ts';
import type { NodeKind, Scenario } from '../../../scenario/schema.ts';
import type { Caption, SoundBoard } from '../../audio/sound-board.ts';
import type { EventBus } from '../../events.ts';
import { hasTimedMoments } from '../../../scenario/content-index.ts';
import { feedbackFor } from '../../play/choice-feedback.ts';
import {
  acceptsInput,
  encounterFromTranscript,
  encounterStep,
  MOMENT_SETTLE_MS,
  openingEffects,
  TOOK_TOO_LONG,
  type ChoiceFeedback,
  type EncounterEffect,
  type EncounterEvent,
  type EncounterModel,
  type HistoryEntry,
} from '../../play/encounter-model.ts';
import { PlayController, type PlayStore } from '../../play/play-controller.ts';
import type { PlaySetup } from '../../play/play-setup.ts';
import { voiceLabel } from '../../play/voice.ts';
import { TimerController, WAIT_REASONS, type PauseReason } from '../../timer/timer-controller.ts';
import {
  gateLineShown,
  gateSaw,
  openGate,
  waitingFor,
  type StartGate,
} from '../../timer/start-gate.ts';
import { colleagueAppearance } from '../../art/colleague.ts';
import type { Announcer } from '../announcer.ts';
import { el, focusHeading, uniqueId } from '../dom.ts';
import type { Screen } from '../screen.ts';
import { packPositionLine } from '../pack/pack-position.ts';
import { CHANNEL_WORDS, PRESSURE_WORDS, SECTOR_WORDS, headingOf } from '../words.ts';
import { addCaptionLine, captionLineText, type CaptionLine } from './caption-log.ts';
import { choicesView, moveFocusInChoices } from './choices-view.ts';
import { customerPanel } from './customer-panel.ts';
import { createLineView, type LineView } from './line-view.ts';
import { feedbackView } from './feedback-view.ts';
import { taskView, type TaskActions } from './task-views.ts';
import { createTimerView } from './timer-view.ts';

export interface EncounterScreenOptions {
  setup: PlaySetup;
  session: Session;
  store: PlayStore;
  announcer: Announcer;
  bus: EventBus;
  sound: SoundBoard | null;
  reducedMotion: () => boolean;
  captions: () => boolean;
  /** Where sound captions go while this screen shows. */
  setCaptionSink: (sink: ((caption: Caption) => void) | null) => void;
  /** Resumed from a save (no ringing phone, no "new message" sound). */
  resumed: boolean;
  onFinished: (controller: PlayController) => void;
}

const KIND_HEADINGS: Record<NodeKind, string> = {
  dialogue: 'The customer speaks',
  investigate: 'Investigate the complaint',
  options: 'Weigh the options',
  record: 'Fill in the complaint log',
  escalate: 'Decide whom to involve',
  'follow-up': 'Follow up',
  'colleague-feedback': 'Feedback from a colleague',
  review: 'Review the figures',
  explain: 'Explain',
  ending: 'How it ended',
};

function settingWords(scenario: Scenario, timing: PlaySetup['timing']): string {
  const { setting, organisation } = scenario;
  return [
    CHANNEL_WORDS[setting.channel],
    SECTOR_WORDS[setting.sector],
    organisation.name,
    PRESSURE_WORDS[setting.pressure],
    hasTimedMoments(scenario) && timing.mode !== 'off' ? 'Timed replies' : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** Whether an element is wholly inside the window and every box around it that clips it. */
function whollyOnScreen(target: HTMLElement): boolean {
  const rect = target.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return false;
  let top = 0;
  let left = 0;
  let bottom = window.innerHeight;
  let right = window.innerWidth;
  for (let box = target.parentElement; box !== null; box = box.parentElement) {
    const style = getComputedStyle(box);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = box.getBoundingClientRect();
    top = Math.max(top, clip.top);
    left = Math.max(left, clip.left);
    bottom = Math.min(bottom, clip.bottom);
    right = Math.min(right, clip.right);
  }
  const slack = 1;
  // Taller than the space it can show in: seen once it fills that space.
  const fitsDown =
    rect.height > bottom - top
      ? rect.top <= top + slack && rect.bottom >= bottom - slack
      : rect.top >= top - slack && rect.bottom <= bottom + slack;
  return fitsDown && rect.left >= left - slack && rect.right <= right + slack;
}

/** The customer's line and what came before it in the conversation (for a chat window). */
function earlierThan(history: readonly HistoryEntry[], line: string): readonly HistoryEntry[] {
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const entry = history[index]!;
    if (entry.who === 'customer' && entry.text === line) return history.slice(0, index);
  }
  return history;
}

/**
 * The encounter overlay: renders the encounter model (src/game/play/encounter-model.ts) and runs
 * its effects: the DOM, the stage, sounds, announcements and the countdown. What the learner does
 * goes to the session through the play controller; what the session answers goes through the
 * model. Everything the canvas shows is said here in words.
 */
export function createEncounterScreen(options: EncounterScreenOptions): Screen & {
  controller: PlayController;
} {
  const { setup, announcer, bus, sound } = options;
  const { scenario } = setup;
  const feedbackMode = options.session.transcript().feedback === 'after-each-choice';

  const heading = el('h1', { className: 'encounter-title', text: scenario.title });
  const panelSlot = el('div', { className: 'panel-slot' });
  const timerSlot = el('div', { className: 'timer-slot' });
  const nodeSection = el('section', { className: 'node' });
  const choicesSlot = el('div', { className: 'choices-slot' });
  const captionList = el('ul', { className: 'caption-list' });
  const captionBox = el('div', { className: 'captions', attrs: { hidden: true } }, [
    el('p', { className: 'captions-label', text: 'Sounds' }),
    captionList,
  ]);
  const historyList = el('ol', { className: 'history-list' });
  const historyBox = el('details', { className: 'history' }, [
    el('summary', { text: 'The conversation so far' }),
    historyList,
  ]);
  const element = el(
    'div',
    {
      className: 'encounter',
      attrs: {
        'data-channel': scenario.setting.channel,
        'data-scenario': scenario.id,
      },
    },
    [
      // The overlay comes first in reading order; the picture and the customer card sit beside it
      // on wide screens and above it on narrow ones (CSS order), the picture being decorative.
      el('div', { className: 'encounter-main' }, [
        el('header', { className: 'encounter-head' }, [
          heading,
          packPositionLine(setup.pack, scenario.id),
          el('p', { className: 'encounter-meta', text: settingWords(scenario, setup.timing) }),
          scenario.setting.place
            ? el('p', { className: 'encounter-place muted', text: scenario.setting.place })
            : null,
        ]),
        timerSlot,
        nodeSection,
        choicesSlot,
        historyBox,
      ]),
      el('div', { className: 'encounter-side' }, [
        el('div', { className: 'stage-slot' }),
        panelSlot,
        captionBox,
      ]),
    ],
  );

  // The same fold rebuilds a continued or retried play, so it shows what live play showed.
  let model: EncounterModel = encounterFromTranscript(scenario, options.session.transcript());
  let lineView: LineView | null = null;
  let lineDone = true;
  let timer: TimerController | null = null;
  /** What the current countdown waits to see before it runs. */
  let gate: StartGate | null = null;
  let gateCheck: number | null = null;
  /** Reasons that hold every countdown on this screen, whichever moment it belongs to. */
  const held = new Set<PauseReason>();
  /** Feedback worked out for the choice being sent, handed to the model with its step. */
  let feedbackForChoice: ChoiceFeedback | null = null;
  let drawnBefore = false;
  let disposed = false;
  const delayed = new Set<number>();
  /** The pending report that the view drawn last is on screen. */
  let showing: { cancel: () => void } | null = null;

  /** The model's input rule, asked by every control on this screen. */
  const takesInput = (input: { repeat?: boolean } = {}): boolean =>
    !disposed && acceptsInput(model, input);

  let captionLog: CaptionLine[] = [];
  const addCaption = (caption: Caption): void => {
    if (!options.captions()) return;
    captionBox.hidden = false;
    captionLog = addCaptionLine(captionLog, caption.text);
    captionList.replaceChildren(
      ...captionLog.map((line) => el('li', { text: captionLineText(line) })),
    );
  };
  options.setCaptionSink(addCaption);

  const renderHistory = (): void => {
    historyList.replaceChildren(
      ...model.history.map((entry) =>
        el('li', { className: `history-${entry.who}` }, [
          entry.who === 'note'
            ? null
            : el('strong', { text: `${entry.who === 'learner' ? 'You' : entry.name}: ` }),
          entry.text,
        ]),
      ),
    );
    historyBox.hidden = model.history.length === 0;
  };

  const renderPanel = (): void => {
    panelSlot.replaceChildren(
      customerPanel({
        scenario,
        view: model.view,
        expression: model.expression,
        moodMeter: setup.moodMeter,
      }),
    );
  };

  const stopTimer = (): void => {
    timer?.stop();
    timer = null;
    gate = null;
    timerSlot.replaceChildren();
  };

  /** Holds the countdown for what the gate still waits for, and lets go of the rest. */
  const applyGate = (next: StartGate): void => {
    gate = next;
    const waiting = waitingFor(next);
    for (const reason of WAIT_REASONS) {
      if (waiting.includes(reason)) timer?.pause(reason);
      else timer?.resume(reason);
    }
  };

  /**
   * Which of what the countdown waits for is wholly on screen now (a layout check: inside the
   * window and every scrolling box around it). Seen once counts, so with large text the learner
   * can scroll through the options and the countdown starts once all have been in view.
   */
  const lookForGate = (): void => {
    gateCheck = null;
    if (gate === null || !gate.lineShown || waitingFor(gate).length === 0) return;
    const keyed: [string, HTMLElement | null][] = gate.mustSee.map((key) => [
      key,
      key === 'line'
        ? nodeSection.querySelector<HTMLElement>('.line-wrap')
        : choicesSlot.querySelector<HTMLElement>(`[data-choice="${CSS.escape(key)}"]`),
    ]);
    applyGate(
      gateSaw(
        gate,
        keyed.filter(([, target]) => target !== null && whollyOnScreen(target)).map(([key]) => key),
      ),
    );
  };
  const scheduleGateCheck = (): void => {
    if (gateCheck === null && gate !== null) gateCheck = window.requestAnimationFrame(lookForGate);
  };

  const setUpTimer = (seconds: number | null, mustSee: readonly string[]): void => {
    stopTimer();
    if (seconds === null) return;
    const viewOfTimer = createTimerView({ onToggle: () => timer?.toggle() });
    timer = new TimerController({
      seconds,
      onTick: (snapshot) => viewOfTimer.update(snapshot),
      onWarning: (warning) => {
        const words = `${warning.secondsLeft} seconds left to respond.`;
        if (warning.final) {
          announcer.assertive(words);
          sound?.play('timer-warning', { caption: `[Timer: ${warning.secondsLeft} seconds left]` });
        } else {
          announcer.polite(words);
        }
      },
      onExpire: () => controller.timeOut(),
    });
    for (const reason of held) timer.pause(reason);
    // It runs once the customer has finished and the line and every option have been seen.
    applyGate(openGate(mustSee, lineDone));
    timer.start();
    viewOfTimer.update(timer.snapshot());
    timerSlot.replaceChildren(viewOfTimer.element);
    scheduleGateCheck();
  };

  const hold = (reason: PauseReason, on: boolean): void => {
    if (on) held.add(reason);
    else held.delete(reason);
    if (on) timer?.pause(reason);
    else timer?.resume(reason);
  };

  const focusByKey = (key: string | null): boolean => {
    if (!key) return false;
    const target = element.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (!target) return false;
    target.focus();
    return true;
  };

  const taskActions: TaskActions = {
    checkRecord: (recordId) => {
      if (takesInput()) controller.checkRecord(recordId);
    },
    // A radio button checks itself before asking: when the input does not count, redraw the task
    // so it shows what the engine holds again.
    fillField: (fieldId, entryId) => {
      if (takesInput()) controller.fillField(fieldId, entryId);
      else drawTask();
    },
    analyse: (event) => {
      if (takesInput()) controller.analyse(event);
      else drawTask();
    },
    finish: () => {
      if (takesInput()) options.onFinished(controller);
    },
  };

  /** Whether input counts, for styles (no pointer events while waiting) and tests. */
  const markInput = (): void => {
    element.dataset.input = acceptsInput(model) ? 'open' : 'waiting';
  };

  const awaitShown = (drawn: number, settle: 'moment' | 'frame'): void => {
    showing?.cancel();
    const report = (): void => {
      showing = null;
      dispatch({ type: 'shown', drawn });
    };
    if (settle === 'frame') {
      const handle = window.requestAnimationFrame(report);
      showing = { cancel: () => window.cancelAnimationFrame(handle) };
    } else {
      const handle = window.setTimeout(report, MOMENT_SETTLE_MS);
      showing = { cancel: () => window.clearTimeout(handle) };
    }
  };

  const markMoment = (): void => {
    element.dataset.node = model.view.nodeId;
    element.dataset.kind = model.view.kind;
    element.dataset.step = String(model.view.step);
    if (model.feedback) element.dataset.feedback = 'shown';
    else delete element.dataset.feedback;
    // A timed decision is laid out to fit one screen: the line, the countdown and every option.
    if (model.timed) element.dataset.timed = 'true';
    else delete element.dataset.timed;
  };

  const newHeading = (text: string): HTMLElement => {
    const headingId = uniqueId('node-heading');
    nodeSection.setAttribute('aria-labelledby', headingId);
    return el('h2', {
      id: headingId,
      className: 'node-heading',
      text,
      attrs: { tabindex: -1 },
    });
  };

  const drawMoment = (): void => {
    const { view } = model;
    const node = view.node;
    markMoment();
    renderPanel();
    lineView?.dispose();
    lineView = null;
    const nodeHeading = newHeading(headingOf(node, KIND_HEADINGS[node.kind]));
    const parts: (HTMLElement | null)[] = [nodeHeading];
    if (model.interjection) {
      const { says } = model.interjection;
      parts.push(
        el('div', { className: 'interjection', attrs: { role: 'note' } }, [
          el('p', { text: TOOK_TOO_LONG }),
          says ? el('p', {}, [el('strong', { text: `${scenario.customer.name}: ` }), says]) : null,
        ]),
      );
    }
    if (node.kind === 'explain')
      parts.push(el('p', { className: 'question', text: view.text.question ?? '' }));
    const line = view.customerLine;
    lineDone = line === null;
    if (line) {
      lineView = createLineView({
        channel: scenario.setting.channel,
        speaker: voiceLabel(model.voice),
        organisation: scenario.organisation.name,
        line,
        first: model.firstLine,
        reducedMotion: options.reducedMotion(),
        history: earlierThan(model.history, line),
        onDone: () => {
          lineDone = true;
          if (disposed || gate === null) return;
          applyGate(gateLineShown(gate));
          scheduleGateCheck();
        },
      });
      parts.push(lineView.element);
    }
    parts.push(taskView(view, taskActions));
    nodeSection.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    renderHistory();
    choicesSlot.replaceChildren(
      view.choices.length
        ? choicesView({ node, choices: view.choices, onChoose: (choiceId) => choose(choiceId) })
        : el('span'),
    );
    if (drawnBefore) focusHeading(nodeHeading);
    drawnBefore = true;
  };

  const drawTask = (): void => {
    // The same moment after opening a record or filling a field: redraw its task, keep focus.
    const focusKey =
      document.activeElement instanceof HTMLElement
        ? document.activeElement.getAttribute('data-focus-key')
        : null;
    markMoment();
    renderPanel();
    nodeSection.querySelector('.task')?.replaceWith(taskView(model.view, taskActions));
    focusByKey(focusKey);
  };

  const drawFeedback = (feedback: ChoiceFeedback): void => {
    markMoment();
    lineView?.dispose();
    lineView = null;
    const feedbackHeading = newHeading('Why it counts');
    nodeSection.replaceChildren(feedbackHeading, feedbackView(feedback));
    renderHistory();
    choicesSlot.replaceChildren(
      el('button', {
        className: 'button button-primary',
        attrs: { type: 'button', 'data-focus-key': 'feedback-continue' },
        text: 'Continue',
        on: {
          click: () => {
            if (takesInput()) dispatch({ type: 'feedback-read' });
          },
        },
      }),
    );
    focusHeading(feedbackHeading);
  };

  const run = (effects: readonly EncounterEffect[]): void => {
    for (const effect of effects) {
      switch (effect.type) {
        case 'draw-moment':
          drawMoment();
          break;
        case 'draw-task':
          drawTask();
          break;
        case 'draw-feedback':
          if (model.feedback) drawFeedback(model.feedback);
          break;
        case 'sound':
          if (!sound) break;
          if (effect.afterMs === undefined) sound.play(effect.cue);
          else {
            const handle = window.setTimeout(() => {
              delayed.delete(handle);
              if (!disposed) sound.play(effect.cue);
            }, effect.afterMs);
            delayed.add(handle);
          }
          break;
        case 'announce':
          announcer.polite(effect.text);
          break;
        case 'timer':
          setUpTimer(effect.seconds, effect.mustSee);
          break;
        case 'customer-changed':
          bus.emit('customer-changed', { expression: effect.expression, mood: effect.mood });
          break;
        case 'speaker-changed':
          bus.emit('speaker-changed', {
            speaker: effect.speaker,
            appearance:
              effect.colleague === null
                ? scenario.customer.appearance
                : colleagueAppearance(effect.colleague),
            expression: effect.expression,
            mood: effect.mood,
          });
          break;
        case 'voice-changed':
          bus.emit('voice-changed', effect.voice);
          break;
        case 'presence-changed':
          bus.emit('presence-changed', { present: effect.present });
          element.dataset.present = effect.present;
          break;
        case 'await-shown':
          awaitShown(effect.drawn, effect.settle);
          break;
      }
    }
  };

  const dispatch = (event: EncounterEvent): void => {
    if (disposed) return;
    const step = encounterStep(scenario, model, event);
    model = step.model;
    run(step.effects);
    markInput();
  };

  const choose = (choiceId: string): void => {
    if (model.feedback || !takesInput()) return;
    lineView?.skip();
    if (!model.view.choices.some((each) => each.id === choiceId)) return;
    // The engine refuses an options node's choice until the analysis is done: say what is left.
    const missing = model.view.analysis?.missing ?? [];
    if (missing.length > 0) {
      run([{ type: 'announce', text: `Before you choose: ${missing.join('; ')}.` }]);
      focusByKey('analysis-status');
      return;
    }
    stopTimer();
    feedbackForChoice = feedbackMode
      ? feedbackFor(
          scenario,
          options.session.transcript(),
          model.view.nodeId,
          choiceId,
          options.setup.pack?.settings?.showBestPath !== false,
        )
      : null;
    controller.choose(choiceId);
    feedbackForChoice = null;
  };

  const controller = new PlayController({
    setup,
    session: options.session,
    store: options.store,
    onStep: (after: SessionView, event: SessionEvent) =>
      dispatch({
        type: 'stepped',
        event,
        after,
        ...(event.type === 'CHOOSE' && feedbackForChoice ? { feedback: feedbackForChoice } : {}),
      }),
    onSaved: (step) => {
      element.dataset.savedStep = String(step);
    },
  });

  const onVisibility = (): void => hold('hidden', document.hidden);
  document.addEventListener('visibilitychange', onVisibility);
  // Scrolling (of the page or any box in it) and resizing can bring what the countdown waits for into view.
  window.addEventListener('scroll', scheduleGateCheck, { capture: true, passive: true });
  window.addEventListener('resize', scheduleGateCheck);

  // The stage may start after the first line is on screen: tell it where the encounter is now.
  const stopCatchingUp = bus.on('stage-ready', () => {
    if (model.speaker === 'colleague') {
      run([
        {
          type: 'speaker-changed',
          speaker: 'colleague',
          colleague:
            model.view.node.kind === 'colleague-feedback' ? model.view.node.colleague.name : null,
          expression: 'neutral',
          mood: { anger: 0, confusion: 0, trust: 80 },
        },
      ]);
    } else run([{ type: 'customer-changed', expression: model.expression, mood: model.view.mood }]);
    if (model.present === 'nobody') run([{ type: 'presence-changed', present: 'nobody' }]);
  });

  // First draw.
  bus.emit('encounter-shown', {
    setting: scenario.setting,
    organisation: scenario.organisation.name,
    voice: model.voice,
    appearance: scenario.customer.appearance,
    expression: model.expression,
    mood: model.view.mood,
    reducedMotion: options.reducedMotion(),
  });
  // Said again on its own, so a stage that starts late reads the current voice from the bus.
  bus.emit('voice-changed', model.voice);
  if (sound) sound.startAmbience(scenario.setting);
  run(openingEffects(scenario, model, { resumed: options.resumed }));
  markInput();
  if (!options.resumed) controller.saveStart();
  else element.dataset.savedStep = String(model.view.step);

  return {
    name: 'encounter',
    element,
    heading,
    title: `${scenario.title}: Resolve`,
    stageSlot: element.querySelector<HTMLElement>('.stage-slot') ?? undefined,
    controller,
    onKey(event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return false;
      const target = event.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'SELECT' ||
          target.tagName === 'TEXTAREA' ||
          (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text'))
      ) {
        return false;
      }
      // Keys that press something: while input does not count (a held key's repeats, or the view
      // of the step just taken not yet shown) they land nowhere, on this screen's controls too.
      const number = /^[1-9]$/.test(event.key);
      const onControls =
        target !== null &&
        (choicesSlot.contains(target) ||
          (nodeSection.querySelector('.task')?.contains(target) ?? false));
      const pressesControl = (event.key === 'Enter' || event.key === ' ') && onControls;
      if ((number || pressesControl) && !takesInput({ repeat: event.repeat })) return true;
      if (/^[1-9]$/.test(event.key)) {
        if (model.feedback) return false;
        const choice = model.view.choices.find((each) => each.number === Number(event.key));
        if (!choice) return false;
        choose(choice.id);
        return true;
      }
      if (event.key === 'Escape' && lineView?.typing) {
        lineView.skip();
        return true;
      }
      return moveFocusInChoices(event, choicesSlot);
    },
    onCovered(covered) {
      hold('covered', covered);
    },
    dispose() {
      disposed = true;
      showing?.cancel();
      showing = null;
      for (const handle of delayed) window.clearTimeout(handle);
      delayed.clear();
      lineView?.dispose();
      stopTimer();
      stopCatchingUp();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('scroll', scheduleGateCheck, { capture: true });
      window.removeEventListener('resize', scheduleGateCheck);
      if (gateCheck !== null) window.cancelAnimationFrame(gateCheck);
      options.setCaptionSink(null);
      sound?.stopAmbience();
      bus.emit('encounter-hidden', {});
    },
  };
}
