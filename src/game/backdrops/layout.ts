import { callPlan } from './call.ts';
import {
  COUNTER_SECTORS,
  STAGE_HEIGHT,
  STAGE_WIDTH,
  type BackdropPlan,
  type BackdropSetting,
  type CustomerPlacement,
} from './plan.ts';
import { receptionPlan } from './reception.ts';
import { shopPlan } from './shop.ts';
import { chatPlan, inboxPlan, letterPlan, socialPlan } from './written.ts';

/** The backdrop for a setting, as shapes on the 960 × 540 design canvas. Pure: no Phaser. */
export function backdropPlan(setting: BackdropSetting): BackdropPlan {
  switch (setting.channel) {
    case 'face-to-face':
      return COUNTER_SECTORS.has(setting.sector) ? shopPlan(setting) : receptionPlan(setting);
    case 'phone':
      return callPlan(setting);
    case 'email':
      return inboxPlan(setting);
    case 'letter':
      return letterPlan(setting);
    case 'live-chat':
      return chatPlan(setting);
    case 'social-media':
      return socialPlan(setting);
  }
}

/** How the design canvas maps onto a stage of another size: scaled to cover it, centred. */
export interface StageFit {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function fitStage(size: { width: number; height: number }): StageFit {
  const scale = Math.max(size.width / STAGE_WIDTH, size.height / STAGE_HEIGHT);
  return {
    scale,
    offsetX: (size.width - STAGE_WIDTH * scale) / 2,
    offsetY: (size.height - STAGE_HEIGHT * scale) / 2,
  };
}

/**
 * Where to put the customer (a CustomerView's x, y and scale) so they stand behind the counter
 * face to face, or sit in the picture frame of a call, message or post.
 */
export function customerPlacement(
  setting: BackdropSetting,
  size: { width: number; height: number },
): CustomerPlacement {
  const fit = fitStage(size);
  const { customer } = backdropPlan(setting);
  return {
    x: fit.offsetX + customer.x * fit.scale,
    y: fit.offsetY + customer.y * fit.scale,
    scale: customer.scale * fit.scale,
  };
}
