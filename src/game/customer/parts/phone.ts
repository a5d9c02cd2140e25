import { darken, lighten } from '../colour.ts';
import type { Look } from '../look.ts';
import { d, el } from '../svg.ts';

export function holdsPhone(look: Look): boolean {
  return look.extras.has('holding-phone');
}

/** Where the phone sits: up by the customer's right shoulder (the viewer's left), clear of the face. */
const PHONE = { x: 30, y: 160, w: 42, h: 76, tilt: -7 } as const;
const CASE = '#2b3138';
const RECORDING = '#e0412f';

/**
 * A phone held up at shoulder height, its back and camera towards the learner: the customer is
 * filming. A small red light beside the lenses says it is recording. Drawn over the body, under the
 * head; it replaces folded arms, since one hand is busy.
 */
export function filmingPhone(look: Look): string {
  if (!holdsPhone(look)) return '';
  const { x, y, w, h } = PHONE;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const sleeve = look.clothingStyle === 'hi-vis' ? look.clothing.base : look.clothing.shade;
  const skin = look.skin.base;
  const fold = look.skin.shadow;
  const arm = d`M6 300C14 280 30 262 ${cx - 4} ${y + h - 6}`;
  const lensX = x + 11;
  return [
    // The forearm rises from below the frame to the hand.
    el('path', {
      d: arm,
      fill: 'none',
      stroke: darken(sleeve, 0.2),
      'stroke-width': 30,
      'stroke-linecap': 'round',
    }),
    el('path', {
      d: arm,
      fill: 'none',
      stroke: sleeve,
      'stroke-width': 27,
      'stroke-linecap': 'round',
    }),
    el('g', { transform: `rotate(${PHONE.tilt} ${cx} ${cy})` }, [
      // The palm behind the phone's lower half.
      el('rect', { x: x - 4, y: y + h * 0.45, width: w + 8, height: h * 0.6, rx: 14, fill: skin }),
      el('rect', { x, y, width: w, height: h, rx: 8, fill: CASE }),
      el('rect', {
        x: x + 2,
        y: y + 2,
        width: w - 4,
        height: h - 4,
        rx: 6.5,
        fill: 'none',
        stroke: lighten(CASE, 0.18),
        'stroke-width': 1.4,
      }),
      // The camera block, its lenses looking at the learner.
      el('rect', { x: x + 4, y: y + 4, width: 20, height: 28, rx: 6, fill: lighten(CASE, 0.12) }),
      ...[y + 11, y + 24].flatMap((ly) => [
        el('circle', { cx: lensX + 3, cy: ly, r: 5, fill: '#151a1f' }),
        el('circle', {
          cx: lensX + 3,
          cy: ly,
          r: 5,
          fill: 'none',
          stroke: '#7d8891',
          'stroke-width': 1.2,
        }),
        el('circle', { cx: lensX + 1.6, cy: ly - 1.6, r: 1.3, fill: '#c9d6df', opacity: 0.8 }),
      ]),
      // Recording: a red light with a soft glow.
      el('circle', { cx: x + 32, cy: y + 10, r: 5.5, fill: RECORDING, opacity: 0.25 }),
      el('circle', { cx: x + 32, cy: y + 10, r: 3, fill: RECORDING }),
      // Fingers curl round the viewer's left edge; the thumb holds the other side.
      ...[0, 1, 2].map((i) =>
        el('rect', {
          x: x - 5,
          y: y + h * 0.5 + i * 10,
          width: 11,
          height: 8.5,
          rx: 4.2,
          fill: skin,
          stroke: fold,
          'stroke-width': 1.2,
        }),
      ),
      el('rect', {
        x: x + w - 7,
        y: y + h * 0.52,
        width: 11,
        height: 16,
        rx: 5.5,
        fill: skin,
        stroke: fold,
        'stroke-width': 1.2,
      }),
    ]),
  ].join('');
}
