import * as Phaser from 'phaser';

/**
 * Lets a Phaser game draw a frame only when something on screen has changed.
 *
 * Without a GPU (software WebGL, as on many school PCs) every frame drawn costs a great deal, and
 * while the canvas draws, the whole page's animation frames wait for it, the overlay's words
 * included. The encounter's picture is still most of the time, so its loop keeps stepping (timers
 * and tweens advance, which is cheap) but draws only when asked, or while a tween (a crossfade)
 * plays. A canvas that is not drawn to keeps showing its last frame.
 */
export interface FrameGate {
  /** Draw the next frame: something on screen has changed. */
  request(): void;
  /** Frames drawn since the game started (for the bench and the tests). */
  readonly rendered: number;
}

const tweening = (game: Phaser.Game): boolean =>
  game.scene
    .getScenes(true)
    .some((scene) => scene.tweens.tweens.some((tween) => tween.isPlaying()));

/**
 * Replaces Phaser.Game#step (update, then render, every tick) with a step that always updates and
 * renders only when a frame was requested or a tween plays; its render half mirrors Game#step of
 * Phaser 4.2. Call it from the game's postBoot callback: the loop binds `game.step` as it starts.
 */
export function gateFrames(game: Phaser.Game): FrameGate {
  let requested = true;
  let wasTweening = false;
  let rendered = 0;
  const phaserStep = game.step.bind(game);
  const events = game.events;
  game.step = (time: number, delta: number): void => {
    // Destroying and pausing are Phaser's own business.
    if ((game as unknown as { pendingDestroy?: boolean }).pendingDestroy || game.isPaused) {
      phaserStep(time, delta);
      return;
    }
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    game.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    // One more frame after a tween ends: its last step (and what its onComplete did) is drawn.
    const now = tweening(game);
    const draw = requested || now || wasTweening;
    wasTweening = now;
    if (!draw) return;
    requested = false;
    rendered += 1;
    const renderer = game.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    game.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  };
  // A resized canvas, or a WebGL context given back after being lost, needs its picture again.
  game.scale.on(Phaser.Scale.Events.RESIZE, () => (requested = true));
  game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, () => (requested = true));
  return {
    request: () => {
      requested = true;
    },
    get rendered() {
      return rendered;
    },
  };
}
