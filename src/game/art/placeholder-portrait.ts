import type { Appearance, Expression, Mood } from '../../scenario/schema.ts';

/**
 * A stand-in portrait used until the customer art lands (src/game/customer/portrait.ts). Same
 * signature: an SVG string built from data, never from scenario text.
 */
const SKIN: Record<Appearance['skin'], string> = {
  porcelain: '#f6dcc8',
  light: '#eac4a4',
  medium: '#c99570',
  olive: '#b08a5e',
  brown: '#8a5a3b',
  deep: '#5a3a28',
};
const HAIR: Record<Appearance['hair']['colour'], string> = {
  black: '#1f1b1a',
  brown: '#5b3a24',
  auburn: '#8a3b1e',
  blonde: '#d8b25a',
  grey: '#9a9a9a',
  white: '#e6e6e6',
};

const MOUTH: Record<Expression, string> = {
  neutral: 'M86 138 Q100 142 114 138',
  annoyed: 'M86 140 Q100 136 114 140',
  furious: 'M84 142 Q100 128 116 142',
  confused: 'M88 140 Q96 136 104 140 T116 138',
  anxious: 'M88 140 Q100 134 112 140',
  relieved: 'M86 136 Q100 146 114 136',
  pleased: 'M84 134 Q100 152 116 134',
};
const BROWS: Record<Expression, string> = {
  neutral: 'M72 92 L90 92 M110 92 L128 92',
  annoyed: 'M72 90 L90 95 M110 95 L128 90',
  furious: 'M72 86 L92 98 M108 98 L128 86',
  confused: 'M72 92 L90 88 M110 94 L128 94',
  anxious: 'M72 94 L90 88 M110 88 L128 94',
  relieved: 'M72 90 L90 90 M110 90 L128 90',
  pleased: 'M72 88 Q81 84 90 88 M110 88 Q119 84 128 88',
};

export function placeholderPortraitSvg(options: {
  appearance: Appearance;
  expression: Expression;
  mood?: Mood;
  size?: number;
}): string {
  const { appearance, expression } = options;
  const size = options.size ?? 200;
  const skin = SKIN[appearance.skin];
  const hair = HAIR[appearance.hair.colour];
  const cloth = appearance.clothing.colour;
  const flush = expression === 'furious' ? '<circle cx="76" cy="122" r="9" fill="#d9534f" opacity="0.35"/><circle cx="124" cy="122" r="9" fill="#d9534f" opacity="0.35"/>' : '';
  const hairShape =
    appearance.hair.style === 'bald'
      ? ''
      : appearance.hair.style === 'covered'
        ? `<path d="M52 110 Q50 40 100 38 Q150 40 148 110 L148 170 L52 170 Z" fill="${cloth}" opacity="0.85"/>`
        : appearance.hair.style === 'long' || appearance.hair.style === 'braids'
          ? `<path d="M56 110 Q52 44 100 42 Q148 44 144 110 L150 168 L50 168 Z" fill="${hair}"/>`
          : `<path d="M58 96 Q60 44 100 44 Q140 44 142 96 Q124 70 100 72 Q76 70 58 96 Z" fill="${hair}"/>`;
  const glasses = appearance.extras?.includes('glasses')
    ? '<g fill="none" stroke="#222" stroke-width="3"><circle cx="81" cy="106" r="11"/><circle cx="119" cy="106" r="11"/><path d="M92 106 L108 106"/></g>'
    : '';
  const beard = appearance.extras?.includes('beard')
    ? `<path d="M66 124 Q70 170 100 172 Q130 170 134 124 Q120 150 100 150 Q80 150 66 124 Z" fill="${hair}" opacity="0.9"/>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="${size}" height="${size}">`,
    `<path d="M30 200 Q36 158 100 154 Q164 158 170 200 Z" fill="${cloth}"/>`,
    hairShape,
    `<ellipse cx="100" cy="112" rx="42" ry="50" fill="${skin}"/>`,
    flush,
    `<g fill="#1b1b1b"><circle cx="81" cy="106" r="4"/><circle cx="119" cy="106" r="4"/></g>`,
    `<path d="${BROWS[expression]}" stroke="${hair}" stroke-width="4" stroke-linecap="round" fill="none"/>`,
    beard,
    `<path d="${MOUTH[expression]}" stroke="#5a2320" stroke-width="4" stroke-linecap="round" fill="none"/>`,
    glasses,
    '</svg>',
  ].join('');
}
