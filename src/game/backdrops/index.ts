import * as Phaser from 'phaser';
import { fitStage, backdropPlan } from './layout.ts';
import { STAGE_HEIGHT, STAGE_WIDTH, type BackdropSetting, type Shape } from './plan.ts';

export { backdropPlan, customerPlacement, fitStage } from './layout.ts';
export { CALL_TIMER_NAME, CALLER_LABEL_NAME } from './call.ts';
export type { BackdropPlan, BackdropSetting, CustomerPlacement, Shape } from './plan.ts';

/** The layer in front of the customer sits this high; anything meant to cover it needs more. */
export const BACKDROP_FRONT_DEPTH = 100;

const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';

function hex(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

/**
 * Drawn twice the design size and shown at half: a texture's framebuffer has no anti-aliasing of
 * its own, so this smooths the edges the canvas would otherwise have smoothed.
 */
const BAKE_SCALE = 2;

/**
 * The shapes drawn once into a texture. A Graphics object is tessellated again on every frame it
 * is shown, which on a machine without GPU acceleration costs more than the rest of the frame;
 * the backdrop never changes while it is shown, so it is drawn once.
 */
function bake(
  scene: Phaser.Scene,
  graphics: Phaser.GameObjects.Graphics,
): Phaser.GameObjects.Image {
  const texture = scene.textures.addDynamicTexture(
    `backdrop-${++baked}`,
    STAGE_WIDTH * BAKE_SCALE,
    STAGE_HEIGHT * BAKE_SCALE,
  );
  if (texture === null) throw new Error('Phaser could not make a texture for the backdrop.');
  graphics.setScale(BAKE_SCALE);
  texture.draw(graphics).render();
  graphics.destroy();
  const image = scene.add
    .image(0, 0, texture)
    .setOrigin(0, 0)
    .setScale(1 / BAKE_SCALE);
  image.once(Phaser.GameObjects.Events.DESTROY, () => texture.destroy());
  return image;
}

let baked = 0;

function drawShapes(scene: Phaser.Scene, shapes: Shape[]): Phaser.GameObjects.GameObject[] {
  const graphics = scene.make.graphics({}, false);
  const texts: Phaser.GameObjects.Text[] = [];
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'rect':
        graphics.fillStyle(shape.fill, shape.alpha ?? 1);
        if (shape.radius)
          graphics.fillRoundedRect(shape.x, shape.y, shape.w, shape.h, shape.radius);
        else graphics.fillRect(shape.x, shape.y, shape.w, shape.h);
        break;
      case 'circle':
        graphics.fillStyle(shape.fill, shape.alpha ?? 1).fillCircle(shape.x, shape.y, shape.r);
        break;
      case 'ellipse':
        graphics
          .fillStyle(shape.fill, shape.alpha ?? 1)
          .fillEllipse(shape.x, shape.y, shape.w, shape.h);
        break;
      case 'polygon': {
        const points: Phaser.Math.Vector2[] = [];
        for (let i = 0; i + 1 < shape.points.length; i += 2) {
          points.push(new Phaser.Math.Vector2(shape.points[i] ?? 0, shape.points[i + 1] ?? 0));
        }
        graphics.fillStyle(shape.fill, shape.alpha ?? 1).fillPoints(points, true);
        break;
      }
      case 'line':
        graphics
          .lineStyle(shape.width, shape.colour, shape.alpha ?? 1)
          .lineBetween(shape.x1, shape.y1, shape.x2, shape.y2);
        break;
      case 'text': {
        const text = scene.add
          .text(shape.x, shape.y, shape.text, {
            fontFamily: FONT,
            fontSize: `${shape.size}px`,
            fontStyle: shape.bold ? 'bold' : 'normal',
            color: hex(shape.colour),
          })
          .setOrigin(shape.align ?? 0, 0.5);
        if (shape.name) text.setName(shape.name);
        texts.push(text);
        break;
      }
    }
  }
  // Text goes over the shapes: plans never put a shape over writing.
  return [bake(scene, graphics), ...texts];
}

/**
 * Draws the setting behind the customer and returns it as one container, sent to the back of the
 * scene. A second container in front of the customer (a counter's edge, a headset) is kept in the
 * backdrop's data as `front`, at depth BACKDROP_FRONT_DEPTH, and is destroyed with it. The call
 * timer text can be found with `backdrop.getByName(CALL_TIMER_NAME)`.
 */
export function drawBackdrop(
  scene: Phaser.Scene,
  setting: BackdropSetting,
): Phaser.GameObjects.Container {
  const plan = backdropPlan(setting);
  const fit = fitStage(scene.scale);
  const back = scene.add
    .container(fit.offsetX, fit.offsetY, drawShapes(scene, plan.back))
    .setScale(fit.scale);
  back.setName(`backdrop-${plan.layout}`);
  const front = scene.add
    .container(fit.offsetX, fit.offsetY, drawShapes(scene, plan.front))
    .setScale(fit.scale)
    .setDepth(BACKDROP_FRONT_DEPTH);
  back.setData('front', front);
  back.once(Phaser.GameObjects.Events.DESTROY, () => front.destroy());
  scene.children.sendToBack(back);
  return back;
}
