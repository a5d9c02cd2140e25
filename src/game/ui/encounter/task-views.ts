import type { SessionView } from '../../../engine/types.ts';
import type { AnalysisEvent } from '../../../engine/analysis.ts';
import { AUDIENCES, RISK_LEVELS, type NodeOfKind } from '../../../scenario/schema.ts';
import { colleagueAppearance } from '../../art/colleague.ts';
import { portraitDataUrl } from '../../art/portrait.ts';
import { columnHeader, el, scrollableTable, uniqueId } from '../dom.ts';
import { smallMultiples } from '../charts/small-multiples.ts';
import { OUTCOME_WORDS } from '../words.ts';
import { own } from '../../../scenario/own.ts';

/**
 * The non-dialogue nodes as working interfaces: records to open, the analysis of options, the
 * complaint log, a week's figures. They show the scenario's own data and report the learner's actions.
 */

export interface TaskActions {
  checkRecord: (recordId: string) => void;
  fillField: (fieldId: string, entryId: string) => void;
  analyse: (event: AnalysisEvent) => void;
  /** "See your debrief", at an ending. */
  finish: () => void;
}

export function investigateView(
  node: NodeOfKind<'investigate'>,
  view: SessionView,
  actions: TaskActions,
): HTMLElement {
  const opened = new Set(view.checkedRecords);
  const records = el(
    'ul',
    { className: 'records' },
    node.records.map((record) => {
      const bodyId = uniqueId('record-body');
      const isOpen = opened.has(record.id);
      const body = el(
        'div',
        { id: bodyId, className: 'record-body', attrs: { hidden: !isOpen } },
        record.body.map((line) => el('p', { text: line })),
      );
      const button = el(
        'button',
        {
          className: 'button record-button',
          attrs: {
            type: 'button',
            'aria-expanded': isOpen ? 'true' : 'false',
            'aria-controls': bodyId,
            'data-focus-key': `record-${record.id}`,
          },
          on: {
            click: () => {
              if (!opened.has(record.id)) {
                actions.checkRecord(record.id);
                return;
              }
              const show = body.hidden;
              body.hidden = !show;
              button.setAttribute('aria-expanded', show ? 'true' : 'false');
            },
          },
        },
        [
          record.title,
          isOpen ? el('span', { className: 'record-state', text: ' (opened)' }) : null,
        ],
      );
      return el('li', { className: isOpen ? 'record is-open' : 'record' }, [button, body]);
    }),
  );
  const factsHeading = uniqueId('facts');
  return el('div', { className: 'task task-investigate' }, [
    el('p', { className: 'prompt', text: view.text.prompt ?? '' }),
    el('h3', { className: 'task-heading', text: 'Records you can open' }),
    records,
    el('section', { className: 'facts', attrs: { 'aria-labelledby': factsHeading } }, [
      el('h3', { id: factsHeading, className: 'task-heading', text: 'What you have found' }),
      view.revealedFacts.length
        ? el(
            'ul',
            {},
            view.revealedFacts.map((fact) => el('li', { text: fact.text })),
          )
        : el('p', { className: 'muted', text: 'Nothing yet: open a record to see what it shows.' }),
    ]),
  ]);
}

const RISK_WORDS = { low: 'Low', medium: 'Medium', high: 'High' } as const;
const AUDIENCE_WORDS = {
  customer: 'The customer',
  organisation: 'The organisation (someone with the authority to decide)',
} as const;

/** One radio button with its label: the analysis lists and the complaint log both use it. */
function radio(options: {
  group: string;
  value: string;
  text: string;
  checked: boolean;
  focusKey: string;
  onPick: () => void;
}): HTMLElement {
  const id = uniqueId('pick');
  return el('div', { className: 'radio' }, [
    el('input', {
      id,
      attrs: {
        type: 'radio',
        name: options.group,
        value: options.value,
        checked: options.checked,
        'data-focus-key': options.focusKey,
      },
      on: { change: options.onPick },
    }),
    el('label', { attrs: { for: id }, text: options.text }),
  ]);
}

/** One radio group: a fieldset whose legend names the option too, for screen readers. */
export function radioGroup(options: {
  legend: string;
  about?: string;
  focusKey: string;
  items: readonly { value: string; text: string }[];
  checked: string | null;
  inline?: boolean;
  onPick: (value: string) => void;
}): HTMLElement {
  const name = uniqueId(`group-${options.focusKey}`);
  return el(
    'fieldset',
    {
      className:
        options.inline === true
          ? 'choice-group analysis-group inline'
          : 'choice-group analysis-group',
    },
    [
      el('legend', {}, [
        options.legend,
        options.about === undefined
          ? null
          : el('span', { className: 'visually-hidden', text: ` of “${options.about}”` }),
      ]),
      ...options.items.map((item) =>
        radio({
          group: name,
          value: item.value,
          text: item.text,
          checked: options.checked === item.value,
          focusKey: `${options.focusKey}-${item.value}`,
          onPick: () => options.onPick(item.value),
        }),
      ),
    ],
  );
}

/**
 * The learner's own analysis: for each option its main benefit and main risk, picked from short
 * lists in the order this play shows them, and how serious that risk is; then whom the choice
 * below is put to. Nothing here says which answer the author expects.
 */
export function optionsView(
  node: NodeOfKind<'options'>,
  view: SessionView,
  actions: TaskActions,
): HTMLElement {
  const analysis = view.analysis;
  if (analysis === null) return el('div', { className: 'task task-options' });
  const statusId = uniqueId('analysis-status');
  return el('div', { className: 'task task-options' }, [
    el('p', { className: 'prompt', text: view.text.prompt ?? '' }),
    el('p', {
      className: 'muted',
      text: 'For each option, pick its main benefit and its main risk, and say how serious that risk is. Then say whom you put your choice to, and choose below.',
    }),
    ...analysis.options.map((option, index) => {
      const headingId = uniqueId('option-heading');
      return el(
        'section',
        { className: 'option-analysis', attrs: { 'aria-labelledby': headingId } },
        [
          el('h3', {
            id: headingId,
            className: 'task-heading',
            text: `Option ${index + 1}: ${option.title}`,
          }),
          radioGroup({
            legend: 'Main benefit',
            about: option.title,
            focusKey: `benefit-${option.id}`,
            items: option.benefits.map((item) => ({ value: item.id, text: item.text })),
            checked: option.benefit,
            onPick: (itemId) =>
              actions.analyse({ type: 'PICK_BENEFIT', optionId: option.id, itemId }),
          }),
          radioGroup({
            legend: 'Main risk',
            about: option.title,
            focusKey: `risk-${option.id}`,
            items: option.risks.map((item) => ({ value: item.id, text: item.text })),
            checked: option.risk,
            onPick: (itemId) => actions.analyse({ type: 'PICK_RISK', optionId: option.id, itemId }),
          }),
          radioGroup({
            legend: 'How serious is that risk?',
            about: option.title,
            focusKey: `rating-${option.id}`,
            items: RISK_LEVELS.map((level) => ({ value: level, text: RISK_WORDS[level] })),
            checked: option.rating,
            inline: true,
            onPick: (level) =>
              actions.analyse({
                type: 'RATE_RISK',
                optionId: option.id,
                level: RISK_LEVELS.find((each) => each === level) ?? 'medium',
              }),
          }),
        ],
      );
    }),
    radioGroup({
      legend: 'Whom do you put your choice to?',
      focusKey: 'put-to',
      items: AUDIENCES.map((audience) => ({ value: audience, text: AUDIENCE_WORDS[audience] })),
      checked: analysis.putTo,
      onPick: (audience) =>
        actions.analyse({
          type: 'PUT_TO',
          audience: AUDIENCES.find((each) => each === audience) ?? 'customer',
        }),
    }),
    el('p', {
      id: statusId,
      className: analysis.missing.length === 0 ? 'analysis-status done' : 'analysis-status',
      attrs: { tabindex: -1, 'data-focus-key': 'analysis-status' },
      text:
        analysis.missing.length === 0
          ? 'Your analysis is done: choose what to put forward below.'
          : `Still to do before you choose: ${analysis.missing.join('; ')}.`,
    }),
  ]);
}

export function recordFormView(
  node: NodeOfKind<'record'>,
  view: SessionView,
  actions: TaskActions,
): HTMLElement {
  return el('div', { className: 'task task-record' }, [
    el('p', { className: 'prompt', text: view.text.prompt ?? '' }),
    el(
      'form',
      {
        className: 'complaint-log',
        attrs: { 'aria-label': 'Complaint log' },
        on: { submit: (e) => e.preventDefault() },
      },
      node.fields.map((field) => {
        const name = uniqueId(`field-${field.id}`);
        return el('fieldset', { className: 'choice-group' }, [
          el('legend', { text: field.label }),
          // The engine's order (seeded), so the log gives nothing away by position.
          ...(own(view.entryOrder, field.id) ?? field.entries.map((each) => each.id)).flatMap(
            (entryId) => {
              const entry = field.entries.find((each) => each.id === entryId);
              if (entry === undefined) return [];
              return radio({
                group: name,
                value: entry.id,
                text: entry.text,
                checked: own(view.filledFields, field.id) === entry.id,
                focusKey: `entry-${field.id}-${entry.id}`,
                onPick: () => actions.fillField(field.id, entry.id),
              });
            },
          ),
        ]);
      }),
    ),
  ]);
}

export function reviewView(node: NodeOfKind<'review'>, view: SessionView): HTMLElement {
  const format = (value: number): string => value.toLocaleString('en-GB');
  return el('div', { className: 'task task-review' }, [
    el('p', { className: 'prompt', text: view.text.prompt ?? '' }),
    scrollableTable({
      className: 'figures',
      caption: 'The figures',
      head: [columnHeader('Measure'), ...node.periods.map(columnHeader)],
      rows: node.series.map((series) =>
        el('tr', {}, [
          el('th', { attrs: { scope: 'row' }, text: series.label }),
          ...node.periods.map((_, i) => el('td', { text: format(series.values[i] ?? 0) })),
        ]),
      ),
    }),
    el('h3', { className: 'task-heading', text: 'As charts' }),
    smallMultiples({ periods: node.periods, series: node.series }),
    node.notes?.length
      ? el('div', { className: 'notes' }, [
          el('h3', { className: 'task-heading', text: 'Notes' }),
          el(
            'ul',
            {},
            node.notes.map((note) => el('li', { text: note })),
          ),
        ])
      : null,
  ]);
}

export function colleagueView(
  node: NodeOfKind<'colleague-feedback'>,
  view: SessionView,
  portraitUrl: string,
): HTMLElement {
  return el('div', { className: 'task task-colleague' }, [
    el('figure', { className: 'colleague' }, [
      el('img', {
        className: 'colleague-portrait',
        attrs: { src: portraitUrl, alt: '', width: 96, height: 112 },
      }),
      el('figcaption', {}, [
        el('strong', { text: node.colleague.name }),
        el('span', { text: `, ${node.colleague.role}` }),
      ]),
    ]),
    el('div', { className: 'line line-speech line-colleague' }, [
      el('p', { className: 'line-meta', text: `${node.colleague.name} says:` }),
      el('blockquote', { text: view.text.line ?? '' }),
    ]),
  ]);
}

function endingView(
  node: NodeOfKind<'ending'>,
  view: SessionView,
  finish: () => void,
): HTMLElement {
  return el('div', { className: 'task task-ending' }, [
    el('p', { className: `outcome outcome-${node.outcome}` }, [
      el('span', { className: 'label', text: 'Outcome: ' }),
      OUTCOME_WORDS[node.outcome],
    ]),
    el('p', { className: 'epilogue', text: view.text.epilogue ?? '' }),
    el('button', {
      className: 'button button-primary',
      attrs: { type: 'button', 'data-focus-key': 'see-debrief' },
      text: 'See your debrief',
      on: { click: finish },
    }),
  ]);
}

/** The task at a moment, whatever its kind. */
export function taskView(view: SessionView, actions: TaskActions): HTMLElement {
  const node = view.node;
  switch (node.kind) {
    case 'investigate':
      return investigateView(node, view, actions);
    case 'options':
      return optionsView(node, view, actions);
    case 'record':
      return recordFormView(node, view, actions);
    case 'review':
      return reviewView(node, view);
    case 'colleague-feedback':
      return colleagueView(
        node,
        view,
        portraitDataUrl({
          appearance: colleagueAppearance(node.colleague.name),
          expression: 'neutral',
          size: 96,
        }),
      );
    case 'escalate':
    case 'follow-up':
      return el('div', { className: 'task' }, [
        el('p', { className: 'prompt', text: view.text.prompt ?? '' }),
      ]);
    case 'ending':
      return endingView(node, view, actions.finish);
    case 'dialogue':
    case 'explain':
      return el('div', { className: 'task' });
  }
}
