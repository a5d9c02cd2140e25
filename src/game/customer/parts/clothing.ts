import { darken, lighten, luminance } from '../colour.ts';
import type { Pose } from '../body-language.ts';
import type { Look } from '../look.ts';
import { d, el } from '../svg.ts';

const HI_VIS = '#dbe33a';
const REFLECTIVE = '#c9ced3';

export function neck(look: Look): string {
  return [
    el('path', { d: d`M101 140L101 204Q120 214 139 204L139 140Z`, fill: look.skin.base }),
    // The shadow the chin casts.
    el('path', {
      d: d`M101 150Q120 178 139 150L139 164Q120 182 101 164Z`,
      fill: look.skin.shadow,
      opacity: 0.8,
    }),
  ].join('');
}

/** The torso outline; tension lifts the shoulders towards the ears. */
function torso(pose: Pose): string {
  const lift = pose.tension * 12;
  return d`M14 300C14 246 28 ${224 - lift} 60 ${214 - lift}C80 ${208 - lift} 94 ${203 - lift * 0.5} 103 198L137 198C146 ${203 - lift * 0.5} 160 ${208 - lift} 180 ${214 - lift}C212 ${224 - lift} 226 246 226 300Z`;
}

function crewNeck(look: Look, colour: string): string {
  return [
    el('path', { d: d`M101 197Q120 218 139 197Z`, fill: look.skin.shadow }),
    el('path', {
      d: d`M99 196Q120 222 141 196`,
      fill: 'none',
      stroke: darken(colour, 0.15),
      'stroke-width': 5,
      'stroke-linecap': 'round',
    }),
  ].join('');
}

function styleDetails(look: Look, pose: Pose): string {
  const { base, shade, deep, light } = look.clothing;
  const lift = pose.tension * 12;
  switch (look.clothingStyle) {
    case 'casual':
      return crewNeck(look, base);
    case 'work':
      // A polo shirt: placket, buttons and a soft collar.
      return [
        el('path', { d: d`M106 197L120 220L134 197Z`, fill: look.skin.shadow }),
        el('path', { d: d`M120 220L120 240`, stroke: shade, 'stroke-width': 2 }),
        el('circle', { cx: 120, cy: 226, r: 1.8, fill: light }),
        el('circle', { cx: 120, cy: 235, r: 1.8, fill: light }),
        el('path', { d: d`M103 193L94 210L118 222L106 197Z`, fill: light }),
        el('path', { d: d`M137 193L146 210L122 222L134 197Z`, fill: light }),
      ].join('');
    case 'smart': {
      // A jacket open over a pale shirt.
      const shirt = luminance(base) > 0.6 ? '#dfe7ef' : '#f4f6f8';
      return [
        el('path', { d: d`M100 196L120 262L140 196Z`, fill: shirt }),
        el('path', { d: d`M110 196L120 212L130 196Z`, fill: look.skin.shadow }),
        el('path', { d: d`M103 193L110 214L120 212L108 196Z`, fill: darken(shirt, 0.06) }),
        el('path', { d: d`M137 193L130 214L120 212L132 196Z`, fill: darken(shirt, 0.06) }),
        el('path', {
          d: d`M100 198L84 ${214 - lift / 2}L104 234L96 240L120 272L100 198Z`,
          fill: shade,
        }),
        el('path', {
          d: d`M140 198L156 ${214 - lift / 2}L136 234L144 240L120 272L140 198Z`,
          fill: shade,
        }),
        el('circle', { cx: 126, cy: 268, r: 2.4, fill: deep }),
      ].join('');
    }
    case 'hi-vis': {
      // A T-shirt under an open fluorescent vest with reflective bands.
      const panel = (side: -1 | 1) => {
        const x = (v: number) => 120 + side * v;
        return el('path', {
          d: d`M${x(17)} 198L${x(36)} ${206 - lift * 0.6}C${x(52)} ${214 - lift} ${x(58)} ${220 - lift} ${x(62)} ${236 - lift * 0.5}C${x(66)} 252 ${x(68)} 268 ${x(68)} 300L${x(7)} 300L${x(7)} 232Z`,
          fill: HI_VIS,
        });
      };
      const band = (y: number) =>
        el('path', {
          d: d`M53 ${y}L113 ${y}L113 ${y + 8}L52 ${y + 8}ZM127 ${y}L187 ${y}L188 ${y + 8}L127 ${y + 8}Z`,
          fill: REFLECTIVE,
        });
      return [
        crewNeck(look, base),
        panel(-1),
        panel(1),
        band(246),
        band(262),
        el('path', {
          d: d`M92 ${203 - lift * 0.5}L94 246M148 ${203 - lift * 0.5}L146 246`,
          stroke: REFLECTIVE,
          'stroke-width': 7,
        }),
      ].join('');
    }
    case 'uniform':
      // A tunic with a stand collar, epaulettes, buttons and a blank name badge.
      return [
        el('path', { d: d`M102 192L102 204Q120 214 138 204L138 192Q120 200 102 192Z`, fill: deep }),
        el('path', {
          d: d`M40 ${222 - lift}L74 ${212 - lift}L76 ${219 - lift}L44 ${229 - lift}Z`,
          fill: deep,
        }),
        el('path', {
          d: d`M200 ${222 - lift}L166 ${212 - lift}L164 ${219 - lift}L196 ${229 - lift}Z`,
          fill: deep,
        }),
        el('path', { d: d`M120 208L120 280`, stroke: shade, 'stroke-width': 2 }),
        el('circle', { cx: 120, cy: 226, r: 2.4, fill: light }),
        el('circle', { cx: 120, cy: 248, r: 2.4, fill: light }),
        el('circle', { cx: 120, cy: 270, r: 2.4, fill: light }),
        el('rect', { x: 138, y: 232, width: 30, height: 11, rx: 2.5, fill: '#f4f6f8' }),
        el('rect', { x: 142, y: 236, width: 18, height: 3, rx: 1.5, fill: '#9aa4ae' }),
      ].join('');
    case 'coat': {
      // A buttoned coat with a wide collar and a scarf.
      const scarf = look.accent;
      return [
        el('path', { d: d`M98 196Q120 214 142 196L146 210Q120 232 94 210Z`, fill: scarf }),
        el('path', { d: d`M124 214L130 252L142 250L134 212Z`, fill: darken(scarf, 0.12) }),
        el('path', { d: d`M94 196L72 ${214 - lift / 2}L98 246L110 226L98 206Z`, fill: shade }),
        el('path', { d: d`M146 196L168 ${214 - lift / 2}L142 246L130 226L142 206Z`, fill: shade }),
        el('circle', { cx: 108, cy: 256, r: 3, fill: deep }),
        el('circle', { cx: 108, cy: 272, r: 3, fill: deep }),
        el('circle', { cx: 132, cy: 256, r: 3, fill: deep }),
        el('circle', { cx: 132, cy: 272, r: 3, fill: deep }),
      ].join('');
    }
  }
}

/** Forearms folded across the chest: a guarded customer. */
function foldedArms(look: Look): string {
  const sleeve = look.clothingStyle === 'hi-vis' ? look.clothing.base : look.clothing.shade;
  const outline = darken(sleeve, 0.2);
  const arm = (path: string) => [
    el('path', {
      d: path,
      fill: 'none',
      stroke: outline,
      'stroke-width': 32,
      'stroke-linecap': 'round',
    }),
    el('path', {
      d: path,
      fill: 'none',
      stroke: sleeve,
      'stroke-width': 29,
      'stroke-linecap': 'round',
    }),
  ];
  return [
    ...arm(d`M34 276C60 256 120 250 166 248`),
    el('ellipse', { cx: 174, cy: 246, rx: 12, ry: 10, fill: look.skin.base }),
    el('path', {
      d: d`M170 240q6 3 8 10`,
      fill: 'none',
      stroke: look.skin.shadow,
      'stroke-width': 1.6,
      'stroke-linecap': 'round',
    }),
    ...arm(d`M206 272C180 250 120 240 74 242`),
    el('ellipse', { cx: 66, cy: 240, rx: 12, ry: 10, fill: look.skin.base }),
    el('path', {
      d: d`M62 234q-5 4 -6 10`,
      fill: 'none',
      stroke: look.skin.shadow,
      'stroke-width': 1.6,
      'stroke-linecap': 'round',
    }),
  ].join('');
}

export function body(look: Look, pose: Pose): string {
  const { base } = look.clothing;
  // Drawn a little higher than its coordinates: a shorter neck reads better at small sizes.
  return el('g', { transform: 'translate(0 -8)' }, [
    el('path', { d: torso(pose), fill: base }),
    // Shoulder highlight for a little roundness.
    el('path', {
      d: d`M40 236C50 224 64 ${218 - pose.tension * 12} 84 ${212 - pose.tension * 10}`,
      fill: 'none',
      stroke: lighten(base, 0.14),
      'stroke-width': 4,
      'stroke-linecap': 'round',
      opacity: 0.6,
    }),
    styleDetails(look, pose),
    pose.armsCrossed ? foldedArms(look) : '',
  ]);
}
