import { darken, lighten, mix } from '../colour.ts';
import type { Look } from '../look.ts';
import { d, el } from '../svg.ts';
import { HEAD } from './face.ts';

/** A headscarf (hijab) wraps the whole head and falls over the shoulders: it hides hair and ears. */
export function wearsHeadscarf(look: Look): boolean {
  return look.extras.has('headscarf');
}

export function beard(look: Look): string {
  if (!look.extras.has('beard')) return '';
  const { base, shade } = look.hair;
  return [
    el('path', {
      d: d`M77 108C78 138 92 172 120 176C148 172 162 138 163 108C158 124 152 134 144 136C136 132 128 132 120 134C112 132 104 132 96 136C88 134 82 124 77 108Z`,
      fill: base,
    }),
    // The mouth shows through.
    el('path', {
      d: d`M106 ${HEAD.mouthY - 4}Q120 ${HEAD.mouthY - 7} 134 ${HEAD.mouthY - 4}Q133 ${HEAD.mouthY + 9} 120 ${HEAD.mouthY + 10}Q107 ${HEAD.mouthY + 9} 106 ${HEAD.mouthY - 4}Z`,
      fill: look.skin.shadow,
    }),
    el('path', {
      d: d`M96 150q4 6 10 8M144 150q-4 6 -10 8`,
      fill: 'none',
      stroke: shade,
      'stroke-width': 1.6,
      'stroke-linecap': 'round',
      opacity: 0.6,
    }),
  ].join('');
}

export function moustache(look: Look): string {
  if (!look.extras.has('moustache') && !look.extras.has('beard')) return '';
  const y = HEAD.mouthY;
  return el('path', {
    d: d`M104 ${y - 2}C108 ${y - 10} 116 ${y - 10} 120 ${y - 6}C124 ${y - 10} 132 ${y - 10} 136 ${y - 2}C130 ${y - 4} 124 ${y - 4} 120 ${y - 3}C116 ${y - 4} 110 ${y - 4} 104 ${y - 2}Z`,
    fill: look.hair.base,
    stroke: look.hair.shade,
    'stroke-width': 1,
  });
}

export function ears(look: Look, under: boolean): string {
  if (wearsHeadscarf(look)) return '';
  if (under) {
    return [HEAD.left + 1, HEAD.right - 1]
      .map((cx) =>
        [
          el('ellipse', { cx, cy: HEAD.earY, rx: 8, ry: 12.5, fill: look.skin.base }),
          el('path', {
            d:
              cx < 120
                ? d`M${cx + 2} ${HEAD.earY - 6}Q${cx - 4} ${HEAD.earY} ${cx + 2} ${HEAD.earY + 6}`
                : d`M${cx - 2} ${HEAD.earY - 6}Q${cx + 4} ${HEAD.earY} ${cx - 2} ${HEAD.earY + 6}`,
            fill: 'none',
            stroke: look.skin.shadow,
            'stroke-width': 2.4,
            'stroke-linecap': 'round',
          }),
        ].join(''),
      )
      .join('');
  }
  const parts: string[] = [];
  if (look.extras.has('hearing-aid')) {
    // Behind the ear on the viewer's right, with its clear tube into the ear.
    const x = HEAD.right + 4;
    parts.push(
      el('path', {
        d: d`M${x - 1} ${HEAD.earY - 12}C${x + 5} ${HEAD.earY - 10} ${x + 6} ${HEAD.earY - 2} ${x + 3} ${HEAD.earY + 2}`,
        fill: 'none',
        stroke: '#9aa3ad',
        'stroke-width': 4,
        'stroke-linecap': 'round',
      }),
      el('path', {
        d: d`M${x - 1} ${HEAD.earY - 12}Q${x - 7} ${HEAD.earY - 10} ${x - 6} ${HEAD.earY - 3}`,
        fill: 'none',
        stroke: '#dfe6ec',
        'stroke-width': 1.4,
        'stroke-linecap': 'round',
      }),
    );
  }
  if (look.extras.has('earrings')) {
    for (const cx of [HEAD.left + 1, HEAD.right - 1]) {
      parts.push(
        el('circle', {
          cx,
          cy: HEAD.earY + 16,
          r: 4.5,
          fill: 'none',
          stroke: '#d9a93a',
          'stroke-width': 2,
        }),
      );
    }
  }
  return parts.join('');
}

export function glasses(look: Look): string {
  if (!look.extras.has('glasses')) return '';
  const frame = mix(look.hair.shade, '#2d3540', 0.6);
  const y = HEAD.eyeY;
  const lens = (cx: number) =>
    el('rect', {
      x: cx - 14,
      y: y - 10,
      width: 28,
      height: 20,
      rx: 8,
      fill: '#ffffff',
      'fill-opacity': 0.16,
      stroke: frame,
      'stroke-width': 2.6,
    });
  const arms = wearsHeadscarf(look)
    ? ''
    : d`M${HEAD.eyeLeftX - 14} ${y - 3}L${HEAD.left + 2} ${y - 5}M${HEAD.eyeRightX + 14} ${y - 3}L${HEAD.right - 2} ${y - 5}`;
  return [
    lens(HEAD.eyeLeftX),
    lens(HEAD.eyeRightX),
    el('path', {
      d: d`M${HEAD.eyeLeftX + 14} ${y - 2}Q120 ${y - 7} ${HEAD.eyeRightX - 14} ${y - 2}${arms}`,
      fill: 'none',
      stroke: frame,
      'stroke-width': 2.6,
      'stroke-linecap': 'round',
    }),
  ].join('');
}

/** The wrap over the hair for `covered` (a head wrap or turban), without a headscarf. */
function headWrap(look: Look): string {
  const cloth = look.accent;
  const fold = darken(cloth, 0.2);
  return [
    el('path', {
      d: d`M74 104C66 62 90 30 120 30C150 30 174 62 166 104C160 92 150 84 138 80C126 76 114 76 102 80C90 84 80 92 74 104Z`,
      fill: cloth,
    }),
    el('path', {
      d: d`M80 86C96 62 132 50 160 72M78 70C100 44 138 40 156 52M104 80C112 60 136 44 150 40`,
      fill: 'none',
      stroke: fold,
      'stroke-width': 2.2,
      'stroke-linecap': 'round',
      opacity: 0.7,
    }),
    el('path', {
      d: d`M92 42Q120 32 148 42`,
      fill: 'none',
      stroke: lighten(cloth, 0.25),
      'stroke-width': 3,
      'stroke-linecap': 'round',
      opacity: 0.6,
    }),
  ].join('');
}

/** The headscarf in front: a frame round the face, with soft folds under the chin. */
function headscarfFront(look: Look): string {
  const cloth = look.accent;
  const fold = darken(cloth, 0.18);
  const outer = d`M120 40C84 40 64 66 64 104C64 140 70 170 64 204C80 222 104 232 120 232C136 232 160 222 176 204C170 170 176 140 176 104C176 66 156 40 120 40Z`;
  const face = d`M120 62C98 62 84 80 84 106C84 136 98 164 120 166C142 164 156 136 156 106C156 80 142 62 120 62Z`;
  return [
    el('path', { d: outer + face, fill: cloth, 'fill-rule': 'evenodd' }),
    el('path', { d: face, fill: 'none', stroke: fold, 'stroke-width': 2.4 }),
    el('path', {
      d: d`M84 168Q120 196 156 168M76 190Q120 222 164 190M70 124Q72 150 80 170M170 124Q168 150 160 170`,
      fill: 'none',
      stroke: fold,
      'stroke-width': 2,
      'stroke-linecap': 'round',
      opacity: 0.7,
    }),
  ].join('');
}

function cap(look: Look): string {
  const cloth = mix(look.clothing.base, '#1f2d3d', 0.45);
  return [
    el('path', {
      d: d`M74 94C72 58 94 38 120 38C146 38 168 58 166 94C150 86 136 84 120 84C104 84 90 86 74 94Z`,
      fill: cloth,
    }),
    el('path', {
      d: d`M120 38L120 84M96 46Q104 64 104 85M144 46Q136 64 136 85`,
      fill: 'none',
      stroke: darken(cloth, 0.25),
      'stroke-width': 1.6,
    }),
    el('path', {
      d: d`M68 97C84 82 156 82 172 97C176 104 164 106 120 100C76 106 64 104 68 97Z`,
      fill: darken(cloth, 0.18),
    }),
    el('circle', { cx: 120, cy: 39, r: 3.5, fill: darken(cloth, 0.3) }),
  ].join('');
}

/** Whatever sits on the head, drawn over the hair. */
export function headwear(look: Look): string {
  if (wearsHeadscarf(look)) return headscarfFront(look);
  const parts: string[] = [];
  if (look.hairStyle === 'covered') parts.push(headWrap(look));
  if (look.extras.has('cap')) parts.push(cap(look));
  return parts.join('');
}
