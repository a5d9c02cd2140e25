import type { EvidenceEntry, EvidenceRecord } from '../../../results/evidence-record.ts';
import { unitName } from '../../catalogue.ts';
import { el, uniqueId, type Child } from '../dom.ts';
import type { Screen } from '../screen.ts';

/**
 * The evidence record, laid out to be printed or saved as a PDF from the browser's print dialog
 * (styles/evidence-record.css holds the print stylesheet). It says plainly what it is, first and
 * last, so a printed page cannot be mistaken for performance evidence.
 */

export interface EvidenceRecordScreenOptions {
  record: EvidenceRecord;
  /** What it is of: a scenario's or a pack's title. */
  subject: string;
  onBack: () => void;
  print: () => void;
}

function statement(text: string): HTMLElement {
  return el('p', { className: 'evidence-statement' }, [
    el('strong', { text: 'What this is: ' }),
    text,
  ]);
}

function entry(item: EvidenceEntry): HTMLElement {
  return el('li', { className: 'evidence-entry' }, [
    el('p', {}, [
      el('strong', { text: `${item.from}, ${item.date}: ` }),
      item.status,
      item.score === null ? '' : ` (${item.score} out of 100)`,
      '.',
    ]),
    item.moments.length === 0
      ? null
      : el(
          'ul',
          { className: 'evidence-moments' },
          item.moments.map((moment) =>
            el('li', {}, [
              el('span', { className: 'evidence-moment-label', text: `${moment.label}. ` }),
              moment.customerLine === null ? '' : `Customer: “${moment.customerLine}” `,
              `You: ${moment.chosen} `,
              el('span', { className: 'muted', text: moment.why }),
            ]),
          ),
        ),
  ]);
}

function groupSection(group: EvidenceRecord['groups'][number]): HTMLElement {
  const id = uniqueId('evidence-unit');
  return el('section', { className: 'panel evidence-group', attrs: { 'aria-labelledby': id } }, [
    el('h2', { id, text: group.unit === 'other' ? 'Other criteria' : unitName(group.unit) }),
    ...group.criteria.map((criterion) =>
      el('div', { className: 'evidence-criterion', attrs: { 'data-criterion': criterion.id } }, [
        el('h3', {}, [
          el('span', { className: 'criterion-id', text: `${criterion.id} ` }),
          criterion.text,
        ]),
        el('ul', { className: 'plain-list' }, criterion.entries.map(entry)),
      ]),
    ),
  ]);
}

function reflectionsSection(record: EvidenceRecord): HTMLElement {
  const id = uniqueId('evidence-reflections');
  const children: Child[] =
    record.reflections.length === 0
      ? [el('p', { text: 'No reflection was written.' })]
      : record.reflections.map(({ from, date, reflection }) =>
          el('div', { className: 'evidence-reflection' }, [
            el('h3', { text: `${from}, ${date}` }),
            el('p', {}, [el('strong', { text: 'What went well: ' }), reflection.wentWell || '—']),
            el('p', {}, [
              el('strong', { text: 'What I would do differently: ' }),
              reflection.doDifferently || '—',
            ]),
          ]),
        );
  return el('section', { className: 'panel evidence-group', attrs: { 'aria-labelledby': id } }, [
    el('h2', { id, text: 'Reflection' }),
    ...children,
  ]);
}

export function createEvidenceRecordScreen(options: EvidenceRecordScreenOptions): Screen {
  const { record } = options;
  const heading = el('h1', { text: `Evidence record: ${options.subject}` });
  const buttons = el('div', { className: 'button-row no-print' }, [
    el('button', {
      className: 'button button-primary',
      attrs: { type: 'button' },
      text: 'Print or save as PDF',
      on: { click: options.print },
    }),
    el('button', {
      className: 'button',
      attrs: { type: 'button' },
      text: 'Back',
      on: { click: options.onBack },
    }),
  ]);
  const element = el('div', { className: 'evidence-record' }, [
    el('header', { className: 'debrief-head' }, [
      heading,
      el('p', { className: 'lede' }, [
        el('strong', { text: 'Learner: ' }),
        record.learnerName,
        el('br'),
        el('strong', { text: 'Made on: ' }),
        record.made,
      ]),
      statement(record.statement),
      buttons,
    ]),
    record.groups.length === 0
      ? el('p', { className: 'panel', text: 'No criterion has a result yet.' })
      : null,
    ...record.groups.map(groupSection),
    reflectionsSection(record),
    statement(record.statement),
  ]);
  return {
    name: 'evidence-record',
    element,
    heading,
    title: `Evidence record: ${options.subject}: Resolve`,
  };
}
