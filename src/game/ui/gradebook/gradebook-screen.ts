import { STATUS_WORDS } from '../../../curriculum/evidence.ts';
import { isCriterionId } from '../../../curriculum/lookups.ts';
import {
  classSummary,
  SUMMARY_STATUSES,
  type ClassSummary,
  type SummaryStatus,
} from '../../../results/gradebook/class-summary.ts';
import {
  filterChoices,
  filterRows,
  type GradebookFilter,
} from '../../../results/gradebook/filters.ts';
import { gradebookCsv } from '../../../results/gradebook/gradebook-csv.ts';
import {
  learnerTable,
  NO_RESULT_WORDS,
  type LearnerLine,
  type LearnerTable,
} from '../../../results/gradebook/learner-table.ts';
import type { GradebookRow, Verdict } from '../../../results/gradebook/row.ts';
import { RESULT_FILE_EXTENSION } from '../../../results/result-file.ts';
import type { Gradebook, ImportProgress } from '../../gradebook/gradebook.ts';
import { criterionText } from '../../catalogue.ts';
import { append, columnHeader, el, scrollableTable, uniqueId, type Child } from '../dom.ts';
import { downloadText } from '../download.ts';
import type { Screen } from '../screen.ts';
import '../styles/gradebook.css';

/*
 * The tutor's gradebook (issue 13): result files chosen or dropped are read in a worker (the page
 * keeps responding), each becomes a row saying whether it is consistent, and the learners ×
 * criteria table, the class summary and the CSV follow the filters. Statuses are words; colour
 * and symbols only repeat them.
 */

export interface GradebookScreenOptions {
  gradebook: Gradebook;
  announce: (message: string) => void;
  onOpen: (row: GradebookRow) => void;
  onMenu: () => void;
  now: () => Date;
}

/** Rows of the files table drawn in one task: a class of 200 is drawn in four. */
const ROWS_A_TASK = 50;

const SUMMARY_WORDS: Record<SummaryStatus, string> = { ...STATUS_WORDS, none: NO_RESULT_WORDS };
const SYMBOLS: Record<SummaryStatus, string> = {
  met: '✓',
  'partly-met': '◐',
  'not-met': '✗',
  'no-opportunity': '–',
  none: '·',
};
const VERDICT_WORDS: Record<Verdict, string> = {
  consistent: 'consistent',
  'not-consistent': 'not consistent',
  'own-scenario': "tutor's own scenario",
};

function section(title: string, children: Child[], className = ''): HTMLElement {
  const id = uniqueId('gradebook-section');
  return el(
    'section',
    { className: `panel ${className}`.trim(), attrs: { 'aria-labelledby': id } },
    [el('h2', { id, text: title }), ...children],
  );
}

function select(
  label: string,
  values: readonly { value: string; label: string }[],
  anyLabel: string,
  chosen: string | undefined,
  onChange: (value: string | undefined) => void,
): HTMLElement {
  const id = uniqueId('gradebook-filter');
  const control = el('select', { id, on: { change: () => onChange(control.value || undefined) } }, [
    el('option', { attrs: { value: '' }, text: anyLabel }),
    ...values.map(({ value, label: text }) =>
      el('option', { attrs: { value, selected: value === chosen }, text }),
    ),
  ]);
  return el('div', { className: 'field' }, [
    el('label', { attrs: { for: id }, text: label }),
    control,
  ]);
}

export function progressWords(
  progress: ImportProgress,
  rows: readonly GradebookRow[],
  finished: boolean,
): string {
  if (progress.asked === 0) return 'No result files read yet.';
  if (!finished) return `Reading result files: ${progress.read} of ${progress.asked} read…`;
  const count = (verdict: Verdict) => rows.filter((row) => row.verdict === verdict).length;
  const own = count('own-scenario');
  return `Read ${progress.read} ${progress.read === 1 ? 'file' : 'files'}: ${count('consistent')} consistent, ${count('not-consistent')} not consistent${own > 0 ? `, ${own} on the tutor's own scenarios` : ''}.`;
}

function consistencyCell(row: GradebookRow): HTMLElement {
  return el('td', { className: 'gradebook-consistency' }, [
    el('span', {
      className: `consistency consistency-${row.verdict}`,
      text: row.consistency,
    }),
    row.details.length > 0
      ? el(
          'ul',
          { className: 'consistency-details' },
          row.details.slice(0, 3).map((detail) => el('li', { text: detail })),
        )
      : null,
  ]);
}

/** One line per result file: who, which pack and scenarios, consistent or not, and Open. */
function filesTable(rows: readonly GradebookRow[], options: GradebookScreenOptions): HTMLElement {
  return scrollableTable({
    className: 'gradebook-files',
    caption: 'Result files: each file and whether it is consistent with its replay',
    head: [
      columnHeader('Learner and file'),
      columnHeader('Pack'),
      columnHeader('Scenarios and checks'),
      columnHeader('Consistency'),
      columnHeader('Result'),
    ],
    rows: rows.map((row) => fileRow(row, options)),
  });
}

function fileRow(row: GradebookRow, options: GradebookScreenOptions): HTMLTableRowElement {
  const headerId = uniqueId('gradebook-file');
  return el('tr', { attrs: { 'data-key': row.key, 'data-verdict': row.verdict } }, [
    el('th', { id: headerId, attrs: { scope: 'row' } }, [
      el('span', {
        className: 'gradebook-name',
        text: row.learnerName ?? 'File that cannot be read',
      }),
      el('span', { className: 'gradebook-file muted', text: row.fileName }),
    ]),
    el('td', { text: row.pack?.title ?? '' }),
    el('td', { text: row.scenarios.join('; ') }),
    consistencyCell(row),
    el('td', {}, [
      row.learnerName === null
        ? el('span', { className: 'muted', text: 'Nothing to open' })
        : el('button', {
            className: 'button button-small',
            attrs: { type: 'button', 'aria-describedby': headerId, 'data-open': row.key },
            text: 'Open',
            on: { click: () => options.onOpen(row) },
          }),
    ]),
  ]);
}

function filesWords(learner: LearnerLine): string {
  const files = `${learner.files.length} ${learner.files.length === 1 ? 'file' : 'files'}`;
  return learner.notConsistent === 0
    ? files
    : `${files}, ${learner.notConsistent} not consistent (left out)`;
}

/** Learners down, criteria across: each learner's best status over their consistent files. */
function learnersTable(table: LearnerTable): HTMLElement {
  return scrollableTable({
    className: 'gradebook-table',
    caption:
      'Learners and criteria: each learner’s best status over their consistent files, from the replay',
    head: [
      columnHeader('Learner'),
      columnHeader('Files'),
      ...table.columns.map((column) =>
        el('th', { attrs: { scope: 'col', title: column.text } }, [
          el('span', { className: 'criterion-id', text: column.id }),
          column.performance
            ? el('span', { className: 'criterion-note', text: '(practised in simulation)' })
            : null,
        ]),
      ),
    ],
    rows: table.learners.map((learner) =>
      el('tr', { attrs: { 'data-learner': learner.name } }, [
        el('th', { attrs: { scope: 'row' } }, [
          el('span', { className: 'gradebook-name', text: learner.name }),
        ]),
        el('td', { text: filesWords(learner) }),
        ...learner.cells.map((cell) =>
          el('td', { attrs: { 'data-criterion': cell.id } }, [
            el('span', {
              className: `status ${cell.status === null ? 'status-none' : `status-${cell.status}`}`,
              text: cell.words,
            }),
          ]),
        ),
      ]),
    ),
  });
}

/** One bar per criterion: the counts as parts of its width. Hidden from assistive technology: the table says the same. */
function summaryChart(summary: ClassSummary): HTMLElement {
  const total = Math.max(summary.learners, 1);
  return el('div', { className: 'class-chart', attrs: { 'aria-hidden': 'true' } }, [
    el(
      'ul',
      { className: 'class-chart-legend' },
      SUMMARY_STATUSES.map((status) =>
        el('li', {}, [
          el('span', { className: `chart-swatch chart-${status}`, text: SYMBOLS[status] }),
          ` ${SUMMARY_WORDS[status]}`,
        ]),
      ),
    ),
    ...summary.criteria.map((criterion) =>
      el('div', { className: 'class-chart-row' }, [
        el('span', { className: 'class-chart-label', text: criterion.id }),
        el(
          'span',
          { className: 'class-chart-bar' },
          SUMMARY_STATUSES.filter((status) => criterion.counts[status] > 0).map((status) => {
            const part = el('span', {
              className: `chart-part chart-${status}`,
              text: `${SYMBOLS[status]} ${criterion.counts[status]}`,
            });
            // CSSOM, not a style attribute: the page's CSP allows no inline styles.
            part.style.flexGrow = String(criterion.counts[status] / total);
            return part;
          }),
        ),
      ]),
    ),
  ]);
}

const learnersWords = (summary: ClassSummary): string =>
  `${summary.learners} ${summary.learners === 1 ? 'learner' : 'learners'} (${summary.counted} ${summary.counted === 1 ? 'file' : 'files'})`;

function summaryTable(summary: ClassSummary): HTMLElement {
  return scrollableTable({
    className: 'class-summary-table',
    caption: 'The class summary as a table: learners at each status, per criterion',
    head: [
      columnHeader('Criterion'),
      ...SUMMARY_STATUSES.map((status) => columnHeader(SUMMARY_WORDS[status])),
    ],
    rows: summary.criteria.map((criterion) =>
      el('tr', { attrs: { 'data-criterion': criterion.id } }, [
        el('th', { attrs: { scope: 'row' } }, [
          el('span', { className: 'criterion-id', text: criterion.id }),
          el('span', { className: 'criterion-text', text: criterion.text }),
        ]),
        ...SUMMARY_STATUSES.map((status) => el('td', { text: String(criterion.counts[status]) })),
      ]),
    ),
  });
}

export function createGradebookScreen(options: GradebookScreenOptions): Screen {
  const { gradebook } = options;
  const heading = el('h1', { text: 'Gradebook' });
  const progress = el('p', { className: 'gradebook-progress', attrs: { role: 'status' } });
  const problem = el('div', { className: 'problem', attrs: { role: 'alert' } });
  problem.hidden = true;
  const filters = el('div', { className: 'gradebook-filters' });
  const shownCount = el('p', { className: 'result-count' });
  const tableHost = el('div', { className: 'gradebook-table-host' });
  const filesHost = el('div', { className: 'gradebook-files-host' });
  const summaryHost = el('div', { className: 'class-summary-host' });
  const results = el('div', { className: 'gradebook-results' });
  let lastShown = 0;

  const inputId = uniqueId('gradebook-files');
  const hintId = uniqueId('gradebook-files-hint');
  const input = el('input', {
    id: inputId,
    attrs: {
      type: 'file',
      multiple: true,
      accept: `${RESULT_FILE_EXTENSION},.json,application/json`,
      'aria-describedby': hintId,
    },
    on: {
      change: () => {
        const files = [...(input.files ?? [])];
        input.value = '';
        start(files);
      },
    },
  });
  const dropZone = el('div', { className: 'drop-zone' }, [
    el('p', { text: 'Or drag result files from your folders and drop them here.' }),
  ]);
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('drop-zone-over');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('drop-zone-over'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('drop-zone-over');
    start([...(event.dataTransfer?.files ?? [])]);
  });

  const start = (files: File[]): void => {
    if (files.length === 0) return;
    problem.hidden = true;
    performance.mark('gradebook-import-start');
    options.announce(`Reading ${files.length} result ${files.length === 1 ? 'file' : 'files'}…`);
    gradebook.importFiles(files);
  };

  const filtered = (): GradebookRow[] => filterRows(gradebook.rows, gradebook.filter);

  const setFilter = (patch: {
    [K in keyof GradebookFilter]?: GradebookFilter[K] | undefined;
  }): void => {
    const next = { ...gradebook.filter, ...patch };
    for (const key of Object.keys(next) as (keyof GradebookFilter)[])
      if (next[key] === undefined) delete next[key];
    gradebook.filter = next as GradebookFilter;
    void drawResults();
  };

  const drawFilters = (): void => {
    // Never under the tutor's hands: a control being used keeps its place and what is typed.
    if (filters.contains(document.activeElement)) return;
    const rows = gradebook.rows;
    const choices = filterChoices(rows);
    const { filter } = gradebook;
    const criteria = [...new Set(rows.flatMap((row) => Object.keys(row.criteria)))]
      .filter(isCriterionId)
      .sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
    const nameId = uniqueId('gradebook-name');
    const name = el('input', {
      id: nameId,
      attrs: { type: 'search', value: filter.name ?? '', autocomplete: 'off' },
      on: { input: () => setFilter({ name: name.value || undefined }) },
    });
    filters.replaceChildren();
    append(filters, [
      el('div', { className: 'field' }, [
        el('label', { attrs: { for: nameId }, text: 'Learner or file name' }),
        name,
      ]),
      select(
        'Pack',
        choices.packs.map((pack) => ({ value: pack.id, label: pack.title })),
        'Any pack',
        filter.pack,
        (pack) => setFilter({ pack }),
      ),
      choices.groups.length > 0
        ? select(
            'Group',
            choices.groups.map((group) => ({ value: group, label: group })),
            'Any group',
            filter.group,
            (group) => setFilter({ group }),
          )
        : null,
      select(
        'Consistency',
        (Object.keys(VERDICT_WORDS) as Verdict[]).map((verdict) => ({
          value: verdict,
          label: VERDICT_WORDS[verdict],
        })),
        'Any',
        filter.verdict,
        (verdict) => setFilter({ verdict: verdict as Verdict | undefined }),
      ),
      select(
        'Criterion',
        criteria.map((id) => {
          const text = criterionText(id);
          return {
            value: id,
            label: `${id}: ${text.length > 60 ? `${text.slice(0, 58)}…` : text}`,
          };
        }),
        'Any criterion',
        filter.criterion,
        (criterion) => setFilter({ criterion: criterion as GradebookFilter['criterion'] }),
      ),
      select(
        'Status of that criterion',
        SUMMARY_STATUSES.map((status) => ({ value: status, label: SUMMARY_WORDS[status] })),
        'Any status',
        filter.status,
        (status) => setFilter({ status: status as SummaryStatus | undefined }),
      ),
    ]);
  };

  // The tables are drawn a part per task, so that no one task holds the page for long (issue 15:
  // no task over 200 ms while importing); a newer draw stops an older one between parts.
  let generation = 0;
  let latestDraw: Promise<void> = Promise.resolve();
  const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
  const drawResults = (): Promise<void> => {
    latestDraw = drawInParts((generation += 1));
    return latestDraw;
  };
  const drawInParts = async (drawing: number): Promise<void> => {
    const rows = filtered();
    const total = gradebook.rows.length;
    lastShown = total;
    shownCount.textContent =
      rows.length === total
        ? `Showing all ${total} results.`
        : `Showing ${rows.length} of ${total} results.`;
    // Keep the tutor's place: a redraw while they are on an Open button puts focus back on it.
    const focusedKey = (document.activeElement as HTMLElement | null)?.dataset.open;
    const first = rows.slice(0, ROWS_A_TASK);
    filesHost.replaceChildren(
      rows.length === 0
        ? el('p', { className: 'muted', text: 'No results match these filters.' })
        : filesTable(first, options),
    );
    results.hidden = gradebook.rows.length === 0;
    const body = filesHost.querySelector('tbody');
    for (let from = ROWS_A_TASK; body && from < rows.length; from += ROWS_A_TASK) {
      await nextTask();
      if (drawing !== generation) return;
      body.append(...rows.slice(from, from + ROWS_A_TASK).map((row) => fileRow(row, options)));
    }
    if (focusedKey !== undefined)
      filesHost.querySelector<HTMLElement>(`[data-open="${CSS.escape(focusedKey)}"]`)?.focus();
    await nextTask();
    if (drawing !== generation) return;
    const table = learnerTable(rows);
    tableHost.replaceChildren(
      table.learners.length === 0
        ? el('p', { className: 'muted', text: 'No learners to show.' })
        : learnersTable(table),
    );
    await nextTask();
    if (drawing !== generation) return;
    const summary = classSummary(rows);
    summaryHost.replaceChildren(
      summary.criteria.length === 0
        ? el('p', { className: 'muted', text: 'No consistent results to summarise yet.' })
        : el('div', {}, [
            summary.leftOut > 0
              ? el('p', {
                  text: `Counted: ${learnersWords(summary)}. Left out: ${summary.leftOut} not consistent ${summary.leftOut === 1 ? 'file' : 'files'}.`,
                })
              : el('p', { text: `Counted: ${learnersWords(summary)}.` }),
            summaryChart(summary),
            el('details', { className: 'class-summary-details' }, [
              el('summary', { text: 'The class summary as a table' }),
              summaryTable(summary),
            ]),
          ]),
    );
  };

  let lastBucket = -1;
  const listener = {
    onRows: (): void => {
      // While a class is coming in only the progress moves: the tables are drawn once, at the
      // end, so the page's own drawing is never a long task in the middle of an import.
      if (gradebook.busy) return;
      drawFilters();
      void drawResults();
    },
    onProgress: (state: ImportProgress, finished: boolean): void => {
      const words = progressWords(state, gradebook.rows, finished);
      // The status region is polite: it says the start, every 50 files and the end, not each file.
      const bucket = Math.floor(state.read / 50);
      if (finished || bucket !== lastBucket || progress.textContent === '') {
        progress.textContent = words;
        lastBucket = bucket;
      }
      if (finished && state.asked > 0) {
        if (lastShown !== gradebook.rows.length) drawFilters();
        const drawn = lastShown !== gradebook.rows.length ? drawResults() : latestDraw;
        // Done when the last part of the last draw is on the page (the bench and tests wait for it).
        void drawn
          .then(() => latestDraw)
          .then(() => {
            performance.mark('gradebook-import-end');
            root.dataset.imported = String(state.read);
          });
      }
    },
    onProblem: (message: string): void => {
      problem.replaceChildren(el('p', { text: message }));
      problem.hidden = false;
    },
  };

  const download = (): void => {
    const date = options.now().toISOString().slice(0, 10);
    const name = `gradebook-${date}.csv`;
    downloadText(name, gradebookCsv(filtered()), 'text/csv');
    options.announce(`Saved ${name}.`);
  };

  const root = el('div', { className: 'gradebook' }, [
    el('header', {}, [
      heading,
      el('p', {
        className: 'lede',
        text: 'Import the result files your learners saved. Every transcript is replayed against the scenario it carries: a row says whether the file is consistent with its replay, not who made it.',
      }),
    ]),
    section('Import result files', [
      el('div', { className: 'field' }, [
        el('label', { attrs: { for: inputId }, text: 'Choose result files' }),
        el('p', {
          id: hintId,
          className: 'muted',
          text: `The ${RESULT_FILE_EXTENSION} files learners save from their debrief or pack summary. Choose as many as you like; they are read on this device and not sent anywhere.`,
        }),
        input,
      ]),
      dropZone,
      progress,
      problem,
    ]),
    results,
    el('div', { className: 'button-row' }, [
      el('button', {
        className: 'button',
        attrs: { type: 'button' },
        text: 'Back to the menu',
        on: { click: options.onMenu },
      }),
    ]),
  ]);
  results.append(
    section('Filter the results', [filters, shownCount]),
    section('Result files', [filesHost]),
    section('Learners and criteria', [
      tableHost,
      el('div', { className: 'button-row' }, [
        el('button', {
          className: 'button',
          attrs: { type: 'button' },
          text: 'Download CSV',
          on: { click: download },
        }),
      ]),
    ]),
    section('The class, criterion by criterion', [summaryHost]),
  );

  gradebook.listen(listener);
  progress.textContent = progressWords(gradebook.progress, gradebook.rows, !gradebook.busy);
  drawFilters();
  void drawResults().then(() => {
    if (!gradebook.busy && gradebook.rows.length > 0)
      root.dataset.imported = String(gradebook.rows.length);
  });
  return {
    name: 'gradebook',
    element: root,
    heading,
    title: 'Gradebook: Resolve',
    route: { kind: 'gradebook' },
    dispose: () => gradebook.listen(null),
  };
}
