import type { AnswerFeedback } from '../../../engine/check-session.ts';
import { lawRules } from '../../../curriculum/law.ts';
import { misconceptions } from '../../../curriculum/misconceptions.ts';
import { criterionText } from '../../catalogue.ts';
import { el } from '../dom.ts';

/** A law rule's title: the instrument it comes from, and the section where the reference gives one. */
export function lawTitle(id: AnswerFeedback['law'][number]): string {
  const { instrument, section } = lawRules[id].source;
  return section === undefined ? instrument : `${instrument}, ${section}`;
}

/** Where an answer's reason comes from: the criteria, the law rules and the misconception named. */
export function sourcesView(feedback: AnswerFeedback): HTMLElement {
  const items = [
    ...feedback.criteria.map((id) =>
      el('li', {}, [
        el('span', { className: 'label', text: `Criterion ${id}: ` }),
        criterionText(id),
      ]),
    ),
    ...feedback.law.map((id) =>
      el('li', {}, [el('span', { className: 'label', text: `Law ${id}: ` }), lawTitle(id)]),
    ),
    ...feedback.misconceptions.map((id) =>
      el('li', {}, [
        el('span', { className: 'label', text: 'Common mistake: ' }),
        `“${misconceptions[id].saying}”`,
      ]),
    ),
  ];
  return el('div', { className: 'check-sources' }, [
    el('h3', { text: 'Where this comes from' }),
    el('ul', { className: 'plain-list' }, items),
  ]);
}
