import { statusInWords } from '../../../curriculum/evidence.ts';
import type { CriterionId } from '../../../curriculum/ids.ts';
import type { CheckResult } from '../../../scoring/check-result.ts';
import { columnHeader, el, scrollableTable } from '../dom.ts';

/**
 * The end of a check: the score, and each criterion asked about with its status as knowledge
 * evidence, said in words, so nobody reads it as evidence of handling customers.
 */
export function checkEnd(result: CheckResult): HTMLElement {
  const rows = (
    Object.entries(result.criteria) as [
      CriterionId,
      NonNullable<CheckResult['criteria'][CriterionId]>,
    ][]
  ).map(([id, criterion]) =>
    el('tr', {}, [
      el('th', { attrs: { scope: 'row' } }, [el('strong', { text: id }), ` ${criterion.text}`]),
      el('td', { text: `${criterion.right} of ${criterion.asked}` }),
      el('td', { text: statusInWords(criterion.status) }),
    ]),
  );
  return el('div', { className: 'check-end' }, [
    el('p', {
      className: 'check-score',
      text:
        result.score === null
          ? `You answered ${result.right} of ${result.answered} questions correctly so far.`
          : `You answered ${result.right} of ${result.questions} questions correctly: ${result.score}%.`,
    }),
    el('p', {
      text: 'Each criterion below is reported as knowledge evidence: it shows what you know, from your answers to these questions. It is not evidence of how you handle a customer.',
    }),
    scrollableTable({
      className: 'check-criteria',
      caption: 'Knowledge criteria in this check',
      head: [
        columnHeader('Criterion'),
        columnHeader('Right answers'),
        columnHeader('Knowledge evidence'),
      ],
      rows,
    }),
  ]);
}
