import type { GradebookRow } from '../../../results/gradebook/row.ts';
import type { LearnerDetail, PlayDetail } from '../../gradebook/import-protocol.ts';
import { describeTiming } from '../../settings/settings.ts';
import { createDebriefScreen } from '../debrief/debrief-screen.ts';
import { el, uniqueId } from '../dom.ts';
import type { Screen } from '../screen.ts';

/*
 * One learner's result, opened from the gradebook: the debrief of each play as the replay gives
 * it (the debrief screen, read-only), the learner's reflection and what the file is. The tutor
 * reads it; nothing here plays or changes anything.
 */

export interface LearnerViewOptions {
  row: GradebookRow;
  detail: LearnerDetail;
  /** Which play of the file to show. */
  index: number;
  onPlay: (index: number) => void;
  onBack: () => void;
}

function reflectionOf(play: PlayDetail): HTMLElement {
  const id = uniqueId('learner-reflection');
  const { reflection } = play;
  return el(
    'section',
    { className: 'panel learner-reflection', attrs: { 'aria-labelledby': id } },
    [
      el('h2', { id, text: 'The learner’s reflection' }),
      reflection
        ? el('dl', {}, [
            el('dt', { text: 'What went well' }),
            el('dd', { text: reflection.wentWell || '(left empty)' }),
            el('dt', { text: 'What they would do differently' }),
            el('dd', { text: reflection.doDifferently || '(left empty)' }),
          ])
        : el('p', { className: 'muted', text: 'No reflection was written for this play.' }),
    ],
  );
}

function preface(options: LearnerViewOptions, play: PlayDetail): HTMLElement {
  const { row, detail } = options;
  const id = uniqueId('learner-file');
  const others = detail.plays
    .map((each, index) => ({ each, index }))
    .filter(({ index }) => index !== options.index);
  return el('section', { className: 'panel learner-file', attrs: { 'aria-labelledby': id } }, [
    el('h2', { id, text: 'The result file' }),
    el('p', {}, [el('strong', { text: 'File: ' }), row.fileName]),
    row.exportedAt
      ? el('p', {
          text: `Saved by the learner on ${row.exportedAt.slice(0, 10)}; played on ${play.finishedAt.slice(0, 10)}.`,
        })
      : null,
    row.pack ? el('p', { text: `Pack: ${row.pack.title}` }) : null,
    el('p', { className: `consistency consistency-${row.verdict}` }, [
      el('strong', { text: 'This play: ' }),
      play.consistency,
    ]),
    el('p', {
      className: 'muted',
      text: 'Replay shows a result is consistent with its transcript, not who made it. The debrief below is worked out again from the transcript, not read from the file.',
    }),
    others.length > 0
      ? el('div', {}, [
          el('h3', { text: 'Other scenarios in this file' }),
          el(
            'ul',
            { className: 'inline-list' },
            others.map(({ each, index }) =>
              el('li', {}, [
                el('button', {
                  className: 'button button-small',
                  attrs: { type: 'button' },
                  text: `Open the debrief of ${each.scenario.title}`,
                  on: { click: () => options.onPlay(index) },
                }),
              ]),
            ),
          ),
        ])
      : null,
    detail.checks.length > 0
      ? el('div', {}, [
          el('h3', { text: 'Knowledge checks in this file' }),
          el(
            'ul',
            {},
            detail.checks.map((check) =>
              el('li', {
                text: `${check.title}: ${check.result ? `${check.result.right} of ${check.result.answered} right` : 'no result'} (${check.consistency})`,
              }),
            ),
          ),
        ])
      : null,
  ]);
}

export function createLearnerView(options: LearnerViewOptions): Screen {
  const { row, detail } = options;
  const play = detail.plays[options.index];
  const name = row.learnerName ?? row.fileName;
  const back = { text: 'Back to the gradebook', go: options.onBack };
  if (play?.debrief === undefined) {
    const heading = el('h1', { text: `${name}: no debrief to show` });
    return {
      name: 'gradebook',
      heading,
      title: `${name}: Gradebook: Resolve`,
      route: { kind: 'gradebook' },
      element: el('div', { className: 'gradebook-learner problem-screen' }, [
        heading,
        el('p', {
          text: `This file's play did not replay, so there is no debrief to show. ${row.consistencyInFull}.`,
        }),
        el('button', {
          className: 'button button-primary',
          attrs: { type: 'button' },
          text: back.text,
          on: { click: back.go },
        }),
      ]),
    };
  }
  const screen = createDebriefScreen({
    scenario: play.scenario,
    debrief: play.debrief,
    timing: { mode: play.timing, source: 'learner' },
    onRetryFrom: () => undefined,
    onPlayAgain: () => undefined,
    onMenu: options.onBack,
    reflection: reflectionOf(play),
    route: { kind: 'gradebook' },
    readOnly: {
      heading: `${name}: ${play.scenario.title}`,
      title: `${name}: ${play.scenario.title}: Gradebook: Resolve`,
      preface: preface(options, play),
      // The file keeps the mode, not whose setting chose it: the words say only the mode.
      timingWords: describeTiming({ mode: play.timing, source: 'learner' }).replace(
        / \([^)]*\)$/,
        '',
      ),
      back,
    },
  });
  screen.element.classList.add('gradebook-learner');
  return screen;
}
