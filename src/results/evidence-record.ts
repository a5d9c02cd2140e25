import { criteria } from '../curriculum/criteria.ts';
import { statusInWords } from '../curriculum/evidence.ts';
import { isCriterionId } from '../curriculum/lookups.ts';
import type { UnitId } from '../curriculum/types.ts';
import type { Reflection } from '../storage/learner-store.ts';
import type { CheckForResult, PlayForResult } from './make-result-file.ts';
import { RESULT_FILE_STATEMENT } from './result-file.ts';

/*
 * The evidence record a learner prints for their tutor: per criterion, what each play or check
 * showed and the moments behind it, grouped by unit. Worked out from the same plays as the result
 * file and the CSV, so the three never disagree.
 */

export interface EvidenceMoment {
  /** "Moment 3: The refund" */
  label: string;
  customerLine: string | null;
  chosen: string;
  why: string;
}

export interface EvidenceEntry {
  /** The scenario or knowledge check. */
  from: string;
  date: string;
  status: string;
  score: number | null;
  moments: EvidenceMoment[];
}

export interface EvidenceCriterion {
  id: string;
  text: string;
  entries: EvidenceEntry[];
}

export interface EvidenceGroup {
  unit: UnitId | 'other';
  criteria: EvidenceCriterion[];
}

export interface EvidenceRecord {
  learnerName: string;
  made: string;
  statement: string;
  groups: EvidenceGroup[];
  reflections: { from: string; date: string; reflection: Reflection }[];
}

const UNIT_ORDER: readonly (UnitId | 'other')[] = ['MRC', '312', 'CS17', 'other'];

export function evidenceRecord(options: {
  learnerName: string;
  now: Date;
  plays: readonly PlayForResult[];
  checks?: readonly CheckForResult[];
}): EvidenceRecord {
  const byId = new Map<string, EvidenceCriterion>();
  const entryFor = (id: string, text: string): EvidenceCriterion => {
    const found = byId.get(id) ?? { id, text, entries: [] };
    byId.set(id, found);
    return found;
  };
  const words = (status: Parameters<typeof statusInWords>[0], id: string): string =>
    isCriterionId(id) ? statusInWords(status, id) : statusInWords(status);
  for (const { record, scenario, debrief } of options.plays)
    for (const [id, result] of Object.entries(debrief.criteria)) {
      if (result === undefined) continue;
      entryFor(id, result.text).entries.push({
        from: scenario.title,
        date: record.result.finishedAt.slice(0, 10),
        status: words(result.status, id),
        score: result.score,
        moments: result.moments.flatMap((index) => {
          const moment = debrief.moments[index];
          return moment === undefined
            ? []
            : [
                {
                  label: `Moment ${moment.index + 1}${moment.nodeTitle ? `: ${moment.nodeTitle}` : ''}`,
                  customerLine: moment.customerLine,
                  chosen: moment.chosen.say,
                  why: moment.why,
                },
              ];
        }),
      });
    }
  for (const { record, check, result } of options.checks ?? [])
    for (const [id, criterion] of Object.entries(result.criteria)) {
      if (criterion === undefined) continue;
      entryFor(id, criterion.text).entries.push({
        from: `Knowledge check: ${check.title}`,
        date: record.result.finishedAt.slice(0, 10),
        status: words(criterion.status, id),
        score: criterion.score,
        moments: [],
      });
    }
  const unitOf = (id: string): UnitId | 'other' =>
    isCriterionId(id) ? criteria[id].unit : 'other';
  const groups = UNIT_ORDER.map((unit) => ({
    unit,
    criteria: [...byId.values()]
      .filter((criterion) => unitOf(criterion.id) === unit)
      .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
  })).filter((group) => group.criteria.length > 0);
  return {
    learnerName: options.learnerName.trim(),
    made: options.now.toISOString().slice(0, 10),
    statement: RESULT_FILE_STATEMENT,
    groups,
    reflections: options.plays.flatMap(({ record, scenario }) =>
      record.reflection === undefined
        ? []
        : [
            {
              from: scenario.title,
              date: record.result.finishedAt.slice(0, 10),
              reflection: record.reflection,
            },
          ],
    ),
  };
}
