import type { EvidenceStatus } from '../../curriculum/evidence.ts';
import type { CriterionId } from '../../curriculum/ids.ts';
import { isCriterionId } from '../../curriculum/lookups.ts';
import { RANK } from '../../records/pack-summary.ts';
import {
  consistencyReasonWords,
  consistencyWords,
  type Consistency,
} from '../../scoring/consistency.ts';
import type { ReadResultFile } from '../read-result-file.ts';

/*
 * One row of the tutor's gradebook per result file: who it says made it, which pack and
 * scenarios, whether it is consistent (in the words of scoring/consistency.ts, shared with
 * `resolve replay`) and each criterion's status as the REPLAY gives it. A score the file stores
 * is never read here: readResultFile has already compared it with the replay.
 */

export type Verdict = Consistency['verdict'];

export interface GradebookRow {
  /** Unique within one gradebook: the order the file was read in. */
  key: string;
  fileName: string;
  /** As the learner typed it; null when the file could not be read. */
  learnerName: string | null;
  pack: { id: string; title: string } | null;
  /** The tutor's group the pack was set for, when the tutor's packs say. */
  group: string | null;
  /** Scenario and knowledge-check titles, in the file's order. */
  scenarios: string[];
  verdict: Verdict;
  /** "consistent", "tutor's own scenario" or "not consistent: <reason>": never "verified". */
  consistency: string;
  /** The whole line `resolve replay` prints, details and all. */
  consistencyInFull: string;
  /** What is wrong, each naming its place; empty when consistent. */
  details: string[];
  /** Each criterion's best status over the file's replayed plays and checks. */
  criteria: Partial<Record<CriterionId, EvidenceStatus>>;
  exportedAt: string | null;
}

export interface RowOptions {
  key: string;
  fileName: string;
  /** The group of a pack the tutor knows, if any. */
  groupOf?: (packId: string) => string | undefined;
}

function better(
  criteria: Partial<Record<CriterionId, EvidenceStatus>>,
  results: Partial<Record<string, { status: EvidenceStatus }>>,
): void {
  for (const [id, result] of Object.entries(results)) {
    if (result === undefined || !isCriterionId(id)) continue;
    const before = criteria[id];
    if (before === undefined || RANK[result.status] > RANK[before]) criteria[id] = result.status;
  }
}

/** The row for a file as readResultFile read it; a file that could not be read names itself. */
export function gradebookRow(read: ReadResultFile, options: RowOptions): GradebookRow {
  const { key, fileName } = options;
  if (!read.ok) {
    const consistency: Consistency = {
      verdict: 'not-consistent',
      reason: 'damaged-file',
      details: [`${fileName}: ${read.message}`],
    };
    return {
      key,
      fileName,
      learnerName: null,
      pack: null,
      group: null,
      scenarios: [],
      verdict: 'not-consistent',
      consistency: consistencyReasonWords(consistency),
      consistencyInFull: consistencyWords(consistency),
      details: consistency.details,
      criteria: {},
      exportedAt: null,
    };
  }
  const criteria: Partial<Record<CriterionId, EvidenceStatus>> = {};
  for (const play of read.plays) if (play.debrief) better(criteria, play.debrief.criteria);
  for (const check of read.checks) if (check.result) better(criteria, check.result.criteria);
  const { file, consistency } = read;
  return {
    key,
    fileName,
    learnerName: file.learnerName,
    pack: file.pack ? { id: file.pack.id, title: file.pack.title } : null,
    group: (file.pack && options.groupOf?.(file.pack.id)) ?? null,
    scenarios: [...read.plays.map((play) => play.title), ...read.checks.map((each) => each.title)],
    verdict: consistency.verdict,
    consistency: consistencyReasonWords(consistency),
    consistencyInFull: consistencyWords(consistency),
    details: consistency.verdict === 'not-consistent' ? consistency.details : [],
    criteria,
    exportedAt: file.exportedAt,
  };
}
