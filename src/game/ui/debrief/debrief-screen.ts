import { INCOMPLETE_WORD, STATUS_WORDS, statusInWords } from '../../../curriculum/evidence.ts';
import type { CriterionId } from '../../../curriculum/ids.ts';
import type {
  AnalysisComparison,
  CriterionResult,
  Debrief,
  DebriefMoment,
  TechniqueResult,
} from '../../../scoring/index.ts';
import { isGoodOutcome, type Mood, type Scenario } from '../../../scenario/schema.ts';
import { countdownInWords } from '../../../engine/countdown.ts';
import { criterionUnit, unitName, UNIT_IDS } from '../../catalogue.ts';
import { describeTiming, type EffectiveTiming } from '../../settings/settings.ts';
import { portraitDataUrl } from '../../art/portrait.ts';
import { moodChart } from '../charts/mood-chart.ts';
import { columnHeader, el, scrollableTable, svg, uniqueId, type Child } from '../dom.ts';
import type { Route } from '../../route.ts';
import type { Screen } from '../screen.ts';
import { levelWords, OUTCOME_WORDS } from '../words.ts';

const STANCE_WORDS = {
  skilled: 'skilled',
  adequate: 'adequate',
  placating: 'placating',
  dismissive: 'dismissive',
  argumentative: 'argumentative',
  unsafe: 'unsafe',
  timeout: 'ran out of time',
} as const;

export interface DebriefScreenOptions {
  scenario: Scenario;
  debrief: Debrief;
  timing: EffectiveTiming;
  onRetryFrom: (moment: DebriefMoment) => void;
  onPlayAgain: () => void;
  onMenu: () => void;
  /** The next scenario of the pack being played, if any. */
  next?: { title: string; start: () => void };
  /** At the end of a pack's last scenario: opens the pack's summary. */
  packSummary?: () => void;
  /** The learner's reflection on this play (src/game/ui/history/reflection-form.ts). */
  reflection?: HTMLElement;
  /** "For your tutor": result file, CSV and evidence record (src/game/ui/results/). */
  results?: HTMLElement;
  /** Where a reload comes back to: a stored result. */
  route?: Route;
  /**
   * Whether each moment shows the best option and where the best path leads (default true). A
   * pack's settings.showBestPath false keeps them back, so the learner finds them by trying again.
   */
  showBestOption?: boolean;
  /** Whether each moment offers "Retry from this moment" (default true; a pack's allowRetry false). */
  retryFromMoments?: boolean;
  // ---- Gradebook (issue 13)
  /**
   * A tutor reading a learner's result in the gradebook: the learner's debrief as they saw it,
   * with no play or retry buttons, a heading naming the learner, a preface and one way back.
   */
  readOnly?: {
    heading: string;
    title: string;
    preface: HTMLElement;
    /** The timing in the tutor's words (whose setting it was is not in the file). */
    timingWords: string;
    back: { text: string; go: () => void };
  };
  // ---- end Gradebook
}

const sentence = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

function section(title: string, children: Child[], className = ''): HTMLElement {
  const id = uniqueId('debrief-section');
  return el(
    'section',
    { className: `panel ${className}`.trim(), attrs: { 'aria-labelledby': id } },
    [el('h2', { id, text: title }), ...children],
  );
}

function momentLabel(moment: DebriefMoment): string {
  return `Moment ${moment.index + 1}`;
}

function momentLinks(debrief: Debrief, indices: readonly number[]): Child {
  if (indices.length === 0) return el('span', { className: 'muted', text: 'None' });
  return el(
    'ul',
    { className: 'inline-list' },
    indices.map((index) => {
      const moment = debrief.moments[index];
      return el('li', {}, [
        el('a', {
          attrs: { href: `#moment-${index + 1}` },
          text: moment
            ? `${momentLabel(moment)}${moment.nodeTitle ? `: ${moment.nodeTitle}` : ''}`
            : `Moment ${index + 1}`,
        }),
      ]);
    }),
  );
}

function overallSection(options: DebriefScreenOptions, portrait: HTMLElement): HTMLElement {
  const { debrief } = options;
  const ending = debrief.ending;
  return section(
    'Overall',
    [
      el('div', { className: 'overall' }, [
        portrait,
        el('div', {}, [
          debrief.overall === null
            ? el('p', { className: 'overall-score' }, [
                el('span', { className: 'overall-number', text: sentence(INCOMPLETE_WORD) }),
                el('span', {
                  text: ': the play stopped before an ending, so there is no overall score. What it shows comes only from the moments you played.',
                }),
              ])
            : el('p', { className: 'overall-score' }, [
                el('span', { className: 'overall-number', text: String(debrief.overall) }),
                el('span', { text: ' out of 100 overall' }),
              ]),
          ending
            ? el('p', {}, [
                el('strong', { text: 'Outcome: ' }),
                OUTCOME_WORDS[ending.kind],
                ending.acceptable ? ', an acceptable ending' : '',
                '. ',
                ending.epilogue,
              ])
            : el('p', { text: 'The conversation stopped before an ending.' }),
          debrief.overallCapped
            ? el('p', { className: 'warning', text: debrief.overallCapped })
            : null,
          el('p', {}, [
            el('strong', { text: 'Timing used: ' }),
            options.readOnly?.timingWords ?? describeTiming(options.timing),
            '.',
          ]),
        ]),
      ]),
      debrief.criticalErrors.length
        ? el('div', { className: 'critical' }, [
            el('h3', { text: 'Critical errors' }),
            el(
              'ul',
              {},
              debrief.criticalErrors.map((error) =>
                el('li', {}, [
                  error.reason,
                  el('span', {
                    className: 'muted',
                    text: ` (caps ${error.breaks.join(', ')} at “${STATUS_WORDS['not-met']}”)`,
                  }),
                ]),
              ),
            ),
          ])
        : null,
      el('p', {
        className: 'practice-note',
        text: 'This is practice. Knowledge criteria can be evidenced here; performance criteria are only ever “practised in simulation”: Unit 312 does not accept simulation as performance evidence.',
      }),
    ],
    'debrief-overall',
  );
}

function techniqueRow(id: string, result: TechniqueResult, debrief: Debrief): HTMLElement {
  const score = result.score;
  const moments = `${result.opportunities} ${result.opportunities === 1 ? 'moment' : 'moments'}`;
  const words =
    score === null
      ? `${sentence(STATUS_WORDS['no-opportunity'])} in this play`
      : result.available === 0
        ? `${score} out of 100 (nothing to gain here, and nothing counted against you; ${moments})`
        : `${score} out of 100 (${result.taken} of ${result.available} ${result.available === 1 ? 'point' : 'points'}; ${moments})`;
  const bar = svg(
    'svg',
    {
      class: 'technique-bar',
      viewBox: '0 0 100 10',
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
    },
    [
      svg('rect', { x: 0, y: 0, width: 100, height: 10, class: 'bar-track' }),
      score === null
        ? null
        : svg('rect', { x: 0, y: 0, width: Math.max(score, 0.5), height: 10, class: 'bar-fill' }),
    ],
  );
  return el('li', { className: 'technique', attrs: { 'data-technique': id } }, [
    el('p', { className: 'technique-name' }, [
      el('strong', { text: result.name }),
      result.conflictManagement
        ? el('span', { className: 'muted', text: ' (conflict management)' })
        : null,
    ]),
    bar,
    el('p', { className: 'technique-words', text: words }),
    result.moments.length
      ? el('div', { className: 'technique-moments' }, [
          el('span', { text: 'Moments: ' }),
          momentLinks(debrief, result.moments),
        ])
      : null,
  ]);
}

function techniquesSection(debrief: Debrief): HTMLElement {
  const entries = Object.entries<TechniqueResult>(debrief.techniques);
  entries.sort((a, b) => (b[1].score ?? -1) - (a[1].score ?? -1));
  return section('Techniques', [
    el('p', {
      className: 'muted',
      text: 'Each bar is how much of what was available you took, out of 100.',
    }),
    entries.length
      ? el(
          'ul',
          { className: 'techniques' },
          entries.map(([id, result]) => techniqueRow(id, result, debrief)),
        )
      : el('p', { text: 'This scenario did not score any technique.' }),
  ]);
}

function criteriaSection(debrief: Debrief): HTMLElement {
  const entries = Object.entries<CriterionResult>(debrief.criteria);
  const tables = UNIT_IDS.flatMap((unit) => {
    const rows = entries.filter(([id]) => criterionUnit(id) === unit);
    if (rows.length === 0) return [];
    return [
      scrollableTable({
        className: 'criteria-table',
        caption: unitName(unit),
        head: ['Criterion', 'Status', 'Evidence', 'Moments'].map(columnHeader),
        rows: rows.map(([id, result]) =>
          el('tr', { attrs: { 'data-criterion': id, 'data-status': result.status } }, [
            el('th', { attrs: { scope: 'row' } }, [
              el('span', { className: 'criterion-id', text: id }),
              el('span', { className: 'criterion-text', text: result.text }),
            ]),
            el('td', {}, [
              el('span', {
                className: `status status-${result.status}`,
                text: statusInWords(result.status, id as CriterionId),
              }),
              result.capped
                ? el('span', { className: 'status-note', text: ` Capped: ${result.capped}` })
                : null,
            ]),
            el('td', {
              text:
                result.evidence === 'practised-in-simulation'
                  ? 'Performance: practised in simulation'
                  : 'Knowledge',
            }),
            el('td', {}, [momentLinks(debrief, result.moments)]),
          ]),
        ),
      }),
    ];
  });
  return section('Criteria', [
    el('p', {
      className: 'muted',
      text: 'What this play evidences for each assessment criterion the scenario covers, with the moments behind it.',
    }),
    ...tables,
  ]);
}

function moodWords(before: Mood, after: Mood): string {
  const parts: string[] = [];
  for (const key of ['anger', 'confusion', 'trust'] as const) {
    const change = after[key] - before[key];
    if (change === 0) continue;
    parts.push(`${key} ${change > 0 ? 'rose' : 'fell'} to ${levelWords(after[key])}`);
  }
  return parts.length ? `Mood: ${parts.join(', ')}.` : 'Mood: no change.';
}

const RATING_WORDS = { low: 'Low', medium: 'Medium', high: 'High' } as const;
const AUDIENCE_WORDS = { customer: 'the customer', organisation: 'the organisation' } as const;

/** An options node: the learner's analysis beside the author's, one row per option. */
function analysisComparison(analysis: AnalysisComparison): HTMLElement {
  const cell = (yours: string | null, author: string, right: boolean): HTMLTableCellElement =>
    el('td', {}, [
      el('p', {}, [
        el('span', { className: right ? 'mark-right' : 'mark-wrong', text: right ? '✓ ' : '✗ ' }),
        `You: ${yours ?? 'nothing picked'}`,
      ]),
      right ? null : el('p', { className: 'why', text: `Author: ${author}` }),
    ]);
  const { learner, author } = analysis.putTo;
  return el('div', { className: 'analysis-compare' }, [
    scrollableTable({
      className: 'analysis-table',
      caption: 'Your analysis beside the author’s',
      head: [
        columnHeader('Option'),
        columnHeader('Main benefit'),
        columnHeader('Main risk'),
        columnHeader('How serious'),
      ],
      rows: analysis.rows.map((row) =>
        el('tr', {}, [
          el('th', { attrs: { scope: 'row' }, text: row.title }),
          cell(row.learner.benefit, row.author.benefit, row.benefitRight),
          cell(row.learner.risk, row.author.risk, row.riskRight),
          el('td', {}, [
            el('p', {}, [
              el('span', {
                className: row.ratingRight ? 'mark-right' : 'mark-wrong',
                text: row.ratingRight ? '✓ ' : '✗ ',
              }),
              `You: ${row.learner.rating === null ? 'not rated' : RATING_WORDS[row.learner.rating]}`,
            ]),
            el('p', {
              className: 'why',
              text: `Author: ${RATING_WORDS[row.author.rating]}. ${row.author.note}`,
            }),
          ]),
        ]),
      ),
    }),
    el('p', {
      text: `You put “${analysis.putForward.title}” to ${learner === null ? 'nobody' : AUDIENCE_WORDS[learner]}${
        learner === author
          ? ': the right party.'
          : `; it is for ${AUDIENCE_WORDS[author]} to decide on.`
      }`,
    }),
  ]);
}

function momentItem(moment: DebriefMoment, options: DebriefScreenOptions): HTMLElement {
  const title = `${momentLabel(moment)}${moment.nodeTitle ? `: ${moment.nodeTitle}` : ''}`;
  const headingId = `moment-${moment.index + 1}`;
  return el(
    'li',
    {
      className: moment.tookBest ? 'moment took-best' : 'moment',
      attrs: { 'data-moment': moment.index },
    },
    [
      el('h3', { id: headingId, text: title, attrs: { tabindex: -1 } }),
      moment.customerLine
        ? el('p', { className: 'moment-line' }, [
            el('strong', { text: 'The customer: ' }),
            `“${moment.customerLine}”`,
          ])
        : moment.label
          ? el('p', { className: 'moment-line', text: moment.label })
          : null,
      moment.countdown
        ? el('p', { className: 'moment-timing muted', text: countdownInWords(moment.countdown) })
        : null,
      moment.analysis ? analysisComparison(moment.analysis) : null,
      moment.analysis
        ? null
        : el(
            'div',
            {
              className:
                moment.tookBest || options.showBestOption === false
                  ? 'compare compare-single'
                  : 'compare',
            },
            [
              el('div', { className: 'compare-chosen' }, [
                el('p', { className: 'compare-label' }, [
                  moment.tookBest ? '✓ You took the best option ' : 'You ',
                  moment.chosen.correct !== undefined
                    ? el('span', {
                        className: `stance ${moment.chosen.correct ? 'stance-skilled' : 'stance-unsafe'}`,
                        text: moment.chosen.correct ? '(correct)' : '(incorrect)',
                      })
                    : moment.chosen.stance
                      ? el('span', {
                          className: `stance stance-${moment.chosen.stance}`,
                          text: `(${STANCE_WORDS[moment.chosen.stance]})`,
                        })
                      : null,
                  ':',
                ]),
                el('p', {
                  text: moment.kind === 'timeout' ? 'You ran out of time.' : moment.chosen.say,
                }),
                el('p', { className: 'why', text: moment.why }),
              ]),
              moment.tookBest || options.showBestOption === false
                ? null
                : el('div', { className: 'compare-best' }, [
                    el('p', { className: 'compare-label', text: 'The best option:' }),
                    el('p', { text: moment.best.say }),
                    moment.bestWhy ? el('p', { className: 'why', text: moment.bestWhy }) : null,
                    moment.bestLeadsTo?.ending
                      ? el('p', {
                          className: 'muted',
                          text: `Following the best options from here leads to: ${OUTCOME_WORDS[moment.bestLeadsTo.ending.kind]}${moment.bestLeadsTo.ending.acceptable ? ', an acceptable ending' : ''}.`,
                        })
                      : null,
                  ]),
            ],
          ),
      // What luck decided after this moment, so the learner does not read it as their doing.
      ...(moment.byChance ?? []).map((line) =>
        el('p', { className: 'muted by-chance', text: line }),
      ),
      moment.critical
        ? el('p', { className: 'warning', text: `Critical error: ${moment.critical.reason}` })
        : null,
      moment.moodBefore && moment.moodAfter
        ? el('p', { className: 'muted', text: moodWords(moment.moodBefore, moment.moodAfter) })
        : null,
      options.retryFromMoments === false || options.readOnly
        ? null
        : el('button', {
            className: 'button button-small',
            attrs: { type: 'button', 'aria-describedby': headingId },
            text: 'Retry from this moment',
            on: { click: () => options.onRetryFrom(moment) },
          }),
    ],
  );
}

function timelineSection(options: DebriefScreenOptions): HTMLElement {
  const { debrief } = options;
  const points = debrief.moments
    .filter((moment) => moment.moodAfter !== null)
    .map((moment) => ({ label: String(moment.index + 1), mood: moment.moodAfter! }));
  const start = debrief.timeline[0];
  if (start) points.unshift({ label: 'Start', mood: start.mood });
  return section(
    'The conversation, moment by moment',
    [
      moodChart(points),
      el('p', { className: 'muted', text: 'Numbers on the chart are the moments below.' }),
      options.showBestOption === false
        ? el('p', {
            className: 'best-hidden',
            text: 'Your tutor has set this pack so the debrief does not show the best options: play again to find them yourself.',
          })
        : null,
      el(
        'ol',
        { className: 'moments' },
        debrief.moments.map((moment) => momentItem(moment, options)),
      ),
    ],
    'debrief-timeline',
  );
}

function styleSection(debrief: Debrief): HTMLElement {
  const counts = Object.entries(debrief.style.counts).filter(([, count]) => count > 0) as [
    keyof typeof STANCE_WORDS,
    number,
  ][];
  return section('Your style', [
    debrief.style.summary.length
      ? el(
          'ul',
          {},
          debrief.style.summary.map((line) => el('li', { text: line })),
        )
      : el('p', { text: 'No replies to judge a style from.' }),
    counts.length
      ? el('p', {
          className: 'muted',
          text: `Your replies: ${counts.map(([mark, count]) => `${count} ${STANCE_WORDS[mark]}`).join(', ')}.`,
        })
      : null,
  ]);
}

export function createDebriefScreen(options: DebriefScreenOptions): Screen {
  const { scenario, debrief } = options;
  const heading = el('h1', { text: options.readOnly?.heading ?? `Debrief: ${scenario.title}` });
  const finalExpression =
    debrief.ending && isGoodOutcome(debrief.ending.kind) ? 'pleased' : 'annoyed';
  const lastMood = debrief.timeline[debrief.timeline.length - 1]?.mood ?? scenario.customer.mood;
  const portrait = el('img', {
    className: 'debrief-portrait',
    attrs: {
      src: portraitDataUrl({
        appearance: scenario.customer.appearance,
        expression: finalExpression,
        mood: lastMood,
        size: 120,
      }),
      alt: '',
      width: 120,
      height: 140,
    },
  });
  const readOnly = options.readOnly;
  const actions = (): HTMLElement =>
    readOnly
      ? el('div', { className: 'button-row debrief-actions' }, [
          el('button', {
            className: 'button button-primary',
            attrs: { type: 'button' },
            text: readOnly.back.text,
            on: { click: readOnly.back.go },
          }),
        ])
      : el('div', { className: 'button-row debrief-actions' }, [
          options.packSummary
            ? el('button', {
                className: 'button button-primary',
                attrs: { type: 'button' },
                text: 'See the pack summary',
                on: { click: options.packSummary },
              })
            : null,
          options.next
            ? el('button', {
                className: 'button button-primary',
                attrs: { type: 'button' },
                text: `Next in the pack: ${options.next.title}`,
                on: { click: options.next.start },
              })
            : null,
          el('button', {
            className: options.next || options.packSummary ? 'button' : 'button button-primary',
            attrs: { type: 'button' },
            text: 'Play again',
            on: { click: options.onPlayAgain },
          }),
          el('button', {
            className: 'button',
            attrs: { type: 'button' },
            text: 'Back to the menu',
            on: { click: options.onMenu },
          }),
        ]);
  const element = el(
    'div',
    { className: 'debrief', attrs: { 'data-overall': debrief.overall ?? INCOMPLETE_WORD } },
    [
      el('header', { className: 'debrief-head' }, [
        heading,
        el('p', {
          className: 'lede',
          text: 'What went well, what to try next time, and the evidence behind each judgement.',
        }),
        actions(),
      ]),
      readOnly?.preface,
      overallSection(options, portrait),
      options.reflection,
      options.results,
      techniquesSection(debrief),
      criteriaSection(debrief),
      timelineSection(options),
      styleSection(debrief),
      actions(),
    ],
  );
  return {
    name: 'debrief',
    element,
    heading,
    title: readOnly?.title ?? `Debrief: ${scenario.title}: Resolve`,
    ...(options.route ? { route: options.route } : {}),
  };
}
