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
