import { statusInWords } from '../../../curriculum/evidence.ts';
import type { PackScenarioLine, PackSummary } from '../../../records/pack-summary.ts';
import { criterionText } from '../../catalogue.ts';
import { columnHeader, el, scrollableTable, uniqueId, type Child } from '../dom.ts';
import type { Screen } from '../screen.ts';
import { outcomeWords, overallWords } from '../history/result-words.ts';

/**
 * The end of a pack: each scenario's latest and best result, the pack score against its pass mark,
 * each criterion's best status across the pack, and the knowledge checks' latest scores. Every
 * status is in words (and a symbol), never colour alone.
 */

export interface PackSummaryScreenOptions {
  summary: PackSummary;
  onOpenResult: (playId: string) => void;
  onMenu: () => void;
  /** "For your tutor": result file, CSV and evidence record (src/game/ui/results/). */
  results?: HTMLElement;
  /** In a cmi5 package: the way back to the course (src/game/ui/lms/course-exit.ts). */
  courseExit?: HTMLElement | undefined;
}

function section(title: string, children: Child[], className = ''): HTMLElement {
  const id = uniqueId('pack-section');
  return el(
    'section',
    { className: `panel ${className}`.trim(), attrs: { 'aria-labelledby': id } },
    [el('h2', { id, text: title }), ...children],
  );
}

function scoreSection(summary: PackSummary): HTMLElement {
  const { score, passMark, reached } = summary;
  const total = summary.scenarios.length;
  return section(
    'Pack result',
    [
      score === null
        ? el('p', {
            className: 'pack-score',
            text: `Not finished yet: ${summary.scored} of ${total} ${total === 1 ? 'scenario has' : 'scenarios have'} a score. Play the rest to get a pack score.`,
          })
        : el('p', { className: 'pack-score' }, [
            el('span', { className: 'overall-number', text: String(score) }),
            el('span', { text: ' out of 100 for the pack' }),
          ]),
      el('p', {}, [el('strong', { text: 'Pass mark: ' }), `${passMark} out of 100.`]),
      reached === null
        ? null
        : el(
            'p',
            {
              className: `pass ${reached ? 'pass-reached' : 'pass-not-reached'}`,
              attrs: { 'data-reached': String(reached) },
            },
            [
              el('span', {
                className: 'pass-mark',
                attrs: { 'aria-hidden': 'true' },
                text: reached ? '✓ ' : '✗ ',
              }),
              reached
                ? 'You reached the pass mark.'
                : `Not reached yet: ${passMark - score!} more ${passMark - score! === 1 ? 'point' : 'points'} needed.`,
            ],
          ),
      el('p', {
        className: 'muted',
        text: 'The pack score is the mean of your best overall score in each scenario of the pack.',
      }),
    ],
    'pack-result',
  );
}

function resultCell(result: PackScenarioLine['latest']): HTMLTableCellElement {
  if (result === null) return el('td', { text: 'Not played yet' });
  if (!result.ok) return el('td', { text: `No score: ${result.problem}` });
  return el('td', {}, [
    el('span', { className: 'cell-line', text: overallWords(result) }),
    el('span', { className: 'cell-line muted', text: outcomeWords(result) }),
  ]);
}

function scenariosSection(options: PackSummaryScreenOptions): HTMLElement {
  const { summary } = options;
  return section('Scenarios', [
    scrollableTable({
      className: 'pack-table',
      caption: 'Each scenario’s latest and best result in this pack',
      head: ['Scenario', 'Latest', 'Best'].map(columnHeader),
      rows: summary.scenarios.map((line, index) => {
        const titleId = uniqueId('pack-scenario');
        const latest = line.latest;
        return el('tr', { attrs: { 'data-scenario': line.scenarioId } }, [
          // The way to the debrief sits under the title, so the table stays narrow on a phone.
          el('th', { attrs: { scope: 'row' } }, [
            el('span', {
              id: titleId,
              className: 'cell-line',
              text: `${index + 1}. ${line.title}`,
            }),
            latest?.ok
              ? el('button', {
                  className: 'button button-small',
                  attrs: { type: 'button', 'aria-describedby': titleId },
                  text: 'Open the latest debrief',
                  on: { click: () => options.onOpenResult(latest.playId) },
                })
              : null,
          ]),
          resultCell(line.latest),
          resultCell(line.best),
        ]);
      }),
    }),
  ]);
}

function checksSection(summary: PackSummary): HTMLElement | null {
  if (summary.checks.length === 0) return null;
  return section('Knowledge checks', [
    el(
      'ul',
      { className: 'plain-list pack-checks' },
      summary.checks.map((check) =>
        el('li', { attrs: { 'data-check': check.checkId } }, [
          el('strong', { text: `${check.title}: ` }),
          check.latest !== null
            ? `latest score ${check.latest} out of 100.`
            : check.unscored === 'changed'
              ? 'taken, but the check has changed since, so its score cannot be worked out again.'
              : check.unscored === 'not-loaded'
                ? 'taken, but the check could not be loaded to work out its score.'
                : 'not taken yet.',
        ]),
      ),
    ),
  ]);
}

function criteriaSection(summary: PackSummary): HTMLElement {
  return section('Criteria across the pack', [
    el('p', {
      className: 'muted',
      text: 'The best each criterion was shown in any scenario of this pack.',
    }),
    summary.criteria.length === 0
      ? el('p', { text: 'No scenario of this pack has a score yet.' })
      : scrollableTable({
          className: 'criteria-table',
          caption: 'Best status of each criterion',
          head: ['Criterion', 'Best status'].map(columnHeader),
          rows: summary.criteria.map(({ id, best }) =>
            el('tr', { attrs: { 'data-criterion': id, 'data-status': best } }, [
              el('th', { attrs: { scope: 'row' } }, [
                el('span', { className: 'criterion-id', text: id }),
                el('span', { className: 'criterion-text', text: criterionText(id) }),
              ]),
              el('td', {}, [
                el('span', { className: `status status-${best}`, text: statusInWords(best, id) }),
              ]),
            ]),
          ),
        }),
  ]);
}

export function createPackSummaryScreen(options: PackSummaryScreenOptions): Screen {
  const { summary } = options;
  const heading = el('h1', { text: `Pack summary: ${summary.title}` });
  const back = (): HTMLElement =>
    el('div', { className: 'button-row' }, [
      el('button', {
        className: 'button button-primary',
        attrs: { type: 'button' },
        text: 'Back to the menu',
        on: { click: options.onMenu },
      }),
    ]);
  const element = el('div', { className: 'pack-summary debrief' }, [
    el('header', { className: 'debrief-head' }, [
      heading,
      el('p', {
        className: 'lede',
        text: 'How the pack went: each scenario, the pass mark, and the best you showed of each criterion.',
      }),
    ]),
    scoreSection(summary),
    scenariosSection(options),
    checksSection(summary),
    criteriaSection(summary),
    options.courseExit,
    options.results,
    el('p', {
      className: 'practice-note',
      text: 'This is practice. Performance criteria are only ever “practised in simulation”: Unit 312 does not accept simulation as performance evidence.',
    }),
    back(),
  ]);
  return {
    name: 'pack-summary',
    element,
    heading,
    title: `Pack summary: ${summary.title}: Resolve`,
    route: { kind: 'pack-summary', packId: summary.packId },
  };
}
