import type { RevisionSummary } from '../../../revision/due.ts';
import { REVISION_LIMIT } from '../../../revision/revise-now.ts';
import { el, uniqueId } from '../dom.ts';

/** What the menu shows of knowledge checks: each check, and the questions due for revision. */
export interface ChecksSectionOptions {
  checks: readonly { id: string; title: string }[];
  revision: RevisionSummary;
  onStart: (checkId: string) => void;
  onRevise: () => void;
}

const questions = (count: number): string => (count === 1 ? '1 question' : `${count} questions`);

const dayWords = (time: number): string =>
  new Date(time).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });

/** "Revise now": how many questions are due now and today, and when the next ones are. */
function reviseNow(options: ChecksSectionOptions): HTMLElement {
  const { revision } = options;
  const headingId = uniqueId('revise');
  const lines = [
    revision.now === 0 && revision.today === 0 && revision.next === null
      ? 'Questions you answer in a knowledge check come back here when they are due for revision.'
      : `Due now: ${questions(revision.now)}. Due by the end of today: ${questions(revision.today)}.`,
    revision.now > REVISION_LIMIT
      ? `Revise now asks up to ${REVISION_LIMIT} at a time, the most overdue first.`
      : null,
    revision.next === null
      ? null
      : `Next due: ${questions(revision.next.count)} on ${dayWords(revision.next.day)}.`,
  ];
  return el(
    'div',
    { className: 'revise-now', attrs: { role: 'group', 'aria-labelledby': headingId } },
    [
      el('h3', { id: headingId, text: 'Revise now' }),
      ...lines.map((line) => (line === null ? null : el('p', { text: line }))),
      revision.now > 0
        ? el('button', {
            className: 'button button-primary',
            attrs: { type: 'button' },
            text: 'Revise now',
            on: { click: options.onRevise },
          })
        : null,
    ],
  );
}

export function checksSection(options: ChecksSectionOptions): HTMLElement {
  const headingId = uniqueId('checks');
  return el('section', { className: 'panel checks', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { id: headingId, text: 'Knowledge checks' }),
    reviseNow(options),
    el(
      'ul',
      { className: 'card-grid' },
      options.checks.map((check) => {
        const cardHeading = uniqueId('check');
        return el('li', {}, [
          el('article', { className: 'card', attrs: { 'aria-labelledby': cardHeading } }, [
            el('h3', { id: cardHeading, text: check.title }),
            el('button', {
              className: 'button button-primary',
              attrs: { type: 'button', 'aria-describedby': cardHeading, 'data-check': check.id },
              text: 'Start check',
              on: { click: () => options.onStart(check.id) },
            }),
          ]),
        ]);
      }),
    ),
  ]);
}
