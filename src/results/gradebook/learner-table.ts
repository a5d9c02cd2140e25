import { criteria as catalogue } from '../../curriculum/criteria.ts';
import {
  PRACTISED_IN_SIMULATION,
  STATUS_WORDS,
  statusInWords,
  type EvidenceStatus,
} from '../../curriculum/evidence.ts';
import { CRITERION_IDS, type CriterionId } from '../../curriculum/ids.ts';
import { RANK } from '../../records/pack-summary.ts';
import type { GradebookRow } from './row.ts';

/*
 * The gradebook's table: learners down, criteria across, each cell a status in words (the page
 * may add colour, never colour alone). A learner's files are put together by the name they typed
 * (any case); each criterion shows the best status their files give, counting only files that
 * are consistent (or on the tutor's own scenarios), so an edited file cannot raise a learner.
 * Performance criteria say once, in their column heading, that they were practised in
 * simulation, so each cell can stay short.
 */

export const NO_RESULT_WORDS = 'no result';

export interface CriterionColumn {
  id: CriterionId;
  text: string;
  performance: boolean;
  /** "312.2.1 (practised in simulation)" or the id alone for a knowledge criterion. */
  heading: string;
}

export interface LearnerCell {
  id: CriterionId;
  status: EvidenceStatus | null;
  /** Short, for the table: "partly shown", "no result". */
  words: string;
  /** Whole, for a file read on its own (CSV): performance criteria say "practised in simulation". */
  fullWords: string;
}

export interface LearnerLine {
  /** As the learner first typed it. */
  name: string;
  files: GradebookRow[];
  /** Files whose statuses count. */
  counted: number;
  notConsistent: number;
  cells: LearnerCell[];
  /** Each criterion's best status over the counted files. */
  criteria: Partial<Record<CriterionId, EvidenceStatus>>;
}

export interface LearnerTable {
  columns: CriterionColumn[];
  learners: LearnerLine[];
  /** Files no learner's name could be read from. */
  unreadable: number;
}

export const counts = (row: GradebookRow): boolean => row.verdict !== 'not-consistent';

/** The criteria any of the rows has a status for, in the curriculum's order. */
export function criterionColumns(rows: readonly GradebookRow[]): CriterionColumn[] {
  const present = new Set(rows.flatMap((row) => Object.keys(row.criteria)));
  return CRITERION_IDS.filter((id) => present.has(id)).map((id) => {
    const performance = catalogue[id].kind === 'performance';
    return {
      id,
      text: catalogue[id].text,
      performance,
      heading: performance ? `${id} (${PRACTISED_IN_SIMULATION})` : id,
    };
  });
}

export function cellOf(
  criteria: Partial<Record<CriterionId, EvidenceStatus>>,
  id: CriterionId,
): LearnerCell {
  const status = criteria[id] ?? null;
  return status === null
    ? { id, status, words: NO_RESULT_WORDS, fullWords: NO_RESULT_WORDS }
    : { id, status, words: STATUS_WORDS[status], fullWords: statusInWords(status, id) };
}

function bestOf(rows: readonly GradebookRow[]): Partial<Record<CriterionId, EvidenceStatus>> {
  const best: Partial<Record<CriterionId, EvidenceStatus>> = {};
  for (const row of rows)
    for (const [id, status] of Object.entries(row.criteria) as [CriterionId, EvidenceStatus][]) {
      const before = best[id];
      if (before === undefined || RANK[status] > RANK[before]) best[id] = status;
    }
  return best;
}

export function learnerTable(rows: readonly GradebookRow[]): LearnerTable {
  const columns = criterionColumns(rows.filter(counts));
  const byName = new Map<string, GradebookRow[]>();
  for (const row of rows) {
    if (row.learnerName === null) continue;
    const key = row.learnerName.trim().toLocaleLowerCase('en-GB');
    byName.set(key, [...(byName.get(key) ?? []), row]);
  }
  const learners = [...byName.values()].map((files) => {
    const counted = files.filter(counts);
    const criteria = bestOf(counted);
    return {
      name: files[0]?.learnerName ?? '',
      files,
      counted: counted.length,
      notConsistent: files.length - counted.length,
      criteria,
      cells: columns.map((column) => cellOf(criteria, column.id)),
    };
  });
  return {
    columns,
    learners: learners.sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true })),
    unreadable: rows.filter((row) => row.learnerName === null).length,
  };
}
