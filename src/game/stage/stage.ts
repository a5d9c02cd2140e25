import type { EventBus, GameEventMap } from '../events.ts';
import { portraitDataUrl, portraitHeight } from '../art/portrait.ts';
import { placeLabel } from '../backdrops/place-label.ts';
import type { Voice } from '../play/voice.ts';
import { el } from '../ui/dom.ts';
import type { FrameGate } from './frame-gate.ts';
import { hasWebGl } from './webgl.ts';

/**
 * The picture beside the overlay: a Phaser canvas when WebGL works, otherwise a still SVG portrait
 * in the DOM. Either way it is decorative (aria-hidden): the overlay says everything in words.
 */
export interface Stage {
  readonly mode: 'webgl' | 'dom';
  /** Why the stage runs without WebGL, in words for the learner; null when all is well. */
  readonly problem: string | null;
  /** Call when the stage's box may have changed size (it was hidden, the layout switched). */
  refresh(): void;
}

export const NO_WEBGL_MESSAGE =
  'Your browser can’t show the animated scene (WebGL is switched off or not available), so Resolve is running in its text-and-picture mode. Everything in the game still works.';

export interface StageOptions {
  host: HTMLElement;
  bus: EventBus;
}

/** The DOM-only stage: the setting as a coloured panel and the customer as a still portrait. */
function createDomStage(options: StageOptions, problem: string): Stage {
  const portrait = el('img', {
    className: 'dom-portrait',
    attrs: { alt: '', width: 240, height: portraitHeight(240) },
  });
  const place = el('p', { className: 'dom-place' });
  const voiceTag = el('p', { className: 'dom-voice', attrs: { hidden: true } });
  const scene = el('div', { className: 'dom-stage' }, [place, portrait, voiceTag]);
  options.host.replaceChildren(scene);
  options.host.dataset.mode = 'dom';

  let current: GameEventMap['encounter-shown'] | undefined;
  const draw = (): void => {
    if (!current) return;
    scene.dataset.channel = current.setting.channel;
    place.textContent = placeLabel(
      { place: current.setting.place, organisation: current.organisation },
      current.organisation,
      40,
    );
    options.host.dataset.drawn = 'true';
    portrait.src = portraitDataUrl({
      appearance: current.appearance,
      expression: current.expression,
      mood: current.mood,
      size: 240,
    });
  };
  const showVoice = (voice: Voice): void => {
    voiceTag.hidden = voice.isCustomer;
    voiceTag.textContent = voice.role ? `${voice.name}, ${voice.role}` : voice.name;
  };
  options.bus.on('encounter-shown', (payload) => {
    current = payload;
    draw();
    showVoice(payload.voice);
  });
  options.bus.on('voice-changed', showVoice);
  options.bus.on('speaker-changed', ({ appearance, expression, mood }) => {
    if (!current) return;
    current = { ...current, appearance, expression, mood };
    draw();
  });
  options.bus.on('customer-changed', ({ expression, mood }) => {
    if (!current) return;
    current = { ...current, expression, mood };
    draw();
  });
  // Once the customer has gone, the place stays and the portrait goes.
  options.bus.on('encounter-shown', () => (portrait.hidden = false));
  options.bus.on('speaker-changed', () => (portrait.hidden = false));
  options.bus.on('presence-changed', ({ present }) => (portrait.hidden = present === 'nobody'));
  const shown = options.bus.last('encounter-shown');
  if (shown) {
    current = shown;
    draw();
    showVoice(options.bus.last('voice-changed') ?? shown.voice);
  }
  return { mode: 'dom', problem, refresh: () => undefined };
}

async function createPhaserStage(options: StageOptions): Promise<Stage> {
  // Phaser draws text into the canvas once: the bundled font must be ready first.
  await Promise.all([
    document.fonts.load('400 24px "Atkinson Hyperlegible"'),
    document.fonts.load('700 24px "Atkinson Hyperlegible"'),
  ]);
  const Phaser = await import('phaser');
  const { EncounterScene } = await import('../scenes/encounter-scene.ts');
  const { gateFrames } = await import('./frame-gate.ts');
  let frames: FrameGate | null = null;
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent: options.host,
    width: 960,
    height: 540,
    backgroundColor: '#1b4d5c',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, expandParent: false },
    scene: [new EncounterScene(options.bus, () => frames?.request())],
    banner: false,
    audio: { noAudio: true },
    callbacks: { postBoot: (booted) => (frames = gateFrames(booted)) },
  });
  options.host.dataset.mode = 'webgl';
  // For screenshots and tests: whether the latest customer is on screen yet, that is drawn and
  // then rendered (the game renders only when the picture changes). Forgotten when the encounter
  // goes, so that the next one is waited for.
  let shown = 0;
  const forget = (): void => {
    shown += 1;
    delete options.host.dataset.drawn;
  };
  options.bus.on('encounter-shown', forget);
  options.bus.on('encounter-hidden', forget);
  options.bus.on('stage-drawn', () => {
    const drawnFor = shown;
    game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      if (drawnFor === shown) options.host.dataset.drawn = 'true';
    });
  });
  (window as unknown as { __resolveGame?: unknown }).__resolveGame = game;
  // Frames drawn so far, counted for the bench and the browser tests.
  Object.defineProperty(window, '__resolveFrames', {
    configurable: true,
    get: () => frames?.rendered ?? 0,
  });
  return {
    mode: 'webgl',
    problem: null,
    refresh: () => {
      // Measure the box first: refresh() alone sizes the canvas from the box as last measured,
      // then measures it, so a stage shown again after being hidden (a timed play on a phone)
      // would keep a 0 × 0 canvas.
      game.scale.getParentBounds();
      game.scale.refresh();
    },
  };
}

export async function createStage(options: StageOptions): Promise<Stage> {
  if (!hasWebGl()) return createDomStage(options, NO_WEBGL_MESSAGE);
  try {
    return await createPhaserStage(options);
  } catch (error) {
    console.warn('Phaser could not start; using the DOM-only stage.', error);
    return createDomStage(options, NO_WEBGL_MESSAGE);
  }
}
