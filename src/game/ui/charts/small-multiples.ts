import { el, svg } from '../dom.ts';
import { seriesStyle } from './palette.ts';

export interface Series {
  label: string;
  values: readonly number[];
}

const format = (value: number): string => value.toLocaleString('en-GB');

/**
 * One small bar chart per series, each on its own scale (sales of hundreds would flatten a handful
 * of complaints on a shared axis). Every bar carries its value as text; each chart has a text
 * alternative, and the table beside it holds the same figures.
 */
export function smallMultiples(options: {
  periods: readonly string[];
  series: readonly Series[];
}): HTMLElement {
  const { periods } = options;
  const width = 320;
  const height = 150;
  const top = 22;
  const bottom = 26;
  const plotHeight = height - top - bottom;
  const slot = width / Math.max(1, periods.length);
  const barWidth = Math.min(34, slot * 0.6);
  return el(
    'div',
    { className: 'small-multiples' },
    options.series.map((series, index) => {
      const style = seriesStyle(index);
      const max = Math.max(1, ...series.values);
      const description = `${series.label}: ${periods
        .map((period, i) => `${period} ${format(series.values[i] ?? 0)}`)
        .join(', ')}.`;
      const bars = periods.flatMap((period, i) => {
        const value = series.values[i] ?? 0;
        const barHeight = (value / max) * plotHeight;
        const x = i * slot + (slot - barWidth) / 2;
        const y = top + plotHeight - barHeight;
        return [
          svg('rect', {
            x,
            y,
            width: barWidth,
            height: Math.max(barHeight, 1),
            fill: style.colour,
            'fill-opacity': index % 2 ? 0.85 : 1,
          }),
          svg(
            'text',
            { x: x + barWidth / 2, y: y - 5, 'text-anchor': 'middle', class: 'chart-value' },
            [format(value)],
          ),
          svg(
            'text',
            { x: x + barWidth / 2, y: height - 8, 'text-anchor': 'middle', class: 'chart-label' },
            [period],
          ),
        ];
      });
      return el('figure', { className: 'chart-figure' }, [
        svg(
          'svg',
          {
            viewBox: `0 0 ${width} ${height}`,
            role: 'img',
            'aria-label': description,
            class: 'chart',
          },
          [
            svg('line', {
              x1: 0,
              y1: top + plotHeight + 0.5,
              x2: width,
              y2: top + plotHeight + 0.5,
              stroke: '#555',
              'stroke-width': 1,
            }),
            ...bars,
          ],
        ),
        el('figcaption', { text: series.label }),
      ]);
    }),
  );
}
