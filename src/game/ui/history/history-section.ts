import { dateInWords, type HistoryRow } from '../../../records/history.ts';
import { completedWords, type ScenarioRecord } from '../../../records/scenario-records.ts';
import { el, uniqueId } from '../dom.ts';
import { overallWords, resultWords } from './result-words.ts';

/** The learner's finished plays on the menu, and what each scenario card says about them. */

export interface MenuHistory {
  rows: HistoryRow[];
  /** Each played scenario's completions and best result. */
  records: ReadonlyMap<string, ScenarioRecord>;
  /** The pack titles, to say which pack a play was part of. */
  packTitle: (packId: string) => string | undefined;
  now: Date;
  onOpen: (playId: string) => void;
  onPackSummary: (packId: string) => void;
  /** Opens the play's evidence record, to print for a tutor (src/game/ui/results/). */
  onEvidenceRecord?: (playId: string) => void;
}

/** How many results show before "Show all": the menu stays short for a learner with many. */
const FIRST_SHOWN = 8;

function historyItem(row: HistoryRow, history: MenuHistory): HTMLElement {
  const titleId = uniqueId('result-title');
  const pack = row.packId === undefined ? undefined : history.packTitle(row.packId);
  return el('li', { className: 'history-item', attrs: { 'data-play': row.playId } }, [
    // One element names the play for its button: the title and when it was finished.
    el('p', { id: titleId, className: 'history-title' }, [
      el('strong', { text: row.title }),
      el('span', {
        className: 'history-when',
        text: ` finished ${dateInWords(row.savedAt, history.now)}`,
      }),
    ]),
    pack || row.hasReflection
      ? el('p', {
          className: 'muted',
          text: [pack ? `In ${pack}` : '', row.hasReflection ? 'Reflection written' : '']
            .filter(Boolean)
            .join(' · '),
        })
      : null,
    el('p', { className: 'history-result', text: resultWords(row.result) }),
    row.result.ok
      ? el('div', { className: 'button-row' }, [
          el('button', {
            className: 'button button-small',
            attrs: { type: 'button', 'aria-describedby': titleId },
            text: 'Open the debrief',
            on: { click: () => history.onOpen(row.playId) },
          }),
          history.onEvidenceRecord
            ? el('button', {
                className: 'button button-small',
                attrs: { type: 'button', 'aria-describedby': titleId },
                text: 'Evidence record',
                on: { click: () => history.onEvidenceRecord?.(row.playId) },
              })
            : null,
        ])
      : null,
  ]);
}

/** "Your results": finished plays, newest first, each opening its debrief. */
export function historySection(history: MenuHistory | undefined): HTMLElement | null {
  if (history === undefined || history.rows.length === 0) return null;
  const headingId = uniqueId('history');
  const list = el('ol', { className: 'plain-list history-results' });
  const render = (all: boolean): void => {
    const shown = all ? history.rows : history.rows.slice(0, FIRST_SHOWN);
    list.replaceChildren(...shown.map((row) => historyItem(row, history)));
  };
  render(false);
  const more =
    history.rows.length > FIRST_SHOWN
      ? el('button', {
          className: 'button button-quiet',
          attrs: { type: 'button' },
          text: `Show all ${history.rows.length} results`,
          on: {
            click: () => {
              render(true);
              more?.remove();
              list.querySelector<HTMLElement>(`li:nth-child(${FIRST_SHOWN + 1}) button`)?.focus();
            },
          },
        })
      : null;
  return el(
    'section',
    { className: 'panel your-results', attrs: { 'aria-labelledby': headingId } },
    [
      el('h2', { id: headingId, text: 'Your results' }),
      el('p', {
        className: 'muted',
        text: 'Your finished plays, newest first. Scores are worked out again from what you chose.',
      }),
      list,
      more,
    ],
  );
}

/** A card's line about the learner's own plays of it: "Completed 2 times. Best: 82 out of 100…". */
export function scenarioRecordLine(record: ScenarioRecord | undefined): HTMLElement | null {
  if (record === undefined) return null;
  return el('p', { className: 'scenario-record' }, [
    el('strong', { text: `${completedWords(record.completed)}.` }),
    record.best ? ` Best: ${overallWords(record.best)}.` : '',
  ]);
}

/** On a pack's card once the learner has played some of it: the way back to its summary. */
export function packSummaryButton(
  packId: string,
  describedBy: string,
  history: MenuHistory | undefined,
): HTMLElement | null {
  if (!history?.rows.some((row) => row.packId === packId)) return null;
  return el('button', {
    className: 'button',
    attrs: { type: 'button', 'aria-describedby': describedBy },
    text: 'See the pack summary',
    on: { click: () => history.onPackSummary(packId) },
  });
}
