import { isCriterionId } from '../../curriculum/lookups.ts';
import type { CriterionId } from '../../curriculum/ids.ts';
import type { SummaryStatus } from './class-summary.ts';
import type { GradebookRow, Verdict } from './row.ts';

/*
 * The gradebook's filters: by pack, group, consistency, a criterion's status and the learner's
 * name. Every filter left empty lets every row through; the values come from the page's controls,
 * so anything not understood is read as empty rather than hiding every row.
 */

export interface GradebookFilter {
  pack?: string;
  group?: string;
  verdict?: Verdict;
  /** With `status`: rows whose status for this criterion is that one ('none': no result). */
  criterion?: CriterionId;
  status?: SummaryStatus;
  /** Part of the learner's name or the file's name, any case. */
  name?: string;
}

export function filterRows(rows: readonly GradebookRow[], filter: GradebookFilter): GradebookRow[] {
  const name = filter.name?.trim().toLocaleLowerCase('en-GB') ?? '';
  return rows.filter(
    (row) =>
      (!filter.pack || row.pack?.id === filter.pack) &&
      (!filter.group || row.group === filter.group) &&
      (!filter.verdict || row.verdict === filter.verdict) &&
      (filter.criterion === undefined ||
        !isCriterionId(filter.criterion) ||
        filter.status === undefined ||
        (row.criteria[filter.criterion] ?? 'none') === filter.status) &&
      (name === '' ||
        (row.learnerName ?? '').toLocaleLowerCase('en-GB').includes(name) ||
        row.fileName.toLocaleLowerCase('en-GB').includes(name)),
  );
}

export interface FilterChoices {
  packs: { id: string; title: string }[];
  groups: string[];
}

/** The packs and groups the rows hold, for the filters' lists. */
export function filterChoices(rows: readonly GradebookRow[]): FilterChoices {
  const packs = new Map<string, string>();
  const groups = new Set<string>();
  for (const row of rows) {
    if (row.pack) packs.set(row.pack.id, row.pack.title);
    if (row.group) groups.add(row.group);
  }
  return {
    packs: [...packs]
      .map(([id, title]) => ({ id, title }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
    groups: [...groups].sort((a, b) => a.localeCompare(b, 'en-GB')),
  };
}
