import { criteria } from '../curriculum/criteria.ts';
import { statusInWords, type EvidenceStatus } from '../curriculum/evidence.ts';
import { isCriterionId } from '../curriculum/lookups.ts';
import type { CheckForResult, PlayForResult } from './make-result-file.ts';

/*
 * The criterion results of a result file as a spreadsheet: one row per criterion of each play
 * and check. Cells are quoted, and a cell a spreadsheet would run as a formula is made plain text.
 */

export interface CriterionRow {
  unit: string;
  id: string;
  text: string;
  status: string;
  score: string;
  evidence: string;
  moments: number;
  date: string;
  from: string;
}

const HEADER: readonly (keyof CriterionRow)[] = [
  'unit',
  'id',
  'text',
  'status',
  'score',
  'evidence',
  'moments',
  'date',
  'from',
];
const HEADER_WORDS = [
  'Unit',
  'Criterion',
  'Criterion text',
  'Status',
  'Score',
  'Evidence',
  'Moments',
  'Date',
  'Scenario or check',
];

const EVIDENCE_WORDS = {
  knowledge: 'knowledge',
  'practised-in-simulation': 'practised in simulation',
} as const;

const unitOf = (id: string): string => (isCriterionId(id) ? criteria[id].unit : '');
const words = (status: EvidenceStatus, id: string): string =>
  isCriterionId(id) ? statusInWords(status, id) : statusInWords(status);

export function criterionRows(
  plays: readonly PlayForResult[],
  checks: readonly CheckForResult[] = [],
): CriterionRow[] {
  const rows: CriterionRow[] = [];
  for (const { record, scenario, debrief } of plays)
    for (const [id, result] of Object.entries(debrief.criteria)) {
      if (result === undefined) continue;
      rows.push({
        unit: unitOf(id),
        id,
        text: result.text,
        status: words(result.status, id),
        score: result.score === null ? '' : String(result.score),
        evidence: EVIDENCE_WORDS[result.evidence],
        moments: result.moments.length,
        date: record.result.finishedAt.slice(0, 10),
        from: scenario.title,
      });
    }
  for (const { record, check, result } of checks)
    for (const [id, criterion] of Object.entries(result.criteria)) {
      if (criterion === undefined) continue;
      rows.push({
        unit: unitOf(id),
        id,
        text: criterion.text,
        status: words(criterion.status, id),
        score: criterion.score === null ? '' : String(criterion.score),
        evidence: EVIDENCE_WORDS.knowledge,
        moments: 0,
        date: record.result.finishedAt.slice(0, 10),
        from: check.title,
      });
    }
  return rows;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell starting with
 * = + - @ (or a tab or carriage return) is a formula to a spreadsheet, so it gets a leading quote
 * mark and is read as text.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function criteriaCsv(rows: readonly CriterionRow[]): string {
  const lines = [
    HEADER_WORDS.map(csvCell).join(','),
    ...rows.map((row) => HEADER.map((key) => csvCell(row[key])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
