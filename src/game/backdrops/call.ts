import { INK, PAPER, SECTOR_ACCENT, SILHOUETTE, shade, tint } from './palette.ts';
import { silhouette } from './people.ts';
import { placeLabel } from './place-label.ts';
import type { BackdropPlan, BackdropSetting, Shape } from './plan.ts';

/** The name of the text the game updates with the call's running time. */
export const CALL_TIMER_NAME = 'call-timer';
/**
 * The name of the text under the customer's picture (a call's caller ID, an email's sender, a
 * chat's contact), which the game sets to who is talking.
 */
export const CALLER_LABEL_NAME = 'caller-label';

function headset(x: number, y: number): Shape[] {
  return [
    { kind: 'ellipse', x, y, w: 92, h: 80, fill: 0x2f3b42 },
    { kind: 'ellipse', x, y: y + 8, w: 76, h: 70, fill: 0xdde3e0 },
    { kind: 'rect', x: x - 52, y: y + 4, w: 22, h: 38, fill: 0x3a4850, radius: 9 },
    { kind: 'rect', x: x + 30, y: y + 4, w: 22, h: 38, fill: 0x3a4850, radius: 9 },
    { kind: 'line', x1: x - 36, y1: y + 40, x2: x - 6, y2: y + 58, width: 4, colour: 0x3a4850 },
    { kind: 'circle', x: x - 4, y: y + 59, r: 6, fill: 0x3a4850 },
  ];
}

/** A call-centre desk: colleagues behind, and the call on our screen with the caller's picture. */
export function callPlan(setting: BackdropSetting): BackdropPlan {
  const accent = SECTOR_ACCENT[setting.sector];
  const back: Shape[] = [
    { kind: 'rect', x: 0, y: 0, w: 960, h: 540, fill: 0xe4e8ea },
    // Windows along the back wall.
    ...[0, 1, 2, 3, 4, 5].map((i): Shape => ({
      kind: 'rect',
      x: 20 + i * 160,
      y: 30,
      w: 140,
      h: 120,
      fill: 0xcfe2ec,
      radius: 4,
    })),
    { kind: 'rect', x: 0, y: 170, w: 960, h: 10, fill: tint(accent, 0.5) },
    // Rows of desks with colleagues on their own calls.
    { kind: 'rect', x: 0, y: 300, w: 960, h: 26, fill: 0xc3cbcf },
  ];
  const colleagues =
    setting.pressure === 'busy'
      ? [70, 160, 250, 700, 790, 880]
      : setting.pressure === 'routine'
        ? [110, 820]
        : [850];
  for (const x of colleagues) {
    back.push(...silhouette({ x, y: 196, size: 130, colour: SILHOUETTE, alpha: 0.9 }));
    back.push({ kind: 'rect', x: x - 30, y: 262, w: 60, h: 40, fill: 0x56646c, radius: 4 });
  }
  back.push({ kind: 'rect', x: 0, y: 326, w: 960, h: 214, fill: 0xd6dcdf });
  // The call card on our screen: the caller's picture goes in its top half.
  back.push(
    { kind: 'rect', x: 264, y: 22, w: 432, h: 500, fill: 0x1e2a31, radius: 18 },
    { kind: 'rect', x: 276, y: 34, w: 408, h: 476, fill: PAPER, radius: 12 },
    { kind: 'rect', x: 276, y: 34, w: 408, h: 58, fill: accent, radius: 12 },
    { kind: 'rect', x: 276, y: 72, w: 408, h: 20, fill: accent },
    { kind: 'circle', x: 306, y: 63, r: 8, fill: 0x7ddc8a },
    {
      kind: 'text',
      x: 324,
      y: 63,
      text: 'On call',
      size: 20,
      colour: 0xffffff,
      bold: true,
      align: 0,
    },
    {
      kind: 'text',
      x: 664,
      y: 63,
      text: '00:00',
      size: 20,
      colour: 0xffffff,
      bold: true,
      align: 1,
      name: CALL_TIMER_NAME,
    },
    { kind: 'rect', x: 300, y: 104, w: 360, h: 296, fill: tint(accent, 0.85), radius: 10 },
    {
      kind: 'text',
      x: 480,
      y: 424,
      text: placeLabel(setting, 'Customer line', 30),
      size: 17,
      colour: INK,
      align: 0.5,
      name: CALLER_LABEL_NAME,
    },
  );
  // Call controls: mute, hold, end.
  const controls: [number, number][] = [
    [410, 0x8796a0],
    [480, 0x8796a0],
    [550, 0xc8504a],
  ];
  for (const [x, colour] of controls) {
    back.push({ kind: 'circle', x, y: 470, r: 22, fill: colour });
  }
  back.push(
    { kind: 'rect', x: 535, y: 466, w: 30, h: 8, fill: 0xffffff, radius: 4 },
    { kind: 'rect', x: 472, y: 460, w: 5, h: 20, fill: 0xffffff },
    { kind: 'rect', x: 483, y: 460, w: 5, h: 20, fill: 0xffffff },
    { kind: 'circle', x: 410, y: 466, r: 7, fill: 0xffffff },
    { kind: 'rect', x: 408, y: 474, w: 4, h: 8, fill: 0xffffff },
  );
  const front: Shape[] = [
    ...headset(130, 420),
    { kind: 'rect', x: 740, y: 440, w: 170, h: 60, fill: shade(0xd6dcdf, 0.2), radius: 8 },
  ];
  for (let i = 0; i < 8; i += 1) {
    front.push({ kind: 'rect', x: 750 + i * 19, y: 452, w: 14, h: 10, fill: 0xeef1f2, radius: 2 });
    front.push({ kind: 'rect', x: 750 + i * 19, y: 470, w: 14, h: 10, fill: 0xeef1f2, radius: 2 });
  }
  return { layout: 'call', back, front, customer: { x: 480, y: 252, scale: 1.04 } };
}
