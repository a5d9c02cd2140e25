import { svg } from '../dom.ts';
import type { SeriesStyle } from './palette.ts';

export function marker(style: SeriesStyle, x: number, y: number, size = 5): SVGElement {
  const common = { fill: style.colour, stroke: '#ffffff', 'stroke-width': 1.5 };
  switch (style.marker) {
    case 'circle':
      return svg('circle', { cx: x, cy: y, r: size, ...common });
    case 'square':
      return svg('rect', {
        x: x - size,
        y: y - size,
        width: size * 2,
        height: size * 2,
        ...common,
      });
    case 'triangle':
      return svg('path', {
        d: `M${x} ${y - size - 1} L${x + size + 1} ${y + size} L${x - size - 1} ${y + size} Z`,
        ...common,
      });
    case 'diamond':
      return svg('path', {
        d: `M${x} ${y - size - 1} L${x + size + 1} ${y} L${x} ${y + size + 1} L${x - size - 1} ${y} Z`,
        ...common,
      });
  }
}

/** A small legend key (line + marker) as its own SVG, to sit beside the series name. */
export function legendKey(style: SeriesStyle): SVGSVGElement {
  return svg(
    'svg',
    { width: 36, height: 14, viewBox: '0 0 36 14', 'aria-hidden': 'true', class: 'legend-key' },
    [
      svg('line', {
        x1: 1,
        y1: 7,
        x2: 35,
        y2: 7,
        stroke: style.colour,
        'stroke-width': 3,
        'stroke-dasharray': style.dash || undefined,
      }),
      marker(style, 18, 7, 4),
    ],
  );
}
