import { INK, PAPER, SECTOR_ACCENT, blend, shade, tint } from './palette.ts';
import { avatar } from './people.ts';
import { CALLER_LABEL_NAME } from './call.ts';
import { placeLabel } from './place-label.ts';
import type { BackdropPlan, BackdropSetting, Shape } from './plan.ts';

/** Lines of "text" as soft bars: readable as writing without words to read. */
function bars(
  x: number,
  y: number,
  widths: number[],
  gap: number,
  colour: number,
  height = 8,
): Shape[] {
  return widths.map((w, i): Shape => ({
    kind: 'rect',
    x,
    y: y + i * gap,
    w,
    h: height,
    fill: colour,
    radius: height / 2,
  }));
}

/** The customer's picture sits on this card, left of the message, in the written channels. */
function profileCard(accent: number, label: string): Shape[] {
  return [
    { kind: 'rect', x: 40, y: 40, w: 300, h: 460, fill: PAPER, radius: 16 },
    { kind: 'rect', x: 56, y: 56, w: 268, h: 300, fill: tint(accent, 0.82), radius: 12 },
    { kind: 'text', x: 190, y: 384, text: label, size: 17, colour: INK, bold: true, align: 0.5 },
    // The game writes who is writing here (the customer, or someone writing for them).
    {
      kind: 'text',
      x: 190,
      y: 418,
      text: 'Customer',
      size: 18,
      colour: INK,
      align: 0.5,
      name: CALLER_LABEL_NAME,
    },
    ...bars(80, 456, [150], 22, 0xdfe3e5),
  ];
}

/** Where the customer's picture goes on the profile card. */
const CARD_CUSTOMER = { x: 190, y: 206, scale: 1.05 };

function desk(): Shape[] {
  return [
    { kind: 'rect', x: 0, y: 0, w: 960, h: 540, fill: 0xdcd6cc },
    { kind: 'rect', x: 0, y: 0, w: 960, h: 540, fill: 0xe9e4db, alpha: 0.5 },
  ];
}

/** An email client: folders, the inbox, and the customer's message open beside their picture. */
export function inboxPlan(setting: BackdropSetting): BackdropPlan {
  const accent = SECTOR_ACCENT[setting.sector];
  const unread = setting.pressure === 'busy' ? 9 : setting.pressure === 'routine' ? 3 : 1;
  const back: Shape[] = [
    ...desk(),
    ...profileCard(accent, 'From'),
    { kind: 'rect', x: 364, y: 40, w: 556, h: 460, fill: PAPER, radius: 16 },
    { kind: 'rect', x: 364, y: 40, w: 556, h: 54, fill: accent, radius: 16 },
    { kind: 'rect', x: 364, y: 74, w: 556, h: 20, fill: accent },
    {
      kind: 'text',
      x: 388,
      y: 67,
      text: placeLabel(setting, 'Customer inbox', 26),
      size: 19,
      colour: 0xffffff,
      bold: true,
      align: 0,
    },
    { kind: 'rect', x: 806, y: 54, w: 94, h: 26, fill: 0xffffff, alpha: 0.25, radius: 13 },
    {
      kind: 'text',
      x: 853,
      y: 67,
      text: `${unread} unread`,
      size: 14,
      colour: 0xffffff,
      align: 0.5,
    },
    // The message list: the open message is highlighted.
    { kind: 'rect', x: 380, y: 108, w: 180, h: 376, fill: 0xf1f3f4, radius: 8 },
  ];
  for (let i = 0; i < 6; i += 1) {
    const y = 118 + i * 60;
    const open = i === 0;
    back.push({
      kind: 'rect',
      x: 388,
      y,
      w: 164,
      h: 52,
      fill: open ? tint(accent, 0.75) : 0xffffff,
      radius: 6,
    });
    if (i < unread) back.push({ kind: 'circle', x: 400, y: y + 14, r: 4, fill: accent });
    back.push(
      ...bars(
        410,
        y + 10,
        [100 - (i % 3) * 14, 126 - (i % 2) * 30],
        18,
        open ? shade(accent, 0.1) : 0xc9ced1,
        7,
      ),
    );
  }
  back.push(
    // The open message.
    ...bars(584, 118, [260], 0, INK, 12),
    ...bars(584, 146, [180], 0, 0xa8b0b5, 8),
    { kind: 'line', x1: 584, y1: 170, x2: 900, y2: 170, width: 2, colour: 0xe1e4e6 },
    ...bars(584, 190, [300, 310, 280, 305, 180], 22, 0xcfd4d7),
    ...bars(584, 318, [296, 270, 310, 150], 22, 0xcfd4d7),
    { kind: 'rect', x: 584, y: 436, w: 110, h: 36, fill: accent, radius: 8 },
    {
      kind: 'text',
      x: 639,
      y: 454,
      text: 'Reply',
      size: 16,
      colour: 0xffffff,
      bold: true,
      align: 0.5,
    },
  );
  return { layout: 'inbox', back, front: [], customer: CARD_CUSTOMER };
}

/** A letter on the desk, with its envelope, a pen and a mug of tea; the writer's card beside it. */
export function letterPlan(setting: BackdropSetting): BackdropPlan {
  const accent = SECTOR_ACCENT[setting.sector];
  const wood = 0xc29a6b;
  const back: Shape[] = [
    { kind: 'rect', x: 0, y: 0, w: 960, h: 540, fill: wood },
    ...[0, 1, 2, 3, 4, 5, 6].map((i): Shape => ({
      kind: 'line',
      x1: 0,
      y1: 40 + i * 78,
      x2: 960,
      y2: 52 + i * 78,
      width: 2,
      colour: shade(wood, 0.08),
      alpha: 0.6,
    })),
    ...profileCard(accent, 'From'),
    // Envelope, behind the letter, slightly turned.
    { kind: 'polygon', points: [660, 60, 920, 80, 906, 250, 646, 230], fill: 0xeee3cf },
    { kind: 'polygon', points: [660, 60, 920, 80, 786, 170], fill: 0xe2d4bb },
    { kind: 'rect', x: 850, y: 90, w: 40, h: 48, fill: tint(accent, 0.3), radius: 2 },
    // The letter itself.
    { kind: 'polygon', points: [388, 36, 760, 48, 746, 524, 374, 512], fill: 0xfffdf8 },
    {
      kind: 'text',
      x: 420,
      y: 78,
      text: placeLabel(setting, 'Complaints team', 30),
      size: 15,
      colour: INK,
      bold: true,
      align: 0,
    },
  ];
  for (let i = 0; i < 14; i += 1) {
    const y = 120 + i * 26;
    const width = i === 13 ? 120 : 300 - ((i * 37) % 70);
    back.push({
      kind: 'line',
      x1: 418,
      y1: y,
      x2: 418 + width,
      y2: y + 3,
      width: 3,
      colour: blend(INK, 0xfffdf8, 0.55),
    });
  }
  back.push(
    // A signature.
    { kind: 'line', x1: 420, y1: 486, x2: 470, y2: 470, width: 3, colour: 0x2b4a8a },
    { kind: 'line', x1: 470, y1: 470, x2: 500, y2: 488, width: 3, colour: 0x2b4a8a },
    { kind: 'line', x1: 500, y1: 488, x2: 540, y2: 472, width: 3, colour: 0x2b4a8a },
    // Pen and mug.
    { kind: 'polygon', points: [800, 330, 812, 322, 900, 452, 888, 460], fill: 0x2f3b42 },
    { kind: 'circle', x: 860, y: 500, r: 44, fill: tint(accent, 0.3) },
    { kind: 'circle', x: 860, y: 500, r: 34, fill: 0x9a6a45 },
  );
  if (setting.pressure === 'busy') {
    // A pile of other post waiting.
    back.push(
      { kind: 'polygon', points: [792, 270, 940, 262, 944, 318, 796, 326], fill: 0xf4efe4 },
      { kind: 'polygon', points: [788, 284, 936, 280, 940, 336, 792, 340], fill: 0xfbf7ee },
    );
  }
  return { layout: 'letter', back, front: [], customer: CARD_CUSTOMER };
}

/** A live-chat window: the customer's card on the left, the conversation on the right. */
export function chatPlan(setting: BackdropSetting): BackdropPlan {
  const accent = SECTOR_ACCENT[setting.sector];
  const waiting = setting.pressure === 'busy' ? 4 : setting.pressure === 'routine' ? 1 : 0;
  const back: Shape[] = [
    ...desk(),
    ...profileCard(accent, 'Chatting with'),
    { kind: 'rect', x: 364, y: 40, w: 556, h: 460, fill: PAPER, radius: 16 },
    { kind: 'rect', x: 364, y: 40, w: 556, h: 54, fill: accent, radius: 16 },
    { kind: 'rect', x: 364, y: 74, w: 556, h: 20, fill: accent },
    { kind: 'circle', x: 390, y: 67, r: 7, fill: 0x7ddc8a },
    {
      kind: 'text',
      x: 406,
      y: 67,
      text: placeLabel(setting, 'Live chat', 26),
      size: 19,
      colour: 0xffffff,
      bold: true,
      align: 0,
    },
  ];
  if (waiting > 0) {
    back.push(
      { kind: 'rect', x: 770, y: 54, w: 130, h: 26, fill: 0xffffff, alpha: 0.25, radius: 13 },
      {
        kind: 'text',
        x: 835,
        y: 67,
        text: `${waiting} waiting`,
        size: 14,
        colour: 0xffffff,
        align: 0.5,
      },
    );
  }
  // Bubbles: theirs on the left, ours on the right.
  const bubbles: [boolean, number, number][] = [
    [true, 260, 2],
    [false, 220, 1],
    [true, 300, 3],
    [false, 240, 2],
  ];
  let y = 112;
  for (const [theirs, width, lines] of bubbles) {
    const h = 18 + lines * 18;
    const x = theirs ? 384 : 900 - width;
    back.push({
      kind: 'rect',
      x,
      y,
      w: width,
      h,
      fill: theirs ? 0xeef1f3 : tint(accent, 0.72),
      radius: 14,
    });
    back.push(
      ...bars(
        x + 16,
        y + 14,
        Array.from({ length: lines }, (_, i) => width - 40 - i * 24),
        18,
        theirs ? 0xc5ccd0 : shade(tint(accent, 0.72), 0.18),
        7,
      ),
    );
    y += h + 16;
  }
  // Typing indicator and the reply box.
  back.push(
    { kind: 'rect', x: 384, y, w: 70, h: 30, fill: 0xeef1f3, radius: 15 },
    { kind: 'circle', x: 404, y: y + 15, r: 4, fill: 0x9aa5ab },
    { kind: 'circle', x: 419, y: y + 15, r: 4, fill: 0x9aa5ab },
    { kind: 'circle', x: 434, y: y + 15, r: 4, fill: 0x9aa5ab },
    { kind: 'rect', x: 380, y: 440, w: 524, h: 44, fill: 0xf1f3f4, radius: 22 },
    { kind: 'circle', x: 880, y: 462, r: 16, fill: accent },
    { kind: 'polygon', points: [873, 454, 890, 462, 873, 470], fill: 0xffffff },
  );
  return { layout: 'chat', back, front: [], customer: CARD_CUSTOMER };
}

/** A public post about the organisation, with reactions and replies piling up. */
export function socialPlan(setting: BackdropSetting): BackdropPlan {
  const accent = SECTOR_ACCENT[setting.sector];
  const social = 0x3d5a80;
  const replies = setting.pressure === 'busy' ? 3 : setting.pressure === 'routine' ? 2 : 1;
  const back: Shape[] = [
    ...desk(),
    ...profileCard(social, 'Posted by'),
    { kind: 'rect', x: 364, y: 40, w: 556, h: 460, fill: 0xf3f5f7, radius: 16 },
    { kind: 'rect', x: 364, y: 40, w: 556, h: 54, fill: social, radius: 16 },
    { kind: 'rect', x: 364, y: 74, w: 556, h: 20, fill: social },
    {
      kind: 'text',
      x: 388,
      y: 67,
      text: 'Public post',
      size: 19,
      colour: 0xffffff,
      bold: true,
      align: 0,
    },
    // The post.
    { kind: 'rect', x: 380, y: 108, w: 524, h: 196, fill: PAPER, radius: 12 },
    ...bars(400, 126, [180], 0, INK, 11),
    ...bars(400, 146, [110], 0, 0xa8b0b5, 7),
    ...bars(400, 172, [460, 480, 430, 260], 20, 0xcfd4d7),
    // The organisation is tagged: a chip in its colour.
    { kind: 'rect', x: 680, y: 248, w: 200, h: 26, fill: tint(accent, 0.75), radius: 13 },
    {
      kind: 'text',
      x: 780,
      y: 261,
      text: placeLabel(setting, 'Tagged', 22),
      size: 13,
      colour: shade(accent, 0.4),
      align: 0.5,
    },
    // Reactions: hearts and shares.
    { kind: 'circle', x: 410, y: 286, r: 8, fill: 0xe0556a },
    {
      kind: 'text',
      x: 424,
      y: 286,
      text: setting.pressure === 'busy' ? '1.2k' : setting.pressure === 'routine' ? '86' : '4',
      size: 14,
      colour: INK,
      align: 0,
    },
    { kind: 'polygon', points: [482, 280, 496, 286, 482, 292], fill: 0x6b7a84 },
    {
      kind: 'text',
      x: 504,
      y: 286,
      text: setting.pressure === 'busy' ? '340' : setting.pressure === 'routine' ? '12' : '1',
      size: 14,
      colour: INK,
      align: 0,
    },
  ];
  for (let i = 0; i < replies; i += 1) {
    const y = 318 + i * 60;
    back.push(
      { kind: 'rect', x: 400, y, w: 504, h: 50, fill: PAPER, radius: 10 },
      ...avatar(424, y + 25, 16, 0x8796a0, 0xe4e8ea),
      ...bars(450, y + 14, [140 + i * 30, 300 - i * 40], 16, 0xcfd4d7, 7),
    );
  }
  return { layout: 'social', back, front: [], customer: CARD_CUSTOMER };
}
