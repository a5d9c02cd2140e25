import type { Pack } from '../../../scenario/pack-schema.ts';
import { endSentence } from '../../../scenario/suggest.ts';
import { criterionText } from '../../catalogue.ts';
import { el } from '../dom.ts';
import { dueWords } from './due-words.ts';

/*
 * What a tutor set on a shared pack, in words for the learner: the group, the due date, the
 * criteria to focus on and whether the debrief keeps the best options back. Shown where the pack is
 * offered and on its menu card, so both say the same.
 */

/** "For: Level 3 Tuesday group", "Due 1 March 2027", … ; empty when the tutor set none. */
export function assignmentLines(pack: Pack): string[] {
  const due = dueWords(pack.dueDate);
  return [
    // The tutor's own words may end with a stop of their own: never "Group B.." on the card.
    ...(pack.groupName ? [endSentence(`For: ${pack.groupName}`)] : []),
    ...(due ? [`${due}.`] : []),
    ...(pack.settings?.showBestPath === false
      ? ['The debrief does not show the best options: play again to find them yourself.']
      : []),
  ];
}

/** The focus criteria as a list of their ids and texts, or nothing. */
export function focusList(pack: Pack): HTMLElement | null {
  const focus = pack.focusCriteria ?? [];
  if (focus.length === 0) return null;
  return el('div', { className: 'pack-focus' }, [
    el('p', {}, [
      el('strong', {
        text: `Your tutor asks you to focus on ${focus.length === 1 ? 'this criterion' : 'these criteria'}:`,
      }),
    ]),
    el(
      'ul',
      {},
      focus.map((id) =>
        el('li', { attrs: { 'data-focus': id } }, [
          el('strong', { text: `${id}: ` }),
          criterionText(id),
        ]),
      ),
    ),
  ]);
}
