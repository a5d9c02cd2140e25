/**
 * A problem found in a content file, written for the author who has to fix it: where it is, what
 * is wrong, and what to do about it.
 */
export interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: 'error' | 'warning';
  /** A stable kebab-case name for the kind of problem, for tools and tests. */
  code: string;
  /** What is wrong, in words a non-programmer can act on. One line. */
  message: string;
  /** What to do about it. One line; empty when there is nothing more to say than the message. */
  fix: string;
  /**
   * Where in the data, for files without lines (built JSON, where line and column are 1:1): the
   * analysis sets it, so the game can name the place in words.
   */
  path?: JsonPath;
}

export type Severity = Diagnostic['severity'];

export interface Position {
  line: number;
  column: number;
}

/** A place inside the parsed data: object keys and array indexes, outermost first. */
export type JsonPath = readonly (string | number)[];

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * The single-line form used everywhere (CLI output, test fixtures):
 * `file:line:col: error: message (fix: what to do)`. Kept stable: fixtures compare it exactly.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const head = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${oneLine(diagnostic.message)}`;
  return diagnostic.fix === '' ? head : `${head} (fix: ${oneLine(diagnostic.fix)})`;
}

/** Source order, then errors before warnings; the sort is stable so equal places keep their order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

/** More than this many problems in one file are counted, not listed: the first ones matter. */
export const MAX_DIAGNOSTICS_PER_FILE = 200;

/** Sorted, and cut to the first `max` with a closing line saying how many were left out. */
export function limitDiagnostics(
  diagnostics: readonly Diagnostic[],
  max = MAX_DIAGNOSTICS_PER_FILE,
): Diagnostic[] {
  const sorted = sortDiagnostics(diagnostics);
  if (sorted.length <= max) return sorted;
  const kept = sorted.slice(0, max);
  const last = kept[kept.length - 1];
  const rest = sorted.length - max;
  return [
    ...kept,
    {
      file: last?.file ?? '',
      line: last?.line ?? 1,
      column: last?.column ?? 1,
      severity: 'error',
      code: 'too-many-problems',
      message: `${rest} more problem${rest === 1 ? '' : 's'} in this file not listed`,
      fix: 'fix the ones above and check again',
    },
  ];
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((each) => each.severity === 'error');

export function countDiagnostics(diagnostics: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
} {
  const errors = diagnostics.filter((each) => each.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

/** "1 error and 2 warnings", for summary lines. */
export function describeCounts({ errors, warnings }: { errors: number; warnings: number }): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')}`;
}
