import type { Session } from '../../../engine/session.ts';
import type { SessionView } from '../../../engine/types.ts';
import { hasTimedMoments } from '../../../scenario/content-index.ts';
import {
  isGoodOutcome,
  type Expression,
  type NodeKind,
  type Scenario,
  type ScenarioNode,
} from '../../../scenario/schema.ts';
import { shownExpression } from './shown-expression.ts';
import type { Caption, SoundBoard, SoundCue } from '../../audio/sound-board.ts';
import type { EventBus } from '../../events.ts';
import type { ResolveStore } from '../../../storage/resolve-store.ts';
import { PlayController, type StepKind } from '../../play/play-controller.ts';
import type { PlaySetup } from '../../play/play-setup.ts';
import { timeoutSays } from '../../play/history-from-transcript.ts';
import { voiceAt, voiceLabel, type Voice } from '../../play/voice.ts';
import { TimerController } from '../../timer/timer-controller.ts';
import { colleagueAppearance } from '../../art/colleague.ts';
import { portraitDataUrl } from '../../art/portrait.ts';
import type { Announcer } from '../announcer.ts';
import { el, focusHeading, uniqueId } from '../dom.ts';
import type { Screen } from '../screen.ts';
import { CHANNEL_WORDS, OUTCOME_WORDS, PRESSURE_WORDS, SECTOR_WORDS } from '../words.ts';
import { addCaptionLine, captionLineText, type CaptionLine } from './caption-log.ts';
import { choicesView, moveFocusInChoices } from './choices-view.ts';
import { customerPanel } from './customer-panel.ts';
import type { HistoryEntry } from './history.ts';
import { createLineView, type LineView } from './line-view.ts';
import {
  colleagueView,
  investigateView,
  optionsView,
  recordFormView,
  reviewView,
} from './task-views.ts';
import { createTimerView } from './timer-view.ts';

export interface EncounterScreenOptions {
  setup: PlaySetup;
  session: Session;
  store: ResolveStore;
  announcer: Announcer;
  bus: EventBus;
  sound: SoundBoard | null;
  reducedMotion: () => boolean;
  captions: () => boolean;
  /** Where sound captions go while this screen shows. */
  setCaptionSink: (sink: ((caption: Caption) => void) | null) => void;
  history: HistoryEntry[];
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

/** How long the phone rings before the call connects (the ring in the sound sprite is 1.6 s). */
const PHONE_RING_MS = 1700;

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

/**
 * The encounter overlay: renders `session.view()` and sends the learner's actions to the session
 * through the play controller. Everything the canvas shows is said here in words.
 */
export function createEncounterScreen(options: EncounterScreenOptions): Screen & {
  controller: PlayController;
} {
  const { setup, announcer, bus, sound } = options;
  const { scenario } = setup;
  const customerName = scenario.customer.name;
  const history = options.history;

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

  let lastView: SessionView | null = null;
  let expression: Expression = 'neutral';
  let lineView: LineView | null = null;
  let timer: TimerController | null = null;
  let pausedBy: 'cover' | 'hidden' | null = null;
  let currentSpeaker: 'customer' | 'colleague' = 'customer';
  let currentVoice: Voice | null = null;
  let pickUp: number | null = null;
  let disposed = false;

  const play = (cue: SoundCue, caption?: string): void => {
    if (!sound) {
      // Without the sound board, still caption what would have been heard.
      return;
    }
    sound.play(cue, caption ? { caption } : undefined);
  };

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
      ...history.map((entry) =>
        el('li', { className: `history-${entry.who}` }, [
          entry.who === 'note'
            ? null
            : el('strong', { text: `${entry.who === 'learner' ? 'You' : entry.name}: ` }),
          entry.text,
        ]),
      ),
    );
    historyBox.hidden = history.length === 0;
  };

  const stopTimer = (): void => {
    timer?.stop();
    timer = null;
    timerSlot.replaceChildren();
  };

  const startTimerIfAny = (): void => {
    if (!timer || disposed) return;
    timer.start();
    if (pausedBy) timer.pause();
  };

  const setUpTimer = (view: SessionView): void => {
    stopTimer();
    if (view.timerSeconds === null) return;
    const viewOfTimer = createTimerView({
      onToggle: () => {
        pausedBy = null;
        timer?.toggle();
      },
    });
    timer = new TimerController({
      seconds: view.timerSeconds,
      onTick: (snapshot) => viewOfTimer.update(snapshot),
      onWarning: (warning) => {
        const words = `${warning.secondsLeft} seconds left to respond.`;
        if (warning.final) {
          announcer.assertive(words);
          play('timer-warning', `[Timer: ${warning.secondsLeft} seconds left]`);
        } else {
          announcer.polite(words);
        }
      },
      onExpire: () => {
        play('time-out');
        controller.timeOut();
      },
    });
    viewOfTimer.update(timer.snapshot());
    timerSlot.replaceChildren(viewOfTimer.element);
  };

  const focusByKey = (key: string | null): boolean => {
    if (!key) return false;
    const target = element.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (!target) return false;
    target.focus();
    return true;
  };

  const endingView = (node: Extract<ScenarioNode, { kind: 'ending' }>): HTMLElement =>
    el('div', { className: 'task task-ending' }, [
      el('p', { className: `outcome outcome-${node.outcome}` }, [
        el('span', { className: 'label', text: 'Outcome: ' }),
        OUTCOME_WORDS[node.outcome],
      ]),
      el('p', { className: 'epilogue', text: node.epilogue }),
      el('button', {
        className: 'button button-primary',
        attrs: { type: 'button', 'data-focus-key': 'see-debrief' },
        text: 'See your debrief',
        on: { click: () => options.onFinished(controller) },
      }),
    ]);

  const render = (view: SessionView, kind: StepKind): void => {
    const node = view.node;
    const nodeChanged =
      !lastView || lastView.nodeId !== view.nodeId || kind === 'choice' || kind === 'timeout';
    const focusKey =
      !nodeChanged && document.activeElement instanceof HTMLElement
        ? document.activeElement.getAttribute('data-focus-key')
        : null;
    const previous = lastView;
    lastView = view;
    element.dataset.node = view.nodeId;
    element.dataset.kind = view.kind;
    element.dataset.step = String(view.step);

    const newExpression = shownExpression({
      node,
      viewExpression: view.expression,
      mood: view.mood,
      previous: previous ? expression : undefined,
    });
    const moodChanged = !previous || JSON.stringify(previous.mood) !== JSON.stringify(view.mood);
    const customerInPicture = currentSpeaker === 'customer' && node.kind !== 'colleague-feedback';
    if (previous && customerInPicture && (moodChanged || newExpression !== expression)) {
      bus.emit('customer-changed', { expression: newExpression, mood: view.mood });
    }
    expression = newExpression;

    panelSlot.replaceChildren(
      customerPanel({ scenario, view, expression, moodMeter: setup.moodMeter }),
    );

    if (!nodeChanged) {
      // The same node after opening a record or filling a field: redraw its task, keep focus.
      const task = taskFor(view);
      nodeSection.querySelector('.task')?.replaceWith(task);
      if (kind === 'record') {
        play('record-opened');
        const before = new Set(previous?.revealedFacts.map((fact) => fact.id));
        const found = view.revealedFacts.filter((fact) => !before.has(fact.id));
        if (found.length) announcer.polite(`Found: ${found.map((fact) => fact.text).join(' ')}`);
        else announcer.polite('Record opened.');
      }
      focusByKey(focusKey);
      return;
    }

    // A new node: a colleague may step in, or the customer come back.
    const speaker = node.kind === 'colleague-feedback' ? 'colleague' : 'customer';
    if (speaker !== currentSpeaker) {
      currentSpeaker = speaker;
      bus.emit('speaker-changed', {
        speaker,
        appearance:
          node.kind === 'colleague-feedback'
            ? colleagueAppearance(node.colleague.name)
            : scenario.customer.appearance,
        expression: speaker === 'colleague' ? 'neutral' : expression,
        mood: speaker === 'colleague' ? { anger: 0, confusion: 0, trust: 80 } : view.mood,
      });
    }
    const voice = voiceAt(scenario, node);
    if (currentVoice && JSON.stringify(voice) !== JSON.stringify(currentVoice))
      bus.emit('voice-changed', voice);
    currentVoice = voice;
    lineView?.dispose();
    lineView = null;
    stopTimer();
    const headingId = uniqueId('node-heading');
    const nodeHeading = el('h2', {
      id: headingId,
      className: 'node-heading',
      text: node.title ?? KIND_HEADINGS[node.kind],
      attrs: { tabindex: -1 },
    });
    nodeSection.setAttribute('aria-labelledby', headingId);
    const parts: (HTMLElement | null)[] = [nodeHeading];

    if (kind === 'timeout' && previous) {
      const says = timeoutSays(scenario, previous.nodeId);
      history.push({ who: 'note', name: '', text: 'You took too long to answer.' });
      parts.push(
        el('div', { className: 'interjection', attrs: { role: 'note' } }, [
          el('p', { text: 'You took too long to answer.' }),
          says ? el('p', {}, [el('strong', { text: `${customerName}: ` }), says]) : null,
        ]),
      );
      if (says) history.push({ who: 'customer', name: customerName, text: says });
    }
    if (node.kind === 'explain')
      parts.push(el('p', { className: 'question', text: node.question }));

    const line = view.customerLine;
    let announcement = '';
    if (line) {
      lineView = createLineView({
        channel: scenario.setting.channel,
        speaker: voiceLabel(voice),
        organisation: scenario.organisation.name,
        line,
        first: !previous,
        reducedMotion: options.reducedMotion(),
        history,
        onDone: () => startTimerIfAny(),
      });
      parts.push(lineView.element);
      announcement = `${voiceLabel(voice)}: ${line}`;
    }
    const task = taskFor(view);
    parts.push(task);
    nodeSection.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    if (line) history.push({ who: 'customer', name: voice.name, text: line });
    if (node.kind === 'colleague-feedback') {
      history.push({ who: 'colleague', name: node.colleague.name, text: node.line });
      announcement = `${node.colleague.name}, ${node.colleague.role}: ${node.line}`;
    }
    renderHistory();

    choicesSlot.replaceChildren(
      view.choices.length
        ? choicesView({
            node,
            choices: view.choices,
            onChoose: (choiceId) => choose(choiceId),
          })
        : el('span'),
    );

    setUpTimer(view);
    if (!line) startTimerIfAny();

    if (view.ending) {
      play(isGoodOutcome(view.ending.outcome) ? 'ending-good' : 'ending-bad');
      announcement = [
        announcement,
        `Outcome: ${OUTCOME_WORDS[view.ending.outcome]}.`,
        view.ending.epilogue,
      ]
        .filter(Boolean)
        .join(' ');
    } else if (
      previous &&
      line &&
      ['email', 'live-chat', 'social-media'].includes(scenario.setting.channel)
    ) {
      play('message-arrive');
    }
    if (announcement) announcer.polite(announcement);
    if (previous) focusHeading(nodeHeading);
  };

  const taskFor = (view: SessionView): HTMLElement => {
    const node = view.node;
    const actions = {
      checkRecord: (recordId: string) => controller.checkRecord(recordId),
      fillField: (fieldId: string, entryId: string) => controller.fillField(fieldId, entryId),
    };
    switch (node.kind) {
      case 'investigate':
        return investigateView(node, view, actions);
      case 'options':
        return optionsView(node);
      case 'record':
        return recordFormView(node, view, actions);
      case 'review':
        return reviewView(node);
      case 'colleague-feedback':
        return colleagueView(
          node,
          portraitDataUrl({
            appearance: colleagueAppearance(node.colleague.name),
            expression: 'neutral',
            size: 96,
          }),
        );
      case 'escalate':
      case 'follow-up':
        return el('div', { className: 'task' }, [
          el('p', { className: 'prompt', text: node.prompt }),
        ]);
      case 'ending':
        return endingView(node);
      case 'dialogue':
      case 'explain':
        return el('div', { className: 'task' });
    }
  };

  const choose = (choiceId: string): void => {
    if (disposed) return;
    lineView?.skip();
    const choice = lastView?.choices.find((each) => each.id === choiceId);
    if (!choice) return;
    stopTimer();
    play('choice-click');
    history.push({
      who: 'learner',
      name: 'You',
      text: choice.say,
      toCustomer: lastView?.kind === 'dialogue',
    });
    controller.choose(choiceId);
  };

  const controller = new PlayController({
    setup,
    session: options.session,
    store: options.store,
    onStep: (view, kind) => {
      if (!disposed) render(view, kind);
    },
    onSaved: (step) => {
      element.dataset.savedStep = String(step);
    },
  });

  const onVisibility = (): void => {
    if (document.hidden && timer?.snapshot().state === 'running') {
      timer.pause();
      pausedBy = 'hidden';
    } else if (!document.hidden && pausedBy === 'hidden') {
      pausedBy = null;
      timer?.resume();
    }
  };
  document.addEventListener('visibilitychange', onVisibility);

  // First draw.
  const first = controller.view();
  expression = shownExpression({
    node: first.node,
    viewExpression: first.expression,
    mood: first.mood,
  });
  currentVoice = voiceAt(scenario, first.node);
  bus.emit('encounter-shown', {
    setting: scenario.setting,
    organisation: scenario.organisation.name,
    voice: currentVoice,
    appearance: scenario.customer.appearance,
    expression,
    mood: first.mood,
    reducedMotion: options.reducedMotion(),
  });
  // Said again on its own, so a stage that starts late reads the current voice from the bus.
  bus.emit('voice-changed', currentVoice);
  if (sound) {
    sound.startAmbience(scenario.setting);
    if (!options.resumed) {
      if (scenario.setting.channel === 'phone') {
        // The phone rings, then the call connects: the learner has picked up.
        play('phone-ring');
        pickUp = window.setTimeout(() => {
          pickUp = null;
          if (!disposed) play('phone-pickup');
        }, PHONE_RING_MS);
      } else if (scenario.setting.channel !== 'face-to-face') play('message-arrive');
    }
  }
  render(first, 'start');
  if (!options.resumed) controller.saveStart();
  else element.dataset.savedStep = String(first.step);

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
      if (/^[1-9]$/.test(event.key)) {
        const choice = lastView?.choices.find((each) => each.number === Number(event.key));
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
      if (covered && timer?.snapshot().state === 'running') {
        timer.pause();
        pausedBy = 'cover';
      } else if (!covered && pausedBy === 'cover') {
        pausedBy = null;
        timer?.resume();
      }
    },
    dispose() {
      disposed = true;
      if (pickUp !== null) window.clearTimeout(pickUp);
      lineView?.dispose();
      stopTimer();
      document.removeEventListener('visibilitychange', onVisibility);
      options.setCaptionSink(null);
      sound?.stopAmbience();
      bus.emit('encounter-hidden', {});
    },
  };
}
