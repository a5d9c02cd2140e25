import * as Phaser from 'phaser';
import type { Appearance, Expression, Mood, Scenario } from '../../scenario/schema.ts';

/**
 * Stand-ins for the backdrops and the animated customer (src/game/backdrops, src/game/customer)
 * while those are built: same shapes of call, plain drawings.
 */

const SKIN: Record<Appearance['skin'], number> = {
  porcelain: 0xf6dcc8,
  light: 0xeac4a4,
  medium: 0xc99570,
  olive: 0xb08a5e,
  brown: 0x8a5a3b,
  deep: 0x5a3a28,
};
const HAIR: Record<Appearance['hair']['colour'], number> = {
  black: 0x1f1b1a,
  brown: 0x5b3a24,
  auburn: 0x8a3b1e,
  blonde: 0xd8b25a,
  grey: 0x9a9a9a,
  white: 0xe6e6e6,
};

export function drawPlaceholderBackdrop(
  scene: Phaser.Scene,
  setting: Scenario['setting'],
): Phaser.GameObjects.Container {
  const { width, height } = scene.scale;
  const container = scene.add.container(0, 0);
  const g = scene.add.graphics();
  container.add(g);
  switch (setting.channel) {
    case 'face-to-face':
      g.fillStyle(0xe8dcc4, 1).fillRect(0, 0, width, height);
      g.fillStyle(0xcdbb98, 1).fillRect(0, height * 0.18, width, 12);
      g.fillStyle(0x6b4f3a, 1).fillRect(0, height * 0.78, width, height * 0.22);
      g.fillStyle(0x8a6a50, 1).fillRect(0, height * 0.76, width, 18);
      break;
    case 'phone':
      g.fillStyle(0x22404c, 1).fillRect(0, 0, width, height);
      g.fillStyle(0x2f5766, 1).fillRoundedRect(width * 0.2, height * 0.12, width * 0.6, height * 0.76, 32);
      g.lineStyle(8, 0xf4f1ea, 0.6).strokeCircle(width * 0.5, height * 0.45, 150);
      break;
    case 'email':
    case 'letter':
      g.fillStyle(0xd9d4c7, 1).fillRect(0, 0, width, height);
      g.fillStyle(0xffffff, 1).fillRoundedRect(width * 0.08, height * 0.08, width * 0.84, height * 0.84, 12);
      g.fillStyle(0x1b4d5c, 1).fillRect(width * 0.08, height * 0.08, width * 0.84, 40);
      for (let i = 0; i < 8; i += 1) {
        g.fillStyle(0xe3e0d8, 1).fillRect(width * 0.14, height * 0.25 + i * 40, width * 0.3, 16);
      }
      break;
    default:
      g.fillStyle(0xeef2f4, 1).fillRect(0, 0, width, height);
      g.fillStyle(0x1b4d5c, 1).fillRect(0, 0, width, 56);
      for (let i = 0; i < 4; i += 1) {
        g.fillStyle(i % 2 ? 0xd7e8ee : 0xffffff, 1).fillRoundedRect(
          i % 2 ? width * 0.45 : width * 0.08,
          90 + i * 100,
          width * 0.45,
          70,
          18,
        );
      }
  }
  scene.children.sendToBack(container);
  return container;
}

export interface PlaceholderCustomerOptions {
  x: number;
  y: number;
  appearance: Appearance;
  expression: Expression;
  reducedMotion: boolean;
  channel: Scenario['setting']['channel'];
}

export class PlaceholderCustomer {
  private readonly container: Phaser.GameObjects.Container;
  private readonly face: Phaser.GameObjects.Graphics;
  private expression: Expression;
  private reducedMotion: boolean;
  private breathing: Phaser.Tweens.Tween | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: PlaceholderCustomerOptions,
  ) {
    this.expression = options.expression;
    this.reducedMotion = options.reducedMotion;
    const scale = options.channel === 'face-to-face' ? 1.3 : 0.8;
    this.container = scene.add.container(options.x, options.y).setScale(scale);
    const body = scene.add.graphics();
    body.fillStyle(Phaser.Display.Color.HexStringToColor(options.appearance.clothing.colour).color, 1);
    body.fillRoundedRect(-110, 70, 220, 200, 60);
    body.fillStyle(SKIN[options.appearance.skin], 1).fillEllipse(0, 0, 150, 180);
    if (options.appearance.hair.style !== 'bald') {
      body.fillStyle(HAIR[options.appearance.hair.colour], 1).fillEllipse(0, -62, 150, 70);
    }
    this.face = scene.add.graphics();
    this.container.add([body, this.face]);
    this.drawFace();
    this.startBreathing();
  }

  setExpression(expression: Expression): void {
    this.expression = expression;
    this.drawFace();
  }

  setMood(_mood: Mood): void {
    // The placeholder shows mood through the expression only.
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    this.startBreathing();
  }

  destroy(): void {
    this.breathing?.stop();
    this.container.destroy();
  }

  private startBreathing(): void {
    this.breathing?.stop();
    this.breathing = null;
    this.container.setScale(this.container.scaleX);
    if (this.reducedMotion) return;
    this.breathing = this.scene.tweens.add({
      targets: this.container,
      y: this.options.y - 4,
      duration: 1800,
      yoyo: true,
      repeat: -1,
      ease: 'Sine.easeInOut',
    });
  }

  private drawFace(): void {
    const g = this.face.clear();
    g.fillStyle(0x1b1b1b, 1).fillCircle(-30, -10, 7).fillCircle(30, -10, 7);
    g.lineStyle(6, 0x5a2320, 1);
    const e = this.expression;
    const angry = e === 'furious' || e === 'annoyed';
    const happy = e === 'pleased' || e === 'relieved';
    g.beginPath();
    if (happy) {
      g.arc(0, 30, 30, 0.2, Math.PI - 0.2, false);
    } else if (angry) {
      g.arc(0, 70, 32, Math.PI + 0.5, -0.5, false);
    } else {
      g.moveTo(-24, 45).lineTo(24, e === 'confused' ? 38 : 45);
    }
    g.strokePath();
    g.lineStyle(6, 0x2a2a2a, 1);
    if (angry) {
      g.lineBetween(-48, -40, -16, -28).lineBetween(48, -40, 16, -28);
    } else if (e === 'confused' || e === 'anxious') {
      g.lineBetween(-48, -30, -16, -38).lineBetween(48, -36, 16, -32);
    } else {
      g.lineBetween(-48, -34, -16, -34).lineBetween(48, -34, 16, -34);
    }
  }
}
