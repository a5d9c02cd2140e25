import * as Phaser from 'phaser';
import type { Appearance, Expression, Mood } from '../../scenario/schema.ts';
import { PORTRAIT_HEIGHT, PORTRAIT_WIDTH, renderPortraitSvg } from './portrait.ts';
import { svgTextureKey } from './texture-key.ts';

export interface CustomerViewOptions {
  /** Where the centre of the portrait goes. */
  x: number;
  y: number;
  /** 1 draws the portrait 240 × 280 game pixels. */
  scale?: number;
  appearance: Appearance;
  expression: Expression;
  mood?: Mood;
  reducedMotion: boolean;
  /** Called when the view has changed and the next frame should be drawn (see FrameGate). */
  changed?: () => void;
}

const CROSSFADE_MS = 260;
const BLINK_MS = 140;
/** One breath in and out. */
const BREATH_MS = 4600;
/**
 * How often the breathing pose is redrawn. Every frame drawn costs a lot without a GPU (tens of
 * milliseconds, in which the page's other animation waits); at twice a second each step moves
 * the shoulders under a pixel at the stage's largest, so the motion still reads as breathing.
 * A multiple of the call clock's second, so that their frames coincide.
 */
const BREATH_STEP_MS = 500;
/** Gaps between blinks: irregular enough to look alive, fixed so nothing depends on chance. */
const BLINK_GAPS_MS = [3400, 4700, 2600, 5200, 3900, 1800, 4300];
/** Textures kept per view, so switching back to a recent expression needs no new drawing. */
const TEXTURE_CACHE = 10;

let views = 0;

/** Mood in steps of ten: body language changes visibly only at that grain, and textures stay few. */
function coarse(mood: Mood | undefined): Mood | undefined {
  if (!mood) return undefined;
  const step = (v: number) => Math.round(v / 10) * 10;
  return { anger: step(mood.anger), confusion: step(mood.confusion), trust: step(mood.trust) };
}

/**
 * The customer on stage: the procedural portrait as a texture, crossfading between expressions,
 * breathing and blinking unless reduced motion is on. Decorative: the DOM overlay carries the words.
 *
 * The SVG is turned into a texture through a blob: URL (allowed by the page's CSP as an image
 * source, and same-origin, so WebGL may upload it).
 */
export class CustomerView extends Phaser.GameObjects.Container {
  /** Resolves once the first portrait is on screen (useful for screenshots and tests). */
  readonly ready: Promise<void>;

  private readonly figure: Phaser.GameObjects.Container;
  private readonly prefix: string;
  private readonly pixelWidth: number;
  private readonly appearance: Appearance;
  private expression: Expression;
  private mood: Mood | undefined;
  private reducedMotion: boolean;
  private face: Phaser.GameObjects.Image | null = null;
  private blinkFace: Phaser.GameObjects.Image | null = null;
  private breathing: Phaser.Time.TimerEvent | null = null;
  private blinkTimer: Phaser.Time.TimerEvent | null = null;
  private blinkCount = 0;
  /** Bumped on every redraw: a texture that arrives late for an older request is ignored. */
  private request = 0;
  private readonly textureKeys: string[] = [];
  private gone = false;
  private markReady: () => void = () => undefined;
  private readonly changed: () => void;

  constructor(scene: Phaser.Scene, options: CustomerViewOptions) {
    super(scene, options.x, options.y);
    views += 1;
    this.prefix = `customer-view-${views}`;
    const scale = options.scale ?? 1;
    this.pixelWidth = Math.max(24, Math.round(PORTRAIT_WIDTH * scale));
    this.appearance = options.appearance;
    this.expression = options.expression;
    this.mood = coarse(options.mood);
    this.reducedMotion = options.reducedMotion;
    this.changed = options.changed ?? (() => undefined);
    this.ready = new Promise((resolve) => {
      this.markReady = resolve;
    });
    // The figure's origin is the bottom centre, so breathing lifts the shoulders, not the floor.
    const height = this.pixelWidth * (PORTRAIT_HEIGHT / PORTRAIT_WIDTH);
    this.figure = scene.add.container(0, height / 2);
    this.add(this.figure);
    this.setSize(this.pixelWidth, height);
    scene.add.existing(this);
    void this.redraw();
    this.applyMotion();
  }

  setExpression(expression: Expression): this {
    if (expression !== this.expression) {
      this.expression = expression;
      void this.redraw();
    }
    return this;
  }

  /** Body language follows the mood: shoulders rise with anger, the head tilts when puzzled. */
  setMood(mood: Mood): this {
    const next = coarse(mood);
    const same =
      next?.anger === this.mood?.anger &&
      next?.confusion === this.mood?.confusion &&
      next?.trust === this.mood?.trust;
    if (!same) {
      this.mood = next;
      void this.redraw();
    }
    return this;
  }

  setReducedMotion(on: boolean): this {
    if (on !== this.reducedMotion) {
      this.reducedMotion = on;
      this.applyMotion();
    }
    return this;
  }

  override destroy(fromScene?: boolean): void {
    if (this.gone) return;
    this.gone = true;
    this.request += 1;
    this.stopMotion();
    const textures = this.scene?.sys?.textures;
    super.destroy(fromScene);
    // The images using them went with the container: the textures can go now.
    if (textures) {
      for (const key of this.textureKeys.splice(0)) {
        if (textures.exists(key)) textures.remove(key);
      }
    }
  }

  private async redraw(): Promise<void> {
    const request = ++this.request;
    const base = {
      appearance: this.appearance,
      expression: this.expression,
      mood: this.mood,
      size: this.pixelWidth,
    };
    const svg = renderPortraitSvg(base);
    const blinkSvg = renderPortraitSvg({ ...base, blink: true });
    let key: string;
    let blinkKey: string | null;
    try {
      key = await this.texture(svg);
      blinkKey = blinkSvg === svg ? null : await this.texture(blinkSvg);
    } catch {
      // A portrait that cannot be drawn leaves the previous one in place; the overlay still speaks.
      return;
    }
    if (request !== this.request || this.gone) return;
    this.show(key, blinkKey);
    this.markReady();
  }

  private show(key: string, blinkKey: string | null): void {
    const scene = this.scene;
    const previous = this.face;
    const face = scene.add.image(0, 0, key).setOrigin(0.5, 1);
    this.figure.add(face);
    this.face = face;
    this.blinkFace?.destroy();
    this.blinkFace = blinkKey
      ? scene.add.image(0, 0, blinkKey).setOrigin(0.5, 1).setVisible(false)
      : null;
    if (this.blinkFace) this.figure.add(this.blinkFace);
    this.changed();
    if (!previous) return;
    if (this.reducedMotion) {
      previous.destroy();
      return;
    }
    // Crossfade: the new face fades in over the old, which then goes.
    face.setAlpha(0);
    this.figure.bringToTop(previous);
    this.figure.bringToTop(face);
    scene.tweens.add({
      targets: face,
      alpha: 1,
      duration: CROSSFADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: () => previous.destroy(),
    });
  }

  /** The texture for an SVG, made once per view and kept while recently used. */
  private async texture(svg: string): Promise<string> {
    const key = `${this.prefix}-${svgTextureKey(svg)}`;
    const textures = this.scene.sys.textures;
    const known = this.textureKeys.indexOf(key);
    if (known !== -1 && textures.exists(key)) {
      this.textureKeys.splice(known, 1);
      this.textureKeys.push(key);
      return key;
    }
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      if (this.gone) throw new Error('The customer view was destroyed while drawing.');
      if (!textures.exists(key)) textures.addImage(key, image);
    } finally {
      URL.revokeObjectURL(url);
    }
    this.textureKeys.push(key);
    this.forgetOldTextures();
    return key;
  }

  private forgetOldTextures(): void {
    const textures = this.scene.sys.textures;
    // Every image still in the figure counts, not just the current face: an older face may still
    // be fading out, and removing its texture mid-fade crashes the renderer.
    const inUse = new Set(
      this.figure.list.map((shown) =>
        shown instanceof Phaser.GameObjects.Image ? shown.texture.key : undefined,
      ),
    );
    while (this.textureKeys.length > TEXTURE_CACHE) {
      const index = this.textureKeys.findIndex((key) => !inUse.has(key));
      if (index === -1) return;
      const [old] = this.textureKeys.splice(index, 1);
      if (old && textures.exists(old)) textures.remove(old);
    }
  }

  private applyMotion(): void {
    this.stopMotion();
    if (this.reducedMotion) return;
    // Stepped, not tweened: a tween would have every frame drawn. The pose follows the scene's
    // clock, a sine from rest to the full breath and back, as a yoyo Sine.easeInOut tween did.
    const started = this.scene.time.now;
    this.breathing = this.scene.time.addEvent({
      delay: BREATH_STEP_MS,
      loop: true,
      callback: () => {
        const phase = ((this.scene.time.now - started) % BREATH_MS) / BREATH_MS;
        const breath = (1 - Math.cos(phase * 2 * Math.PI)) / 2;
        this.figure.setScale(1 + 0.004 * breath, 1 + 0.012 * breath);
        this.changed();
      },
    });
    this.scheduleBlink();
  }

  private scheduleBlink(): void {
    const gap = BLINK_GAPS_MS[this.blinkCount % BLINK_GAPS_MS.length] ?? 4000;
    this.blinkCount += 1;
    this.blinkTimer = this.scene.time.addEvent({
      delay: gap,
      callback: () => {
        this.blink();
        this.scheduleBlink();
      },
    });
  }

  private blink(): void {
    const lids = this.blinkFace;
    if (!lids || this.reducedMotion) return;
    lids.setVisible(true);
    this.figure.bringToTop(lids);
    this.changed();
    this.scene.time.delayedCall(BLINK_MS, () => {
      if (this.gone) return;
      lids.setVisible(false);
      this.changed();
    });
  }

  private stopMotion(): void {
    this.breathing?.remove(false);
    this.breathing = null;
    this.blinkTimer?.remove(false);
    this.blinkTimer = null;
    this.blinkFace?.setVisible(false);
    this.figure.setScale(1);
    this.changed();
  }
}
