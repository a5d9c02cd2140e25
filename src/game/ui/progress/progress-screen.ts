import type { CheckSuggestion, ScenarioSuggestion, Weakness } from '../../../records/weakest.ts';
import { criteriaByUnit } from '../../../records/progress.ts';
import type { ProgressData } from '../../progress/progress-data.ts';
import { unitName } from '../../catalogue.ts';
import { el, uniqueId, type Child } from '../dom.ts';
import type { Screen } from '../screen.ts';
import { checkChart, scenarioChart, seriesChart, whenWords } from './progress-charts.ts';

/*
 * The progress page: the learner's results over time, per criterion (by unit), per technique, per
 * play and per knowledge check, the questions due, then what to work on next and why. It renders
 * what src/records worked out; it decides nothing itself.
 */

export interface ProgressScreenOptions {
  data: ProgressData;
  onPlay: (scenarioId: string) => void;
  /** Absent while knowledge checks cannot be started from here: the suggestion is still shown. */
  onStartCheck?: (checkId: string) => void;
  /** Starts the questions due now as one revision session, where the game can. */
  onRevise?: () => void;
  onMenu: () => void;
}

/** Enough of a check's questions to say what it asks; the reason gives how many in all. */
const PROMPTS_SHOWN = 2;

const button = (text: string, onClick: () => void, primary = false): HTMLButtonElement =>
  el('button', {
    className: primary ? 'button button-primary' : 'button',
    attrs: { type: 'button' },
    text,
    on: { click: onClick },
  });

function section(id: string, title: string, children: Child[]): HTMLElement {
  const headingId = `${id}-heading`;
  return el(
    'section',
    { className: 'panel progress-section', id, attrs: { 'aria-labelledby': headingId } },
    [el('h2', { id: headingId, text: title }), ...children],
  );
}

function scenarioSuggestions(
  suggestions: readonly ScenarioSuggestion[],
  options: ProgressScreenOptions,
): HTMLElement {
  return el(
    'ul',
    { className: 'plain-list suggestion-list' },
    suggestions.map((suggestion) =>
      el('li', { className: 'suggestion', attrs: { 'data-scenario': suggestion.scenarioId } }, [
        el('p', { text: suggestion.reason }),
        button(`Play “${suggestion.title}”`, () => options.onPlay(suggestion.scenarioId), true),
      ]),
    ),
  );
}

function checkSuggestions(
  suggestions: readonly CheckSuggestion[],
  options: ProgressScreenOptions,
): HTMLElement {
  const start = options.onStartCheck;
  return el(
    'ul',
    { className: 'plain-list suggestion-list' },
    suggestions.map((suggestion) =>
      el('li', { className: 'suggestion', attrs: { 'data-check': suggestion.checkId } }, [
        el('p', {}, [el('strong', { text: suggestion.title }), `: ${suggestion.reason}`]),
        suggestion.questions.length
          ? el('ul', { className: 'question-list' }, [
              ...suggestion.questions
                .slice(0, PROMPTS_SHOWN)
                .map((question) => el('li', { text: question.prompt })),
              suggestion.questions.length > PROMPTS_SHOWN
                ? el('li', {
                    className: 'muted',
                    text: `and ${suggestion.questions.length - PROMPTS_SHOWN} more`,
                  })
                : null,
            ])
          : null,
        start ? button(`Start “${suggestion.title}”`, () => start(suggestion.checkId)) : null,
      ]),
    ),
  );
}

function weaknessCard(item: Weakness, options: ProgressScreenOptions): HTMLElement {
  const headingId = uniqueId('weakness');
  return el(
    'article',
    {
      className: 'card weakness',
      attrs: { 'aria-labelledby': headingId, 'data-kind': item.kind, 'data-id': item.id },
    },
    [
      el('h3', {
        id: headingId,
        text: `${item.kind === 'criterion' ? 'Criterion' : 'Technique'}: ${item.label}`,
      }),
      el('p', { className: 'weakness-reason', text: item.reason }),
      item.scenarios.length
        ? el('h4', { text: 'Scenarios that practise it' })
        : el('p', { className: 'muted', text: 'No scenario in the library practises it.' }),
      item.scenarios.length ? scenarioSuggestions(item.scenarios, options) : null,
      item.checks.length ? el('h4', { text: 'Knowledge-check questions on it' }) : null,
      item.checks.length ? checkSuggestions(item.checks, options) : null,
    ],
  );
}

function weakestSection(options: ProgressScreenOptions): HTMLElement {
  const { advice } = options.data;
  if (advice.kind === 'start') {
    return section('progress-weakest', 'What to do first', [
      el('p', { text: advice.message }),
      scenarioSuggestions(advice.scenarios, options),
      // A check to try first is offered only where it can be started from here.
      advice.checks.length && options.onStartCheck
        ? checkSuggestions(advice.checks, options)
        : null,
    ]);
  }
  return section('progress-weakest', 'Work on your weakest', [
    el('p', {
      text: 'These are the criteria and techniques where your last three results (or fewer, where you have fewer) average lowest. Each suggestion says why it is there.',
    }),
    el(
      'div',
      { className: 'card-grid weakness-grid' },
      advice.items.map((item) => weaknessCard(item, options)),
    ),
  ]);
}

function criteriaSection(options: ProgressScreenOptions): HTMLElement {
  const groups = criteriaByUnit(options.data.progress.criteria);
  return section('progress-criteria', 'Criteria over time', [
    groups.length === 0
      ? el('p', { text: 'No criterion has come up in a finished play or check yet.' })
      : el('p', {
          text: 'Your score on each criterion in every finished play or knowledge check where it came up, oldest first. Dashed lines mark where “partly shown” and “shown” begin.',
        }),
    ...groups.flatMap((group) => [
      el('h3', { text: unitName(group.unit) }),
      el(
        'div',
        { className: 'progress-grid' },
        group.series.map((series, index) =>
          el('div', { className: 'progress-item', attrs: { 'data-criterion': series.id } }, [
            el('h4', {}, [el('strong', { text: series.id }), ` ${series.text}`]),
            seriesChart({
              title: `${series.id} scores over time`,
              points: series.points,
              criterion: series.id,
              styleIndex: index,
            }),
          ]),
        ),
      ),
    ]),
  ]);
}

function techniquesSection(options: ProgressScreenOptions): HTMLElement {
  const { techniques } = options.data.progress;
  return section('progress-techniques', 'Techniques over time', [
    techniques.length === 0
      ? el('p', { text: 'No technique has come up in a finished play yet.' })
      : el('p', { text: 'Your score on each technique in every finished play where it came up.' }),
    el(
      'div',
      { className: 'progress-grid' },
      techniques.map((series, index) =>
        el('div', { className: 'progress-item', attrs: { 'data-technique': series.id } }, [
          el('h3', { text: series.name }),
          seriesChart({
            title: `${series.name}: scores over time`,
            points: series.points,
            styleIndex: index,
          }),
        ]),
      ),
    ),
  ]);
}

function dueSection(options: ProgressScreenOptions): HTMLElement {
  const { due } = options.data.progress;
  const next = due.next
    ? `Next: ${due.next.count} ${due.next.count === 1 ? 'question' : 'questions'} on ${new Date(due.next.day).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' })}.`
    : 'None are waiting for a later day.';
  return section('progress-due', 'Questions due for revision', [
    el('p', { className: 'due-summary' }, [
      `Due now: ${due.now}. Due by the end of today: ${due.today}. ${next}`,
    ]),
    due.questions.length
      ? el(
          'ul',
          { className: 'due-list' },
          due.questions.map((question) =>
            el('li', {}, [
              el('strong', { text: question.checkTitle }),
              `: ${question.prompt ?? `question ${question.questionId} (no longer in the library)`}`,
            ]),
          ),
        )
      : el('p', {
          className: 'muted',
          text: 'Questions you answer in a knowledge check come back here when they are due.',
        }),
    due.now > 0 && options.onRevise ? button('Revise now', options.onRevise, true) : null,
  ]);
}

function unscoredSection(options: ProgressScreenOptions): HTMLElement | null {
  const { unscored } = options.data.progress;
  if (unscored.length === 0) return null;
  return section('progress-unscored', 'Kept but not scored', [
    el('p', { text: 'These are still kept on this device, but cannot be scored now:' }),
    el(
      'ul',
      {},
      unscored.map((each) =>
        el('li', {}, [
          el('strong', { text: each.title }),
          ` (${whenWords(each.at)}): ${each.problem}.`,
        ]),
      ),
    ),
  ]);
}

/**
 * A link to a section of this page that moves focus to its heading, without touching the address
 * (the address names the screen, not a place on it).
 */
function jumpLink(sectionId: string, text: string): HTMLAnchorElement {
  return el('a', {
    attrs: { href: `#${sectionId}` },
    text,
    on: {
      click: (event) => {
        const target = document.getElementById(`${sectionId}-heading`);
        if (!target) return;
        event.preventDefault();
        target.setAttribute('tabindex', '-1');
        target.focus();
        target.scrollIntoView({ block: 'start' });
      },
    },
  });
}

export function createProgressScreen(options: ProgressScreenOptions): Screen {
  const heading = el('h1', { text: 'Your progress' });
  const { data } = options;
  const back = button('Back to the menu', options.onMenu);
  const intro = el('header', { className: 'menu-intro' }, [
    heading,
    el('p', {
      className: 'lede',
      text: 'How your practice has gone over time. Every score is worked out again from what you did, so it always matches your debriefs.',
    }),
  ]);

  if (!data.anything) {
    return {
      name: 'progress',
      route: { kind: 'progress' },
      heading,
      title: 'Your progress: Resolve',
      element: el('div', { className: 'progress progress-empty' }, [
        intro,
        section('progress-nothing', 'Nothing saved yet', [
          el('p', {
            text: 'Your progress shows here once you have finished a scenario or a knowledge check on this device.',
          }),
        ]),
        weakestSection(options),
        back,
      ]),
    };
  }

  const { progress } = data;
  const contents = [
    ['progress-criteria', 'Criteria over time'],
    ['progress-techniques', 'Techniques over time'],
    ['progress-scenarios', 'Scenario scores'],
    ['progress-checks', 'Knowledge checks'],
    ['progress-due', 'Questions due'],
    [
      'progress-weakest',
      data.advice.kind === 'start' ? 'What to do first' : 'Work on your weakest',
    ],
  ] as const;
  return {
    name: 'progress',
    route: { kind: 'progress' },
    heading,
    title: 'Your progress: Resolve',
    element: el('div', { className: 'progress' }, [
      intro,
      el('nav', { className: 'progress-contents', attrs: { 'aria-label': 'On this page' } }, [
        el(
          'ul',
          { className: 'inline-links' },
          contents.map(([id, text]) => el('li', {}, [jumpLink(id, text)])),
        ),
      ]),
      criteriaSection(options),
      techniquesSection(options),
      section('progress-scenarios', 'Scenario scores over time', [
        progress.scenarios.length
          ? scenarioChart(progress.scenarios)
          : el('p', { text: 'No finished plays yet.' }),
      ]),
      section('progress-checks', 'Knowledge checks over time', [
        progress.checks.length
          ? checkChart(progress.checks)
          : el('p', { text: 'No knowledge checks finished yet.' }),
      ]),
      dueSection(options),
      weakestSection(options),
      unscoredSection(options),
      back,
    ]),
  };
}
