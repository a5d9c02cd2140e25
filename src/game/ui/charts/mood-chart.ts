import type { Mood } from '../../../scenario/schema.ts';
import { el, svg } from '../dom.ts';
import { legendKey, marker } from './marker.ts';
import { seriesStyle } from './palette.ts';
import { levelWords } from '../words.ts';

const MEASURES = [
  { key: 'anger', label: 'Anger' },
  { key: 'confusion', label: 'Confusion' },
  { key: 'trust', label: 'Trust' },
] as const;

/**
 * The customer's mood along the conversation: a line per measure, numbered moments on the axis to
 * match the timeline below it. The text alternative names the start and the end.
 */
export function moodChart(points: readonly { label: string; mood: Mood }[]): HTMLElement {
  const width = 640;
  const height = 220;
  const left = 36;
  const right = 14;
  const top = 12;
  const bottom = 30;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const x = (i: number): number =>
    left + (points.length <= 1 ? plotWidth / 2 : (i / (points.length - 1)) * plotWidth);
  const y = (value: number): number => top + plotHeight - (value / 100) * plotHeight;

  const first = points[0];
  const last = points[points.length - 1];
  const describe = (mood: Mood): string =>
    MEASURES.map(({ key, label }) => `${label.toLowerCase()} ${levelWords(mood[key])}`).join(', ');
  const summary =
    first && last
      ? `How the customer felt over ${points.length} moments. At the start: ${describe(first.mood)}. At the end: ${describe(last.mood)}.`
      : 'No moments to chart.';

  const grid = [0, 50, 100].flatMap((value) => [
    svg('line', {
      x1: left,
      x2: width - right,
      y1: y(value),
      y2: y(value),
      stroke: '#c9c4b8',
      'stroke-width': 1,
    }),
    svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'chart-label' }, [
      String(value),
    ]),
  ]);
  const ticks = points.map((point, i) =>
    svg('text', { x: x(i), y: height - 10, 'text-anchor': 'middle', class: 'chart-label' }, [
      point.label,
    ]),
  );
  const lines = MEASURES.flatMap(({ key }, index) => {
    const style = seriesStyle(index);
    const d = points
      .map((point, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)} ${y(point.mood[key]).toFixed(1)}`)
      .join(' ');
    return [
      svg('path', {
        d,
        fill: 'none',
        stroke: style.colour,
        'stroke-width': 3,
        'stroke-dasharray': style.dash || undefined,
        'stroke-linejoin': 'round',
      }),
      ...points.map((point, i) => marker(style, x(i), y(point.mood[key]), 4)),
    ];
  });

  return el('figure', { className: 'chart-figure mood-chart' }, [
    svg(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': summary, class: 'chart' },
      [...grid, ...lines, ...ticks],
    ),
    el('figcaption', {}, [
      el(
        'ul',
        { className: 'legend' },
        MEASURES.map(({ label }, index) => el('li', {}, [legendKey(seriesStyle(index)), label])),
      ),
    ]),
  ]);
}
