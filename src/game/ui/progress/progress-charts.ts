import { INCOMPLETE_WORD, statusInWords } from '../../../curriculum/evidence.ts';
import type { CriterionId } from '../../../curriculum/ids.ts';
import type { CheckPoint, ProgressPoint, ScenarioPoint } from '../../../records/progress.ts';
import { trendWords } from '../../../records/trend.ts';
import { scoreLine } from '../charts/score-line.ts';
import { columnHeader, el, scrollableTable, type Child } from '../dom.ts';

/*
 * A chart and, right after it, a table of the same numbers: the table is the chart for anyone who
 * does not read the picture, so each row is numbered as the chart's points are.
 */

export const whenWords = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? 'date unknown'
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

const rowHeader = (text: string): HTMLTableCellElement =>
  el('th', { attrs: { scope: 'row' }, text });

const row = (cells: Child[]): HTMLTableRowElement => el('tr', {}, cells);

function chartAndTable(options: {
  className: string;
  title: string;
  values: readonly (number | null)[];
  noun: string;
  head: string[];
  rows: HTMLTableRowElement[];
  styleIndex?: number;
}): HTMLElement {
  const scored = options.values.filter((value): value is number => value !== null);
  return el('div', { className: `progress-chart ${options.className}` }, [
    el('figure', { className: 'chart-figure' }, [
      scoreLine({
        title: options.title,
        description: trendWords(scored, options.noun),
        values: options.values,
        ...(options.styleIndex === undefined ? {} : { styleIndex: options.styleIndex }),
      }),
    ]),
    scrollableTable({
      className: 'progress-table',
      caption: `${options.title}: the numbers`,
      head: options.head.map(columnHeader),
      rows: options.rows,
    }),
  ]);
}

/** One criterion's or technique's results over time. */
export function seriesChart(options: {
  title: string;
  points: readonly ProgressPoint[];
  criterion?: CriterionId;
  styleIndex: number;
}): HTMLElement {
  return chartAndTable({
    className: 'series-chart',
    title: options.title,
    noun: 'result',
    values: options.points.map((point) => point.score),
    styleIndex: options.styleIndex,
    head: ['Result', 'Date', 'From', 'Score', 'What it shows'],
    rows: options.points.map((point, index) =>
      row([
        rowHeader(String(index + 1)),
        el('td', { text: whenWords(point.at) }),
        el('td', {
          text:
            point.source.kind === 'play'
              ? point.source.title
              : `Knowledge check: ${point.source.title}`,
        }),
        el('td', { className: 'number', text: String(point.score) }),
        el('td', { text: statusInWords(point.status, options.criterion) }),
      ]),
    ),
  });
}

export function scenarioChart(points: readonly ScenarioPoint[]): HTMLElement {
  return chartAndTable({
    className: 'scenario-chart',
    title: 'Overall score of each play',
    noun: 'scored play',
    values: points.map((point) => point.overall),
    head: ['Play', 'Date', 'Scenario', 'Overall score'],
    rows: points.map((point, index) =>
      row([
        rowHeader(String(index + 1)),
        el('td', { text: whenWords(point.at) }),
        el('td', { text: point.title }),
        el('td', {
          className: 'number',
          text: point.overall === null ? INCOMPLETE_WORD : String(point.overall),
        }),
      ]),
    ),
  });
}

export function checkChart(points: readonly CheckPoint[]): HTMLElement {
  return chartAndTable({
    className: 'check-chart',
    title: 'Score of each knowledge check',
    noun: 'finished check',
    styleIndex: 1,
    values: points.map((point) => point.score),
    head: ['Check', 'Date', 'Knowledge check', 'Score', 'Right answers'],
    rows: points.map((point, index) =>
      row([
        rowHeader(String(index + 1)),
        el('td', { text: whenWords(point.at) }),
        el('td', { text: point.title }),
        el('td', {
          className: 'number',
          text: point.score === null ? INCOMPLETE_WORD : String(point.score),
        }),
        el('td', { text: `${point.right} of ${point.questions}` }),
      ]),
    ),
  });
}
