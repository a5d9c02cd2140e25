import type { Look } from '../look.ts';
import { d, el } from '../svg.ts';

/** Hair in two layers: what falls behind the head and shoulders, and what frames the face. */
export interface HairLayers {
  back: string;
  front: string;
}

const NONE: HairLayers = { back: '', front: '' };

function curls(look: Look): HairLayers {
  // A soft halo of curls: circles round the crown, largest on top, tucking in by the ears.
  const circles: string[] = [];
  const ring: [number, number, number][] = [
    [74, 104, 13],
    [70, 86, 15],
    [76, 67, 17],
    [90, 52, 18],
    [108, 42, 19],
    [128, 40, 19],
    [147, 47, 18],
    [162, 62, 17],
    [170, 82, 15],
    [167, 102, 13],
  ];
  for (const [cx, cy, r] of ring) circles.push(el('circle', { cx, cy, r, fill: look.hair.base }));
  const back = [
    el('ellipse', { cx: 120, cy: 82, rx: 52, ry: 44, fill: look.hair.base }),
    ...circles,
  ].join('');
  const front = [
    el('path', {
      d: d`M78 102C74 66 94 46 120 46C146 46 166 66 162 102C158 88 150 80 140 78C132 84 112 84 100 78C90 80 83 88 78 102Z`,
      fill: look.hair.base,
    }),
    el('circle', { cx: 98, cy: 70, r: 9, fill: look.hair.base }),
    el('circle', { cx: 118, cy: 64, r: 10, fill: look.hair.base }),
    el('circle', { cx: 139, cy: 68, r: 9, fill: look.hair.base }),
    el('path', {
      d: d`M92 60q6 -6 12 0M112 50q6 -6 12 0M132 54q6 -6 12 0M80 76q5 -6 10 -1M150 72q5 -5 10 1`,
      fill: 'none',
      stroke: look.hair.shade,
      'stroke-width': 2,
      'stroke-linecap': 'round',
      opacity: 0.6,
    }),
  ].join('');
  return { back, front };
}

function braids(look: Look): HairLayers {
  const strands: string[] = [];
  const xs = [70, 80, 90, 150, 160, 170];
  for (const x of xs) {
    const lean = x < 120 ? -2 : 2;
    strands.push(
      el('path', {
        d: d`M${x} 96C${x + lean} 140 ${x + lean * 2} 180 ${x + lean * 3} 214`,
        fill: 'none',
        stroke: look.hair.base,
        'stroke-width': 9,
        'stroke-linecap': 'round',
      }),
    );
    for (let y = 108; y < 210; y += 11) {
      const t = (y - 96) / 118;
      const bx = x + lean * 3 * t;
      strands.push(
        el('path', {
          d: d`M${bx - 3.5} ${y}q3.5 3 7 0`,
          fill: 'none',
          stroke: look.hair.shade,
          'stroke-width': 1.4,
          'stroke-linecap': 'round',
        }),
      );
    }
  }
  const back = [
    el('path', { d: d`M70 104C66 64 90 44 120 44C150 44 174 64 170 104Z`, fill: look.hair.base }),
    ...strands,
  ].join('');
  const front = [
    el('path', {
      d: d`M77 104C72 70 92 50 120 50C148 50 168 70 163 104C160 90 156 80 148 74C134 70 106 70 92 74C84 80 80 90 77 104Z`,
      fill: look.hair.base,
    }),
    el('path', {
      d: d`M120 52L120 72M102 56L98 74M138 56L142 74`,
      fill: 'none',
      stroke: look.hair.shade,
      'stroke-width': 1.6,
      'stroke-linecap': 'round',
    }),
  ].join('');
  return { back, front };
}

export function hairOf(look: Look): HairLayers {
  const { base, shade, light } = look.hair;
  switch (look.hairStyle) {
    case 'short':
      return {
        back: '',
        front: [
          el('path', {
            d: d`M75 108C68 70 88 44 122 44C154 44 173 66 166 108C163 94 160 86 155 79C146 86 128 90 112 82C106 79 101 75 98 70C94 78 88 82 84 84C80 90 77 98 75 108Z`,
            fill: base,
          }),
          el('path', {
            d: d`M98 58C112 52 130 52 146 60`,
            fill: 'none',
            stroke: light,
            'stroke-width': 3,
            'stroke-linecap': 'round',
            opacity: 0.6,
          }),
        ].join(''),
      };
    case 'cropped':
      return {
        back: '',
        front: el('path', {
          d: d`M77 100C75 68 94 50 120 50C146 50 165 68 163 100C160 86 154 76 146 70C132 66 108 66 94 70C86 76 80 86 77 100Z`,
          fill: base,
          opacity: 0.92,
        }),
      };
    case 'long':
      return {
        back: el('path', {
          d: d`M120 42C84 42 64 70 66 112C68 150 60 182 56 214C78 224 98 218 106 206L134 206C142 218 162 224 184 214C180 182 172 150 174 112C176 70 156 42 120 42Z`,
          fill: shade,
        }),
        front: [
          // Side-parted, falling past the ears on both sides.
          el('path', {
            d: d`M68 150C62 84 88 46 122 46C154 46 178 84 172 150C166 130 162 110 158 98C156 88 152 82 146 78C128 88 104 84 92 74C86 84 82 96 82 110C80 124 76 138 68 150Z`,
            fill: base,
          }),
          el('path', {
            d: d`M92 72C100 64 112 60 124 60`,
            fill: 'none',
            stroke: light,
            'stroke-width': 2.6,
            'stroke-linecap': 'round',
            opacity: 0.55,
          }),
        ].join(''),
      };
    case 'bun':
      return {
        back: [
          el('circle', { cx: 120, cy: 38, r: 20, fill: shade }),
          el('path', {
            d: d`M108 32Q120 24 132 32`,
            fill: 'none',
            stroke: base,
            'stroke-width': 2.5,
            'stroke-linecap': 'round',
          }),
        ].join(''),
        front: [
          el('path', {
            d: d`M76 104C72 70 92 50 120 50C148 50 168 70 164 104C160 86 152 76 140 72C128 70 112 70 100 72C88 76 80 86 76 104Z`,
            fill: base,
          }),
          el('path', {
            d: d`M96 64Q110 56 124 58M126 58Q138 58 148 66`,
            fill: 'none',
            stroke: light,
            'stroke-width': 2,
            'stroke-linecap': 'round',
            opacity: 0.5,
          }),
        ].join(''),
      };
    case 'curly':
      return curls(look);
    case 'braids':
      return braids(look);
    case 'bald':
      // A shine on the scalp; with age, hair left above the ears.
      return {
        back: '',
        front: [
          look.age === 'middle-aged' || look.age === 'older'
            ? el('path', {
                d: d`M77 112C75 98 77 88 82 82L86 96C84 102 82 108 81 114ZM163 112C165 98 163 88 158 82L154 96C156 102 158 108 159 114Z`,
                fill: base,
              })
            : '',
          el('path', {
            d: d`M100 64Q112 58 126 60`,
            fill: 'none',
            stroke: '#ffffff',
            'stroke-width': 4,
            'stroke-linecap': 'round',
            opacity: 0.22,
          }),
        ].join(''),
      };
    case 'covered':
      // A wrap covers the hair; it is drawn with the headwear, so no hair shows.
      return NONE;
  }
}
