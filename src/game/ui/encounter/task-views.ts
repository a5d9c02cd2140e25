import type { SessionView } from '../../../engine/types.ts';
import type { NodeOfKind } from '../../../scenario/schema.ts';
import { colleagueAppearance } from '../../art/colleague.ts';
import { portraitDataUrl } from '../../art/portrait.ts';
import { columnHeader, el, scrollableTable, uniqueId } from '../dom.ts';
import { smallMultiples } from '../charts/small-multiples.ts';
import { OUTCOME_WORDS } from '../words.ts';

/**
 * The non-dialogue nodes as working interfaces: records to open, an options matrix, the complaint
 * log, a week's figures. They show the scenario's own data and report the learner's actions.
 */

export interface TaskActions {
  checkRecord: (recordId: string) => void;
  fillField: (fieldId: string, entryId: string) => void;
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
    el('p', { className: 'prompt', text: node.prompt }),
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

function bulletCell(items: readonly string[]): HTMLTableCellElement {
  return el('td', {}, [
    el(
      'ul',
      { className: 'cell-list' },
      items.map((item) => el('li', { text: item })),
    ),
  ]);
}

export function optionsView(node: NodeOfKind<'options'>): HTMLElement {
  const rows: [string, (option: (typeof node.options)[number]) => HTMLTableCellElement][] = [
    ['Benefits for the customer', (o) => bulletCell(o.customer.benefits)],
    ['Drawbacks for the customer', (o) => bulletCell(o.customer.drawbacks)],
    ['Benefits for the organisation', (o) => bulletCell(o.organisation.benefits)],
    ['Drawbacks for the organisation', (o) => bulletCell(o.organisation.drawbacks)],
    [
      'Risk',
      (o) =>
        el('td', {}, [
          el('span', { className: `risk risk-${o.risk}`, text: RISK_WORDS[o.risk] }),
          el('span', { text: ` ${o.riskNote}` }),
        ]),
    ],
  ];
  return el('div', { className: 'task task-options' }, [
    el('p', { className: 'prompt', text: node.prompt }),
    scrollableTable({
      className: 'matrix',
      caption: 'Options matrix',
      head: [el('td'), ...node.options.map((option) => columnHeader(option.title))],
      rows: rows.map(([label, cell]) =>
        el('tr', {}, [
          el('th', { attrs: { scope: 'row' }, text: label }),
          ...node.options.map(cell),
        ]),
      ),
    }),
  ]);
}

export function recordFormView(
  node: NodeOfKind<'record'>,
  view: SessionView,
  actions: TaskActions,
): HTMLElement {
  return el('div', { className: 'task task-record' }, [
    el('p', { className: 'prompt', text: node.prompt }),
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
          ...(view.entryOrder[field.id] ?? field.entries.map((each) => each.id)).flatMap(
            (entryId) => {
              const entry = field.entries.find((each) => each.id === entryId);
              if (entry === undefined) return [];
              const id = uniqueId('entry');
              return el('div', { className: 'radio' }, [
                el('input', {
                  id,
                  attrs: {
                    type: 'radio',
                    name,
                    value: entry.id,
                    checked: view.filledFields[field.id] === entry.id,
                    'data-focus-key': `entry-${field.id}-${entry.id}`,
                  },
                  on: { change: () => actions.fillField(field.id, entry.id) },
                }),
                el('label', { attrs: { for: id }, text: entry.text }),
              ]);
            },
          ),
        ]);
      }),
    ),
  ]);
}

export function reviewView(node: NodeOfKind<'review'>): HTMLElement {
  const format = (value: number): string => value.toLocaleString('en-GB');
  return el('div', { className: 'task task-review' }, [
    el('p', { className: 'prompt', text: node.prompt }),
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
      el('blockquote', { text: node.line }),
    ]),
  ]);
}

function endingView(node: NodeOfKind<'ending'>, finish: () => void): HTMLElement {
  return el('div', { className: 'task task-ending' }, [
    el('p', { className: `outcome outcome-${node.outcome}` }, [
      el('span', { className: 'label', text: 'Outcome: ' }),
      OUTCOME_WORDS[node.outcome],
    ]),
    el('p', { className: 'epilogue', text: node.epilogue }),
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
      return optionsView(node);
    case 'record':
      return recordFormView(node, view, actions);
    case 'review':
      return reviewView(node);
    case 'colleague-feedback':
      return colleagueView(
        node,
        portraitDataUrl({
          appearance: colleagueAppearance(node.colleague.name),
          expression: 'neutral',
          size: 96,
        }),
      );
    case 'escalate':
    case 'follow-up':
      return el('div', { className: 'task' }, [
        el('p', { className: 'prompt', text: node.prompt }),
      ]);
    case 'ending':
      return endingView(node, actions.finish);
    case 'dialogue':
    case 'explain':
      return el('div', { className: 'task' });
  }
}
