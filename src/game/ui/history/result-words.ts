import { INCOMPLETE_WORD } from '../../../curriculum/evidence.ts';
import type { PlayResult } from '../../../records/history.ts';
import { OUTCOME_WORDS } from '../words.ts';

/** One play's result in words, the same wherever a past result is listed (history, cards, packs). */

const sentence = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/** "Resolved, an acceptable ending", or "Stopped before an ending". */
export function outcomeWords(result: PlayResult & { ok: true }): string {
  if (result.outcome === null) return 'Stopped before an ending';
  return `${OUTCOME_WORDS[result.outcome]}${result.acceptable ? ', an acceptable ending' : ''}`;
}

/** "82 out of 100 overall (shown)", or "Incomplete: no overall score". */
export function overallWords(result: PlayResult & { ok: true }): string {
  if (result.overall === null) return `${sentence(INCOMPLETE_WORD)}: no overall score`;
  return `${result.overall} out of 100 overall (${result.overallWords ?? ''})`;
}

/** The whole result on one line; a play that can no longer be scored says why. */
export function resultWords(result: PlayResult): string {
  if (!result.ok) return `No score: ${result.problem}`;
  return `${outcomeWords(result)}. ${overallWords(result)}.`;
}
