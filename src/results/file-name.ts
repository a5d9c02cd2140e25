import { RESULT_FILE_EXTENSION } from './result-file.ts';

/*
 * File names made from what a learner typed: only letters, digits and hyphens survive, so a name
 * cannot climb folders, hide an extension or trip a file system, and two learners' files sort
 * side by side in a tutor's downloads.
 */

const part = (text: string, fallback: string, max: number): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')
    .toLowerCase() || fallback;

/** `<name>-<scenario or pack>-<YYYY-MM-DD>` with the ending given. */
export function resultsFileName(
  learnerName: string,
  subject: string,
  now: Date,
  ending: string = RESULT_FILE_EXTENSION,
): string {
  const date = now.toISOString().slice(0, 10);
  return `${part(learnerName, 'learner', 40)}-${part(subject, 'results', 60)}-${date}${ending}`;
}
