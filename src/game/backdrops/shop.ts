import { SECTOR_ACCENT, SILHOUETTE, shade, tint } from './palette.ts';
import { silhouette } from './people.ts';
import { placeLabel } from './place-label.ts';
import type { BackdropPlan, BackdropSetting, Shape } from './plan.ts';

const PRODUCT_COLOURS = [0xc8d6dc, 0xe3c9a8, 0xb9cbb4, 0xdcc0c8, 0xd8d2b8, 0xb8c4d8];

function shelves(x: number, width: number, accent: number): Shape[] {
  const shapes: Shape[] = [
    { kind: 'rect', x, y: 120, w: width, h: 250, fill: tint(accent, 0.82), radius: 6 },
  ];
  for (let row = 0; row < 4; row += 1) {
    const y = 150 + row * 58;
    shapes.push({
      kind: 'rect',
      x: x + 8,
      y: y + 38,
      w: width - 16,
      h: 6,
      fill: tint(accent, 0.55),
    });
    let bx = x + 14;
    let i = row * 3;
    while (bx < x + width - 30) {
      const w = 18 + ((i * 7) % 3) * 8;
      const h = 22 + ((i * 5) % 4) * 4;
      shapes.push({
        kind: 'rect',
        x: bx,
        y: y + 38 - h,
        w,
        h,
        fill: PRODUCT_COLOURS[i % PRODUCT_COLOURS.length] ?? 0xcccccc,
        radius: 2,
      });
      bx += w + 5;
      i += 1;
    }
  }
  return shapes;
}

const HANDSET_COLOURS = [0x2b3138, 0xd9dde0, 0x4a5d7a, 0x8a6f9e, 0x2b3138, 0xc9b8a6];

/** A phone shop's wall: handsets on stands, routers on the shelf below, a poster above. */
function phoneWall(x: number, width: number, accent: number): Shape[] {
  const shapes: Shape[] = [
    { kind: 'rect', x, y: 120, w: width, h: 250, fill: tint(accent, 0.82), radius: 6 },
    { kind: 'rect', x: x + 14, y: 132, w: width - 28, h: 44, fill: tint(accent, 0.3), radius: 4 },
    { kind: 'rect', x: x + 26, y: 146, w: width * 0.45, h: 8, fill: 0xffffff, alpha: 0.85 },
    { kind: 'rect', x: x + 26, y: 160, w: width * 0.3, h: 6, fill: 0xffffff, alpha: 0.6 },
  ];
  // Two rows of handsets, each on a small stand.
  for (let row = 0; row < 2; row += 1) {
    const y = 196 + row * 66;
    shapes.push({
      kind: 'rect',
      x: x + 8,
      y: y + 46,
      w: width - 16,
      h: 6,
      fill: tint(accent, 0.55),
    });
    let i = row * 2;
    for (let px = x + 20; px + 22 <= x + width - 12; px += 36) {
      const body = HANDSET_COLOURS[i % HANDSET_COLOURS.length] ?? 0x2b3138;
      shapes.push(
        { kind: 'rect', x: px + 7, y: y + 38, w: 8, h: 8, fill: 0x9aa4ae },
        { kind: 'rect', x: px, y, w: 22, h: 40, fill: body, radius: 4 },
        { kind: 'rect', x: px + 2, y: y + 3, w: 18, h: 32, fill: 0x9fc7d4, radius: 2 },
      );
      i += 1;
    }
  }
  // Routers and boxes on the bottom shelf.
  const y = 332;
  shapes.push({ kind: 'rect', x: x + 8, y: y + 26, w: width - 16, h: 6, fill: tint(accent, 0.55) });
  for (let bx = x + 18, i = 0; bx + 40 <= x + width - 10; bx += 54, i += 1) {
    shapes.push(
      {
        kind: 'rect',
        x: bx,
        y,
        w: 40,
        h: 26,
        fill: i % 2 === 0 ? 0xf4f6f8 : tint(accent, 0.4),
        radius: 3,
      },
      { kind: 'circle', x: bx + 8, y: y + 19, r: 2, fill: 0x5fbf7a },
    );
  }
  return shapes;
}

function departures(x: number, accent: number): Shape[] {
  const shapes: Shape[] = [{ kind: 'rect', x, y: 120, w: 230, h: 190, fill: 0x1f2b33, radius: 8 }];
  for (let row = 0; row < 7; row += 1) {
    const y = 140 + row * 23;
    shapes.push(
      { kind: 'rect', x: x + 14, y, w: 44, h: 10, fill: 0xf2c14e, alpha: 0.85, radius: 2 },
      {
        kind: 'rect',
        x: x + 68,
        y,
        w: 100 - ((row * 13) % 40),
        h: 10,
        fill: 0xe8eef2,
        alpha: 0.7,
        radius: 2,
      },
      {
        kind: 'rect',
        x: x + 184,
        y,
        w: 32,
        h: 10,
        fill: row === 2 ? tint(accent, 0.3) : 0x8fa3ad,
        radius: 2,
      },
    );
  }
  return shapes;
}

function lounge(x: number, accent: number): Shape[] {
  // A hotel or café wall: framed pictures and a plant.
  return [
    { kind: 'rect', x, y: 130, w: 110, h: 80, fill: tint(accent, 0.5), radius: 4 },
    { kind: 'rect', x: x + 8, y: 138, w: 94, h: 64, fill: tint(accent, 0.78), radius: 2 },
    {
      kind: 'polygon',
      points: [x + 14, 196, x + 46, 156, x + 70, 186, x + 84, 170, x + 96, 196],
      fill: tint(accent, 0.35),
    },
    { kind: 'rect', x: x + 140, y: 150, w: 70, h: 100, fill: tint(accent, 0.55), radius: 4 },
    { kind: 'rect', x: x + 148, y: 158, w: 54, h: 84, fill: tint(accent, 0.85), radius: 2 },
    { kind: 'rect', x: x + 40, y: 300, w: 36, h: 60, fill: 0xb08868, radius: 6 },
    { kind: 'ellipse', x: x + 58, y: 280, w: 80, h: 70, fill: 0x6f9a6a },
    { kind: 'ellipse', x: x + 40, y: 262, w: 44, h: 50, fill: 0x82ad7a },
  ];
}

/** A shop floor seen from behind our counter: the customer stands on the other side of it. */
export function shopPlan(setting: BackdropSetting): BackdropPlan {
  const accent = SECTOR_ACCENT[setting.sector];
  const wall = setting.sector === 'hospitality' ? 0xf1e4da : 0xf0ebe2;
  const back: Shape[] = [
    { kind: 'rect', x: 0, y: 0, w: 960, h: 380, fill: wall },
    { kind: 'rect', x: 0, y: 0, w: 960, h: 54, fill: accent },
    { kind: 'rect', x: 0, y: 54, w: 960, h: 6, fill: shade(accent, 0.2) },
    { kind: 'rect', x: 0, y: 380, w: 960, h: 160, fill: 0xd8cfc1 },
  ];
  for (let i = 0; i <= 12; i += 1) {
    back.push({
      kind: 'line',
      x1: 480 + (i - 6) * 40,
      y1: 380,
      x2: 480 + (i - 6) * 150,
      y2: 540,
      width: 2,
      colour: 0xcdc3b4,
    });
  }
  back.push({
    kind: 'text',
    x: 28,
    y: 27,
    text: placeLabel(setting, 'Customer service'),
    size: 22,
    colour: 0xffffff,
    bold: true,
    align: 0,
  });
  if (setting.sector === 'transport') {
    back.push(...departures(40, accent), ...departures(690, accent));
  } else if (setting.sector === 'hospitality') {
    back.push(...lounge(30, accent), ...lounge(700, accent));
  } else if (setting.sector === 'telecoms') {
    back.push(...phoneWall(30, 240, accent), ...phoneWall(690, 240, accent));
  } else {
    back.push(...shelves(30, 240, accent), ...shelves(690, 240, accent));
  }
  // Other customers: a queue when busy, someone browsing on a routine day, nobody when quiet.
  const crowd: [number, number, number][] =
    setting.pressure === 'busy'
      ? [
          [250, 218, 190],
          [305, 230, 178],
          [660, 214, 196],
          [712, 226, 184],
          [760, 236, 172],
        ]
      : setting.pressure === 'routine'
        ? [[262, 240, 168]]
        : [];
  for (const [x, y, size] of crowd) {
    back.push(...silhouette({ x, y, size, colour: SILHOUETTE, alpha: 0.85 }));
  }
  // Our counter, in front of the customer, with the till and a card reader.
  const front: Shape[] = [
    { kind: 'rect', x: 0, y: 492, w: 960, h: 48, fill: shade(accent, 0.15) },
    { kind: 'rect', x: 0, y: 484, w: 960, h: 12, fill: tint(accent, 0.35) },
    { kind: 'rect', x: 770, y: 436, w: 120, h: 52, fill: 0x3a4850, radius: 6 },
    { kind: 'rect', x: 780, y: 444, w: 100, h: 30, fill: 0x9fc7d4, radius: 3 },
    { kind: 'rect', x: 96, y: 452, w: 40, h: 36, fill: 0x2f3b42, radius: 5 },
    { kind: 'rect', x: 102, y: 458, w: 28, h: 12, fill: 0xa8d5b0, radius: 2 },
  ];
  return { layout: 'shop', back, front, customer: { x: 480, y: 358, scale: 1.3 } };
}
