import { INK, PAPER, SECTOR_ACCENT, SILHOUETTE, shade, tint } from './palette.ts';
import { silhouette } from './people.ts';
import { placeLabel } from './place-label.ts';
import type { BackdropPlan, BackdropSetting, Shape } from './plan.ts';

const FALLBACK_PLACE: Partial<Record<BackdropSetting['sector'], string>> = {
  council: 'Council customer service centre',
  housing: 'Housing office',
  nhs: 'Reception',
  financial: 'Branch',
};

function noticeBoard(x: number, y: number, accent: number): Shape[] {
  const shapes: Shape[] = [{ kind: 'rect', x, y, w: 170, h: 120, fill: 0xc9a77c, radius: 6 }];
  const papers: [number, number, number, number][] = [
    [12, 12, 60, 44],
    [82, 10, 74, 52],
    [16, 64, 52, 44],
    [78, 70, 40, 38],
    [124, 70, 34, 40],
  ];
  papers.forEach(([px, py, w, h], i) => {
    shapes.push({
      kind: 'rect',
      x: x + px,
      y: y + py,
      w,
      h,
      fill: i === 1 ? tint(accent, 0.6) : PAPER,
      radius: 2,
    });
    shapes.push({ kind: 'circle', x: x + px + w / 2, y: y + py + 4, r: 3, fill: 0xc0392b });
  });
  return shapes;
}

function chairs(x: number, count: number, colour: number): Shape[] {
  const shapes: Shape[] = [];
  for (let i = 0; i < count; i += 1) {
    const cx = x + i * 62;
    shapes.push(
      { kind: 'rect', x: cx, y: 300, w: 52, h: 46, fill: colour, radius: 6 },
      { kind: 'rect', x: cx, y: 340, w: 52, h: 14, fill: shade(colour, 0.15), radius: 4 },
      { kind: 'rect', x: cx + 6, y: 354, w: 4, h: 26, fill: 0x7d8a92 },
      { kind: 'rect', x: cx + 42, y: 354, w: 4, h: 26, fill: 0x7d8a92 },
    );
  }
  return shapes;
}

/** A reception desk (council, housing, health, a bank branch): a waiting area behind the customer. */
export function receptionPlan(setting: BackdropSetting): BackdropPlan {
  const accent = SECTOR_ACCENT[setting.sector];
  const wall = tint(accent, 0.86);
  const back: Shape[] = [
    { kind: 'rect', x: 0, y: 0, w: 960, h: 380, fill: wall },
    { kind: 'rect', x: 0, y: 250, w: 960, h: 130, fill: tint(accent, 0.78) },
    { kind: 'rect', x: 0, y: 246, w: 960, h: 6, fill: tint(accent, 0.6) },
    { kind: 'rect', x: 0, y: 380, w: 960, h: 160, fill: 0xcfd6d3 },
    // The sign over the desk.
    { kind: 'rect', x: 300, y: 24, w: 360, h: 56, fill: accent, radius: 10 },
    {
      kind: 'text',
      x: 480,
      y: 52,
      text: placeLabel(setting, FALLBACK_PLACE[setting.sector] ?? 'Reception', 30),
      size: 22,
      colour: 0xffffff,
      bold: true,
      align: 0.5,
    },
    // The queue-number display.
    { kind: 'rect', x: 740, y: 40, w: 170, h: 80, fill: 0x1f2b33, radius: 8 },
    { kind: 'text', x: 825, y: 62, text: 'Now serving', size: 15, colour: 0xcfe3ea, align: 0.5 },
    {
      kind: 'text',
      x: 825,
      y: 96,
      text: setting.pressure === 'busy' ? '47' : '12',
      size: 30,
      colour: 0xf2c14e,
      bold: true,
      align: 0.5,
    },
    ...noticeBoard(40, 100, accent),
    // A plant by the window.
    { kind: 'rect', x: 880, y: 310, w: 40, h: 70, fill: 0xa5825f, radius: 6 },
    { kind: 'ellipse', x: 900, y: 290, w: 90, h: 80, fill: 0x6f9a6a },
    { kind: 'ellipse', x: 884, y: 268, w: 50, h: 56, fill: 0x82ad7a },
  ];
  back.push(...chairs(60, 4, tint(accent, 0.4)), ...chairs(640, 3, tint(accent, 0.4)));
  const waiting: [number, number][] =
    setting.pressure === 'busy'
      ? [
          [86, 226],
          [148, 226],
          [272, 226],
          [666, 226],
          [790, 226],
        ]
      : setting.pressure === 'routine'
        ? [[148, 226]]
        : [];
  for (const [x, y] of waiting) {
    back.push(...silhouette({ x, y, size: 150, colour: SILHOUETTE, alpha: 0.9, seated: true }));
  }
  const front: Shape[] = [
    { kind: 'rect', x: 0, y: 490, w: 960, h: 50, fill: shade(accent, 0.25) },
    { kind: 'rect', x: 0, y: 482, w: 960, h: 12, fill: tint(accent, 0.5) },
    { kind: 'rect', x: 60, y: 446, w: 70, h: 40, fill: PAPER, radius: 3 },
    { kind: 'rect', x: 68, y: 454, w: 54, h: 5, fill: INK, alpha: 0.3 },
    { kind: 'rect', x: 68, y: 464, w: 40, h: 5, fill: INK, alpha: 0.3 },
    { kind: 'rect', x: 800, y: 420, w: 110, h: 66, fill: 0x3a4850, radius: 6 },
    { kind: 'rect', x: 808, y: 428, w: 94, h: 46, fill: 0xb7d3dc, radius: 3 },
  ];
  return { layout: 'reception', back, front, customer: { x: 480, y: 358, scale: 1.3 } };
}
