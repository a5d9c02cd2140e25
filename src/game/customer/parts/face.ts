import type { Expression } from '../../../scenario/schema.ts';
import type { Look } from '../look.ts';
import { d, el } from '../svg.ts';

/** Head geometry shared by every part (viewBox 240 × 280). */
export const HEAD = {
  cx: 120,
  top: 54,
  chin: 169,
  left: 76,
  right: 164,
  eyeY: 111,
  eyeLeftX: 101,
  eyeRightX: 139,
  mouthY: 146,
  earY: 114,
} as const;

export const FACE_PATH = d`M120 ${HEAD.top}C147 ${HEAD.top} 164 72 164 102C164 128 157 149 143 160C135 166 128 169 120 169C112 169 105 166 97 160C83 149 76 128 76 102C76 72 93 ${HEAD.top} 120 ${HEAD.top}Z`;

type EyeKind = 'open' | 'wide' | 'smile' | 'closed';
type MouthKind = 'soft' | 'flat' | 'shout' | 'skew' | 'wobble' | 'smile' | 'grin';

interface FaceSpec {
  /** Eyebrow offsets in px (positive is lower): inner end, outer end; per eye, viewer's left first. */
  brows: [inner: number, outer: number, inner: number, outer: number];
  browWeight: number;
  eye: EyeKind;
  /** How far the upper lids come down (0 open … 1 shut). */
  lid: number;
  /** Lid slope: positive lowers the inner corners (a glare), negative raises them (worry). */
  slant: number;
  mouth: MouthKind;
  /** Red in the cheeks: anger's flush, or a happy glow. */
  flush: number;
  glow: number;
  sweat: boolean;
}

const FACES: Record<Expression, FaceSpec> = {
  neutral: {
    brows: [0, 0, 0, 0],
    browWeight: 4,
    eye: 'open',
    lid: 0.12,
    slant: 0,
    mouth: 'soft',
    flush: 0,
    glow: 0,
    sweat: false,
  },
  annoyed: {
    brows: [4, -1, 4, -1],
    browWeight: 4.3,
    eye: 'open',
    lid: 0.38,
    slant: 0.35,
    mouth: 'flat',
    flush: 0.16,
    glow: 0,
    sweat: false,
  },
  furious: {
    brows: [8, -3, 8, -3],
    browWeight: 5,
    eye: 'open',
    lid: 0.42,
    slant: 0.9,
    mouth: 'shout',
    flush: 0.5,
    glow: 0,
    sweat: false,
  },
  confused: {
    brows: [-6, -4, 3, 1],
    browWeight: 4,
    eye: 'open',
    lid: 0.1,
    slant: 0,
    mouth: 'skew',
    flush: 0,
    glow: 0,
    sweat: false,
  },
  anxious: {
    brows: [-6, 2, -6, 2],
    browWeight: 4,
    eye: 'wide',
    lid: 0,
    slant: -0.5,
    mouth: 'wobble',
    flush: 0,
    glow: 0,
    sweat: true,
  },
  relieved: {
    brows: [-3, 1, -3, 1],
    browWeight: 4,
    eye: 'closed',
    lid: 0,
    slant: 0,
    mouth: 'smile',
    flush: 0,
    glow: 0.18,
    sweat: false,
  },
  pleased: {
    brows: [-3, -2, -3, -2],
    browWeight: 4,
    eye: 'smile',
    lid: 0,
    slant: 0,
    mouth: 'grin',
    flush: 0,
    glow: 0.3,
    sweat: false,
  },
};

const IRIS = '#3a2a22';
const SCLERA = '#fffdf9';

/**
 * One eye. `side` is -1 for the eye on the viewer's left, 1 for the right; the inner corner is the
 * one towards the nose. The upper lid is a skin-coloured cover whose lower edge is the lash line.
 */
function eye(look: Look, spec: FaceSpec, cx: number, side: -1 | 1, blink: boolean): string {
  const cy = HEAD.eyeY;
  const lash = look.skin.line;
  const kind: EyeKind = blink && spec.eye !== 'smile' ? 'closed' : spec.eye;
  if (kind === 'closed') {
    return el('path', {
      d: d`M${cx - 8} ${cy}Q${cx} ${cy + 5} ${cx + 8} ${cy}`,
      fill: 'none',
      stroke: lash,
      'stroke-width': 2.4,
      'stroke-linecap': 'round',
    });
  }
  if (kind === 'smile') {
    return el('path', {
      d: d`M${cx - 8.5} ${cy + 2}Q${cx} ${cy - 7} ${cx + 8.5} ${cy + 2}`,
      fill: 'none',
      stroke: lash,
      'stroke-width': 2.6,
      'stroke-linecap': 'round',
    });
  }
  const wide = kind === 'wide';
  const w = wide ? 9.5 : 9;
  const up = wide ? 12 : 10;
  const down = wide ? 9 : 7.5;
  const xl = cx - w;
  const xr = cx + w;
  const irisR = wide ? 4.3 : 4.7;
  // Inner corner control points are nearer the nose: which end that is depends on the side.
  const innerX = side === -1 ? xr - 6 : xl + 6;
  const outerX = side === -1 ? xl + 6 : xr - 6;
  const lidTop = cy - up * 0.67;
  const drop = spec.lid * 9;
  const innerY = lidTop + drop + spec.slant * 4;
  const outerY = lidTop + drop - spec.slant * 1.5;
  const [c1x, c1y, c2x, c2y] =
    side === -1 ? [outerX, outerY, innerX, innerY] : [innerX, innerY, outerX, outerY];
  const lidLine = d`M${xl - 0.5} ${cy}C${c1x} ${c1y} ${c2x} ${c2y} ${xr + 0.5} ${cy}`;
  return [
    el('path', {
      d: d`M${xl} ${cy}Q${cx} ${cy - up} ${xr} ${cy}Q${cx} ${cy + down} ${xl} ${cy}Z`,
      fill: SCLERA,
    }),
    el('circle', { cx, cy: cy + 0.4, r: irisR, fill: IRIS }),
    el('circle', { cx, cy: cy + 0.4, r: irisR * 0.45, fill: '#120c0a' }),
    el('circle', { cx: cx + 1.7, cy: cy - 1.4, r: 1.4, fill: '#ffffff' }),
    el('path', {
      d: d`${lidLine}L${xr + 1} ${cy - 14}L${xl - 1} ${cy - 14}Z`,
      fill: look.skin.base,
    }),
    el('path', {
      d: lidLine,
      fill: 'none',
      stroke: lash,
      'stroke-width': 2.2,
      'stroke-linecap': 'round',
    }),
  ].join('');
}

function brow(look: Look, spec: FaceSpec, cx: number, side: -1 | 1): string {
  const base = HEAD.eyeY - 16;
  const [inner, outer] =
    side === -1 ? [spec.brows[0], spec.brows[1]] : [spec.brows[2], spec.brows[3]];
  const innerX = cx - side * 8;
  const outerX = cx + side * 10;
  const midX = (innerX + outerX) / 2;
  const midY = base + (inner + outer) / 2 - 3.5;
  return el('path', {
    d: d`M${innerX} ${base + inner}Q${midX} ${midY} ${outerX} ${base + outer + 1.5}`,
    fill: 'none',
    stroke: look.hair.brow,
    'stroke-width': spec.browWeight,
    'stroke-linecap': 'round',
  });
}

function mouth(look: Look, kind: MouthKind): string {
  const y = HEAD.mouthY;
  const line = {
    fill: 'none',
    stroke: look.skin.mouth,
    'stroke-width': 2.6,
    'stroke-linecap': 'round',
  };
  switch (kind) {
    case 'soft':
      return el('path', { ...line, d: d`M111 ${y}Q120 ${y + 3} 129 ${y}` });
    case 'flat':
      return el('path', { ...line, d: d`M110 ${y + 2}Q120 ${y - 1.5} 130 ${y + 2}` });
    case 'skew':
      return el('path', {
        ...line,
        d: d`M110 ${y + 1}Q115 ${y - 2} 120 ${y + 0.5}Q125 ${y + 3} 130 ${y - 2}`,
      });
    case 'wobble':
      return el('path', {
        ...line,
        'stroke-width': 2.3,
        d: d`M111 ${y + 1.5}Q114 ${y - 1.5} 117 ${y + 1}Q120 ${y + 3.5} 123 ${y + 1}Q126 ${y - 1.5} 129 ${y + 1.5}`,
      });
    case 'smile':
      return el('path', { ...line, d: d`M109 ${y - 2}Q120 ${y + 8} 131 ${y - 2}` });
    case 'shout':
      return [
        el('path', {
          d: d`M107 ${y - 2}Q120 ${y - 7} 133 ${y - 2}Q132 ${y + 13} 120 ${y + 14}Q108 ${y + 13} 107 ${y - 2}Z`,
          fill: look.skin.mouth,
        }),
        el('path', {
          d: d`M109.5 ${y - 2.4}Q120 ${y - 6} 130.5 ${y - 2.4}L130 ${y + 1}Q120 ${y - 1.5} 110 ${y + 1}Z`,
          fill: '#fbf8f2',
        }),
        el('ellipse', { cx: 120, cy: y + 10, rx: 6, ry: 2.8, fill: '#c8606a' }),
      ].join('');
    case 'grin':
      return [
        el('path', {
          d: d`M106 ${y - 4}Q120 ${y - 2} 134 ${y - 4}Q132 ${y + 12} 120 ${y + 12}Q108 ${y + 12} 106 ${y - 4}Z`,
          fill: look.skin.mouth,
        }),
        el('path', {
          d: d`M108 ${y - 3.4}Q120 ${y - 1.6} 132 ${y - 3.4}L131 ${y + 1}Q120 ${y + 2.4} 109 ${y + 1}Z`,
          fill: '#fbf8f2',
        }),
        el('ellipse', { cx: 120, cy: y + 8.6, rx: 6, ry: 2.6, fill: '#d8707a' }),
      ].join('');
  }
}

function ageLines(look: Look): string {
  if (look.age === 'young' || look.age === 'adult') return '';
  const older = look.age === 'older';
  const stroke = {
    fill: 'none',
    stroke: look.skin.deep,
    'stroke-linecap': 'round',
    opacity: older ? 0.5 : 0.35,
  };
  const { eyeY, eyeLeftX, eyeRightX } = HEAD;
  const parts = [
    el('path', { ...stroke, 'stroke-width': 1.4, d: d`M104 82Q120 79 136 82` }),
    el('path', { ...stroke, 'stroke-width': 1.6, d: d`M107 130Q102 139 106 149` }),
    el('path', { ...stroke, 'stroke-width': 1.6, d: d`M133 130Q138 139 134 149` }),
  ];
  if (older) {
    parts.push(
      el('path', { ...stroke, 'stroke-width': 1.3, d: d`M107 88Q120 85.5 133 88` }),
      el('path', {
        ...stroke,
        'stroke-width': 1.2,
        d: d`M${eyeLeftX - 6} ${eyeY + 8}Q${eyeLeftX} ${eyeY + 10} ${eyeLeftX + 6} ${eyeY + 8}`,
      }),
      el('path', {
        ...stroke,
        'stroke-width': 1.2,
        d: d`M${eyeRightX - 6} ${eyeY + 8}Q${eyeRightX} ${eyeY + 10} ${eyeRightX + 6} ${eyeY + 8}`,
      }),
      el('path', {
        ...stroke,
        'stroke-width': 1.2,
        d: d`M${eyeLeftX - 11} ${eyeY - 1}L${eyeLeftX - 15} ${eyeY - 3}M${eyeLeftX - 11} ${eyeY + 2}L${eyeLeftX - 15} ${eyeY + 3}`,
      }),
      el('path', {
        ...stroke,
        'stroke-width': 1.2,
        d: d`M${eyeRightX + 11} ${eyeY - 1}L${eyeRightX + 15} ${eyeY - 3}M${eyeRightX + 11} ${eyeY + 2}L${eyeRightX + 15} ${eyeY + 3}`,
      }),
    );
  }
  return parts.join('');
}

function cheeks(spec: FaceSpec): string {
  const parts: string[] = [];
  if (spec.flush > 0) {
    parts.push(
      el('ellipse', {
        cx: 96,
        cy: 131,
        rx: 12,
        ry: 7,
        fill: '#e0454a',
        opacity: spec.flush * 0.55,
      }),
      el('ellipse', {
        cx: 144,
        cy: 131,
        rx: 12,
        ry: 7,
        fill: '#e0454a',
        opacity: spec.flush * 0.55,
      }),
    );
    if (spec.flush > 0.4) {
      parts.push(el('path', { d: FACE_PATH, fill: '#e0454a', opacity: 0.08 }));
    }
  }
  if (spec.glow > 0) {
    parts.push(
      el('ellipse', { cx: 95, cy: 131, rx: 10, ry: 6, fill: '#f08a8a', opacity: spec.glow }),
      el('ellipse', { cx: 145, cy: 131, rx: 10, ry: 6, fill: '#f08a8a', opacity: spec.glow }),
    );
  }
  return parts.join('');
}

function nose(look: Look): string {
  return el('path', {
    d: d`M122 116C120 123 116 128 117.5 131C120 133.5 124 133 126 130.5`,
    fill: 'none',
    stroke: look.skin.deep,
    'stroke-width': 2.2,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    opacity: 0.7,
  });
}

/** A drop of sweat on the temple: worry you can see. */
export function sweat(expression: Expression): string {
  if (!FACES[expression]?.sweat) return '';
  return [
    el('path', {
      d: d`M160 78C156 86 153 90 153 94A7 7 0 0 0 167 94C167 90 164 86 160 78Z`,
      fill: '#8fd0ef',
      stroke: '#4f9fc4',
      'stroke-width': 1.2,
    }),
    el('ellipse', { cx: 157.5, cy: 92, rx: 1.5, ry: 2.5, fill: '#ffffff', opacity: 0.8 }),
  ].join('');
}

/** Layers that sit under the hair: the skin-level features (lines, cheeks, eyes, brows, nose). */
export function featuresUnderHair(look: Look, expression: Expression, blink: boolean): string {
  const spec = FACES[expression] ?? FACES.neutral;
  return [
    ageLines(look),
    eye(look, spec, HEAD.eyeLeftX, -1, blink),
    eye(look, spec, HEAD.eyeRightX, 1, blink),
    // After the eyes: the lids are skin-coloured covers, and a flush must tint them too.
    cheeks(spec),
    brow(look, spec, HEAD.eyeLeftX, -1),
    brow(look, spec, HEAD.eyeRightX, 1),
    nose(look),
  ].join('');
}

export function mouthOf(look: Look, expression: Expression): string {
  return mouth(look, (FACES[expression] ?? FACES.neutral).mouth);
}
