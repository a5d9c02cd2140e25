import { MET_AT, PARTLY_MET_AT } from '../../../scoring/tally.ts';
import { svg, uniqueId } from '../dom.ts';
import { marker } from './marker.ts';
import { seriesStyle } from './palette.ts';

/*
 * Scores (0–100) over a learner's results, oldest on the left, numbered 1, 2, 3… to match the rows
 * of the table that follows it. Every point carries its value as text, and dashed lines mark where
 * "partly shown" and "shown" begin, so nothing rests on colour. A gap (null) is a result without a
 * score, such as a play left part-way: the line breaks there.
 */
export function scoreLine(options: {
  /** What the chart shows, read as its name. */
  title: string;
  /** The trend in words (trendWords): the chart's description. */
  description: string;
  values: readonly (number | null)[];
  /** Which palette style: charts side by side stay told apart by dash and marker too. */
  styleIndex?: number;
}): SVGSVGElement {
  const { values } = options;
  const style = seriesStyle(options.styleIndex ?? 0);
  // Narrow, so its text stays readable when a phone shrinks it to the screen's width.
  const width = 400;
  const height = 190;
  const left = 32;
  const right = 78;
  const top = 20;
  const bottom = 26;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  // Points sit in from the ends, so a value's label never meets the axis labels.
  const inset = 18;
  const x = (i: number): number =>
    left +
    inset +
    (values.length <= 1
      ? (plotWidth - 2 * inset) / 2
      : (i / (values.length - 1)) * (plotWidth - 2 * inset));
  const y = (value: number): number => top + plotHeight - (value / 100) * plotHeight;
  const titleId = uniqueId('chart-title');
  const descId = uniqueId('chart-desc');

  const axis = [0, 50, 100].flatMap((value) => [
    svg('line', {
      x1: left,
      x2: left + plotWidth,
      y1: y(value),
      y2: y(value),
      stroke: '#c9c4b8',
      'stroke-width': 1,
    }),
    svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'chart-label' }, [
      String(value),
    ]),
  ]);
  const bands = [
    { at: MET_AT, label: `shown ${MET_AT}+` },
    { at: PARTLY_MET_AT, label: `partly ${PARTLY_MET_AT}+` },
  ].flatMap(({ at, label }) => [
    svg('line', {
      x1: left,
      x2: left + plotWidth,
      y1: y(at),
      y2: y(at),
      stroke: '#4d4a45',
      'stroke-width': 1,
      'stroke-dasharray': '3 4',
    }),
    svg('text', { x: left + plotWidth + 6, y: y(at) + 4, class: 'chart-label' }, [label]),
  ]);
  const ticks = values.map((_, i) =>
    svg('text', { x: x(i), y: height - 8, 'text-anchor': 'middle', class: 'chart-label' }, [
      String(i + 1),
    ]),
  );

  // Runs of consecutive scores: a null breaks the line.
  let d = '';
  values.forEach((value, i) => {
    if (value === null) return;
    d += `${i > 0 && values[i - 1] !== null ? 'L' : 'M'}${x(i).toFixed(1)} ${y(value).toFixed(1)} `;
  });
  const points = values.flatMap((value, i) =>
    value === null
      ? []
      : [
          marker(style, x(i), y(value), 5),
          svg(
            'text',
            {
              x: x(i),
              y: y(value) - 9,
              'text-anchor': 'middle',
              class: 'chart-value',
            },
            [String(value)],
          ),
        ],
  );

  return svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      class: 'chart score-line',
    },
    [
      svg('title', { id: titleId }, [options.title]),
      svg('desc', { id: descId }, [options.description]),
      ...axis,
      ...bands,
      svg('path', {
        d: d.trim(),
        fill: 'none',
        stroke: style.colour,
        'stroke-width': 3,
        'stroke-dasharray': style.dash || undefined,
        'stroke-linejoin': 'round',
      }),
      ...points,
      ...ticks,
    ],
  );
}
